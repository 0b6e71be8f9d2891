"""Given names by sex: the table is made by its script, from the counts alone, and says where from."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from viewer.analysis.person_names import given_name_sex
from viewer.resources import resources_dir

ROOT = Path(__file__).resolve().parents[3]


def _ssa(tmp_path, years: dict[int, str]) -> Path:
    ssa = tmp_path / "ssa"
    ssa.mkdir()
    for year, text in years.items():
        (ssa / f"yob{year}.txt").write_text(text)
    return ssa


def _table(ssa: Path, out: Path, *options: str) -> dict:
    subprocess.run([sys.executable, str(ROOT / "training" / "count_given_names.py"), str(ssa), "--out", str(out),
                    *options], check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def test_script_keeps_names_strongly_one_sex_over_enough_births(tmp_path):
    ssa = _ssa(tmp_path, {1950: "Edna,F,400\nRobin,F,300\nEdna,M,5\nRobin,M,250\nOrrin,M,450\nZelda,F,20\n",
                          1990: "Edna,F,200\nRobin,F,100\nOrrin,M,100\nOrrin,F,4\n"})
    table = _table(ssa, tmp_path / "given_names.json")
    # Edna 600 F of 605; Orrin 550 M of 554; Robin mixed (400 F, 250 M); Zelda too rare (20)
    assert table["names"] == {"edna": [600, 5], "orrin": [4, 550]}
    assert "1950-1990" in table["provenance"]["data"] and "500" in table["provenance"]["kept"]


def test_script_leaves_out_a_name_whose_sex_changed_over_the_decades_adults_were_born_in(tmp_path):
    # Lacey: 96 % girls in all, but boys the majority among the 1950s births (600 of 620);
    # Orla: girls in every decade, though only 85 % in the 1970s; Ione: boys the majority in the
    # 1950s, but 60 births there are too few to say so; Verna: born before 1920 only, nothing to judge
    ssa = _ssa(tmp_path, {1915: "Verna,F,900\n",
                          1950: "Lacey,M,600\nLacey,F,20\nIone,F,20\nIone,M,40\n",
                          1975: "Orla,F,510\nOrla,M,90\n",
                          1990: "Lacey,F,16000\nLacey,M,40\nOrla,F,6000\nIone,F,1200\n"})
    table = _table(ssa, tmp_path / "given_names.json")
    assert table["names"] == {"ione": [1220, 40], "orla": [6510, 90], "verna": [900, 0]}
    assert "the majority in every decade of birth 1920-2009" in table["provenance"]["kept"]
    # the decades are an option: judged over the 1980s-1990s alone, Lacey is a girls' name
    assert "lacey" in _table(ssa, tmp_path / "late.json", "--decades", "1980-1999")["names"]


def test_shipped_table_holds_only_what_its_thresholds_keep():
    table = json.loads((resources_dir() / "attribution" / "given_names.json").read_text(encoding="utf-8"))
    provenance = table["provenance"]
    assert "hackerb9/ssa-baby-names at commit" in provenance["source"]
    assert provenance["kept"].startswith("names given to at least 500 babies in all, at least 95% of them one sex, "
                                         "and that sex the majority in every decade of birth 1920-2009")
    assert all(f + m >= 500 and max(f, m) >= 0.95 * (f + m) for f, m in table["names"].values())


def test_given_name_sex_reads_accents_and_hyphens_and_leaves_mixed_names_alone():
    assert [given_name_sex(w) for w in ("José", "Mary-Kate", "JENNIFER", "Jordan", "J.", "", "Xyzzyq")] == \
        ["m", "f", "f", None, None, None, None]
