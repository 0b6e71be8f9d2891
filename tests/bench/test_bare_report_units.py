"""bench/bare_report_units.py: the judged links made with a side that is a reporting frame alone, on made-up judged
rows, articles and an export that makes both links."""
from __future__ import annotations

import json


def test_made_links_with_a_bare_frame_side_are_counted(bench_script, tmp_path, judged_file, set_document):
    frames = bench_script("bare_report_units")
    a = set_document("1_a.txt", "Two men were shot outside a gas station on Main Street on Friday night. "
                                "Family members of Anthony Ray say. Anthony Ray was a good son.")
    b = set_document("1_b.txt", "Anthony Ray's father said his family was devastated by the shooting on Main Street.")
    frame, son = a.index("Family members"), a.index("Anthony Ray was")
    sides = [("1_a.txt", frame, son - 1), ("1_a.txt", son, len(a))]
    judged = judged_file([["gvaT", name, start, end, "1_b.txt", 0, len(b), verdict, ""]
                          for (name, start, end), verdict in zip(sides, "WP")])
    base = tmp_path / "base"
    base.mkdir()
    mentions = [{"document": "d1", "start": s, "end": e} for _n, s, e in sides]
    mentions.append({"document": "d2", "start": 0, "end": len(b)})
    (base / "gvaT.json").write_text(json.dumps({
        "documents": [{"id": "d1", "source": {"path": "/x/1_a.txt"}}, {"id": "d2", "source": {"path": "/x/1_b.txt"}}],
        "claims": [{"mentions": mentions}]}), encoding="utf-8")
    counted = frames.judged_counts(tmp_path, [judged], base, show=False)
    assert counted == ["made judged links with a refused side: 1 W 1"]
