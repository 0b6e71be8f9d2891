"""Given names by sex: the table is made by its script, from the counts alone, and says where from."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from viewer.analysis.speakers.given_names import given_name_sex
from viewer.resources import resources_dir

ROOT = Path(__file__).resolve().parents[3]


def test_script_keeps_names_strongly_one_sex_over_enough_births(tmp_path):
    ssa = tmp_path / "ssa"
    ssa.mkdir()
    (ssa / "yob1950.txt").write_text("Edna,F,400\nRobin,F,300\nEdna,M,5\nRobin,M,250\nOrrin,M,450\nZelda,F,20\n")
    (ssa / "yob1990.txt").write_text("Edna,F,200\nRobin,F,100\nOrrin,M,100\nOrrin,F,6\n")
    out = tmp_path / "given_names.json"
    subprocess.run([sys.executable, str(ROOT / "training" / "count_given_names.py"), str(ssa), "--out", str(out)],
                   check=True, capture_output=True)
    table = json.loads(out.read_text(encoding="utf-8"))
    # Edna 600 F of 605; Orrin 550 M of 556; Robin mixed (400 F, 250 M); Zelda too rare (20)
    assert table["names"] == {"edna": [600, 5], "orrin": [6, 550]}
    assert "1950-1990" in table["provenance"]["data"] and "500" in table["provenance"]["kept"]


def test_shipped_table_holds_only_what_its_thresholds_keep():
    table = json.loads((resources_dir() / "attribution" / "given_names.json").read_text(encoding="utf-8"))
    provenance = table["provenance"]
    assert "hackerb9/ssa-baby-names at commit" in provenance["source"]
    assert provenance["kept"] == "names given to at least 500 babies in all, at least 95% of them one sex"
    assert all(f + m >= 500 and max(f, m) >= 0.95 * (f + m) for f, m in table["names"].values())


def test_given_name_sex_reads_accents_and_hyphens_and_leaves_mixed_names_alone():
    assert [given_name_sex(w) for w in ("José", "Mary-Kate", "JENNIFER", "Jordan", "J.", "", "Xyzzyq")] == \
        ["m", "f", "f", None, None, None, None]
