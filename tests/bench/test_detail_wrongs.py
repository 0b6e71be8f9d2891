"""bench/detail_wrongs.py: the made W of class "another detail of the incident" listed with their texts, and every made
judged link counted by verdict and class, on a made-up export, judged rows and articles."""
from __future__ import annotations

import json


def test_made_wrong_details_are_listed_and_every_made_link_counted(bench_script, tmp_path, judged_file, set_document):
    detail = bench_script("detail_wrongs")
    a = set_document("1_a.txt", "Luke lived at the house on Elm Road. Two men were stabbed.")
    b = set_document("1_b.txt", "Two men were stabbed inside a house on Elm Road.")
    lived, stabbed = (0, a.index(".") + 1), (a.index("Two"), len(a))
    judged = judged_file([
        ["gvaT", "1_a.txt", *lived, "1_b.txt", 0, len(b), "W", "another detail of the incident"],
        ["gvaT", "1_a.txt", *stabbed, "1_b.txt", 0, len(b), "R", ""],
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, len(b), "W", "another detail of the incident"],  # not made
    ])
    docs = [{"id": "d1", "source": {"path": "/x/1_a.txt"}}, {"id": "d2", "source": {"path": "/x/1_b.txt"}}]
    claims = [{"mentions": [{"document": "d1", "start": s, "end": e}, {"document": "d2", "start": 0, "end": len(b)}]}
              for s, e in (lived, stabbed)]
    base = tmp_path / "base"
    base.mkdir()
    (base / "gvaT.json").write_text(json.dumps({"documents": docs, "claims": claims}), encoding="utf-8")
    lines = detail.wrongs(tmp_path, base, [judged])
    assert lines == ["1. [gvaT links99t.tsv] A: Luke lived at the house on Elm Road.",
                     f"    B: {b}", "W another detail of the incident: 1", "R (no class): 1"]
