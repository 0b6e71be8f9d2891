"""People's names the small model tags as bodies or places: relabelled by shape, from tables with a source."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.analysis.person_names import names_people
from viewer.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
CASES = json.loads((Path(__file__).parent / "fixtures" / "person_names.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_entity_labels(case, nlp):
    assert [[e.text, e.label_] for e in nlp(case["text"]).ents] == case["expect"]


def test_relabelling_reaches_the_speaker_kind(parsed):
    from viewer.analysis.attribution.statements import find_attributions

    text = "Marcus Delaney said the shooting started after an argument over a parking space."
    [found] = find_attributions(parsed(text))
    assert (found.speaker_name, found.speaker_kind) == ("Marcus Delaney", "person")


def test_shipped_table_says_where_each_part_came_from():
    table = json.loads((resources_dir() / "attribution" / "person_names.json").read_text(encoding="utf-8"))
    provenance = table["provenance"]
    assert "Social Security" in provenance["given"] and "WordNet" in provenance["org_words"]
    assert "cleanco" in provenance["designators"]
    assert provenance["counts"] == {key: len(table[key]) for key in ("given", "given_words", "org_words", "designators")}
    assert {"marcus", "delaney"} <= set(table["given"]) and {"mark", "israel"} <= set(table["given_words"])
    assert {"university", "department", "police"} <= set(table["org_words"]) and "inc" in table["designators"]


def test_script_builds_the_tables_from_the_counts_alone(tmp_path):
    ssa = tmp_path / "ssa"
    ssa.mkdir()
    (ssa / "yob1960.txt").write_text("Orrin,M,700\nRose,F,900\nZelda,F,20\nTavion,M,300\n")
    (ssa / "yob1990.txt").write_text("Tavion,M,800\nRose,F,300\nLowell,M,1500\n")
    wordnet = tmp_path / "wordnet"
    wordnet.mkdir()
    # index lines: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets; data lines: offset lexfile ...
    (wordnet / "index.noun").write_text("rose n 1 0 1 0 00000001\nclinic n 1 0 1 0 00000002\n"
                                        "lowell n 1 0 1 0 00000003\nhunt n 1 0 1 0 00000004\n")
    (wordnet / "data.noun").write_text("00000001 20 n 01 rose 0 000 | a flower\n00000002 06 n 01 clinic 0 000 | a place\n"
                                       "00000003 15 n 01 lowell 0 000 | a town\n00000004 04 n 01 hunt 0 000 | an act\n")
    for part in ("verb", "adj", "adv"):
        (wordnet / f"index.{part}").write_text("")
    cleanco = tmp_path / "cleanco"
    (cleanco / "cleanco").mkdir(parents=True)
    (cleanco / "cleanco" / "termdata.py").write_text(
        'terms_by_country = {"United Kingdom": ["ltd.", "plc", "pty ltd"], "France": ["sarl"]}\n')
    git = ["git", "-C", str(cleanco), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(cleanco)], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "terms"], check=True)
    out = tmp_path / "person_names.json"
    subprocess.run([sys.executable, str(ROOT / "training" / "count_person_names.py"), str(ssa), str(wordnet),
                    str(cleanco), "--out", str(out), "--min-births", "1000"], check=True, capture_output=True)
    table = json.loads(out.read_text(encoding="utf-8"))
    # Tavion 1,100 births, no English word; Rose 1,200 and Lowell 1,500 but nouns; Orrin 700 and Zelda 20 too rare
    assert (table["given"], table["given_words"]) == (["tavion"], ["lowell", "rose"])
    # clinic (an artifact) heads a place's name; hunt (an act) no body's; Lowell is a given name as well as a town
    assert table["org_words"] == ["clinic"]
    assert table["designators"] == ["ltd", "plc"]
    assert "1960-1990" in table["provenance"]["given"] and "1000" in table["provenance"]["given"]


def test_nouns_for_people_include_those_wordnet_files_elsewhere():
    assert names_people("officer") and names_people("individual") and names_people("male")
    assert not names_people("car") and not names_people("shot")
