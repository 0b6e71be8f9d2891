"""training/ecb_dev_gold.py turns hand claim gold kept as offsets into the scorer's JSON: each mention's text read from
its article, and an article that changed since it was annotated refused by name."""
from __future__ import annotations

import hashlib
import json

import pytest

from training.ecb_dev_gold import main

ARTICLES = {
    "7_1ecb.txt": "Smith was named host on Friday. The show is on May 2.",
    "7_2ecbplus.txt": "On Friday the academy named Smith as host.\n\n“I am thrilled, ” Smith said.",
}


def _made_up(tmp_path):
    data, gold = tmp_path / "data", tmp_path / "gold"
    docs = data / "sets" / "dev" / "docs"
    docs.mkdir(parents=True)
    gold.mkdir()
    for name, text in ARTICLES.items():
        (docs / name).write_text(text, encoding="utf-8")
    (gold / "ecb_dev.documents.tsv").write_text(
        "document\tsha256\n" + "".join(f"sets/dev/docs/{n}\t{hashlib.sha256(t.encode()).hexdigest()}\n"
                                       for n, t in ARTICLES.items()), encoding="utf-8")
    a, b = ARTICLES["7_1ecb.txt"], ARTICLES["7_2ecbplus.txt"]
    host_a, host_b = a.index("Smith was"), b.index("the academy")
    (gold / "ecb_dev_claims.tsv").write_text(
        "topic\tclaim\tfile\tstart\tend\n"
        f"7\t7-host\t7_1ecb.txt\t{host_a}\t{a.index(' The show')}\n"
        f"7\t7-host\t7_2ecbplus.txt\t{host_b}\t{b.index('.')}\n", encoding="utf-8")
    (gold / "ecb_dev_maybe.tsv").write_text(
        "file_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\n"
        f"7_1ecb.txt\t{a.index('The show')}\t{len(a)}\t7_2ecbplus.txt\t{b.index('“I')}\t{len(b)}\n", encoding="utf-8")
    return data, gold


def test_offsets_become_the_mentions_texts_in_the_scorers_format(tmp_path):
    data, gold = _made_up(tmp_path)
    main([str(data), "--gold", str(gold)])
    written = json.loads((data / "gold" / "dev_gold.json").read_text(encoding="utf-8"))
    assert written["documents"] == {"7_1ecb": "7_1ecb.txt", "7_2ecbplus": "7_2ecbplus.txt"}
    assert written["claims"] == {"7-host": [["7_1ecb", "Smith was named host on Friday."],
                                            ["7_2ecbplus", "the academy named Smith as host"]]}
    assert written["maybe"] == [[["7_1ecb", "The show is on May 2."], ["7_2ecbplus", "“I am thrilled, ” Smith said."]]]
    assert (written["speakers"], written["attributions"]) == ({}, [])  # the scorer reads both; none annotated
    assert [p.name for p in (data / "gold").iterdir()] == ["dev_gold.json"]  # no temporary file left


def test_an_article_changed_since_it_was_annotated_is_refused_by_name(tmp_path):
    data, gold = _made_up(tmp_path)
    (data / "sets" / "dev" / "docs" / "7_2ecbplus.txt").write_text(ARTICLES["7_2ecbplus.txt"] + " More.", encoding="utf-8")
    out = tmp_path / "out.json"
    with pytest.raises(SystemExit, match="7_2ecbplus.txt: differs"):
        main([str(data), "--gold", str(gold), "--out", str(out)])
    assert not out.exists()


def test_offsets_outside_the_article_are_refused(tmp_path):
    data, gold = _made_up(tmp_path)
    (gold / "ecb_dev_claims.tsv").write_text("topic\tclaim\tfile\tstart\tend\n7\t7-host\t7_1ecb.txt\t5\t999\n",
                                            encoding="utf-8")
    with pytest.raises(SystemExit, match="7_1ecb.txt: offsets 5-999"):
        main([str(data), "--gold", str(gold)])
