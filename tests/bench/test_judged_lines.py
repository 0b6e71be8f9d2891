"""bench/judged_lines.py puts every judged discrepancy line beside a run's kept exports: still written or gone."""
from __future__ import annotations

import json

TEXTS = ("Two men were shot on Elm Street.", "Two men were shot on Elm Street, police said.")


def _row(kind: str, verdict: str, end_b: int, why: str = "") -> dict[str, str]:
    return {"set": "tiny", "kind": kind, "file_a": "a.txt", "start_a": "0", "end_a": "32", "file_b": "b.txt",
            "start_b": "0", "end_b": str(end_b), "verdict": verdict, "class": why}


def test_a_judged_line_is_made_when_the_export_writes_it_on_its_two_mentions_either_way(bench_script, lines_export,
                                                                                        tmp_path):
    lines = bench_script("judged_lines")
    export = lines_export([("attribution", "stated as fact", [("d2", 0, 45), ("d1", 0, 32)])], TEXTS)
    (tmp_path / "tiny.json").write_text(json.dumps(export), encoding="utf-8")
    rows = [_row("attribution", "W", 45, "carried account"), _row("attribution", "R", 30), _row("time", "R", 45)]
    assert lines.read(tmp_path, rows) == [("tiny", "made", "attribution", "W", "carried account", "-"),
                                          ("tiny", "gone", "attribution", "R", "", ""),
                                          ("tiny", "gone", "time", "R", "", "")]


def test_a_set_the_run_does_not_hold_is_left_out(bench_script, tmp_path):
    assert bench_script("judged_lines").read(tmp_path, [_row("attribution", "W", 45)]) == []
