"""bench/name_alone_links.py: the made judged links whose sides share a person's name and nothing else, one telling an
act, on made-up judged rows, articles and an export that makes both links."""
from __future__ import annotations

import json


def test_made_links_the_veto_parts_are_counted_by_verdict_and_class(bench_script, tmp_path, judged_file, set_document):
    names = bench_script("name_alone_links")
    a = set_document("1_a.txt", "McKay Hutton and his daughter Teagan died in a murder-suicide at a Fairbanks hotel.")
    b = set_document("1_b.txt", "McDonald and McKay Hutton were married and were both parents to Teagan. "
                                "McKay Hutton and his daughter died at the hotel in Fairbanks.")
    split = b.index("McKay Hutton and his")
    sides = [("1_b.txt", 0, split - 1), ("1_b.txt", split, len(b))]
    classes = ["another detail of the incident", ""]
    judged = judged_file([["gvaT", "1_a.txt", 0, len(a), name, start, end, verdict, cls]
                          for (name, start, end), verdict, cls in zip(sides, "WR", classes)])
    base = tmp_path / "base"
    base.mkdir()
    mentions = [{"document": "d1", "start": 0, "end": len(a)}]
    mentions += [{"document": "d2", "start": s, "end": e} for _n, s, e in sides]
    (base / "gvaT.json").write_text(json.dumps({
        "documents": [{"id": "d1", "source": {"path": "/x/1_a.txt"}}, {"id": "d2", "source": {"path": "/x/1_b.txt"}}],
        "claims": [{"mentions": mentions}]}), encoding="utf-8")
    assert names.judged_counts(tmp_path, [judged], base, show=False) == [
        "made judged links parted: 1", "  W another detail of the incident: 1"]
