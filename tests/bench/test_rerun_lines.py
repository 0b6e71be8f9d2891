"""bench/rerun_lines.py sets the lines a stage run again writes against the stored ones, each with its verdict."""
from __future__ import annotations

from viewer.analysis.model import Discrepancy, Mention

FILES = {1: "a.txt", 2: "b.txt"}


def _line(kind: str, words: str, a: int, b: int) -> Discrepancy:
    return Discrepancy(kind, words, [Mention(1, a, a + 5, "x" * 5), Mention(2, b, b + 5, "y" * 5)])


def test_differences_list_lines_gone_and_added_with_their_verdicts(bench_script):
    rerun = bench_script("rerun_lines")
    kept, gone, added = _line("name", "named 'A' vs 'B'", 0, 0), _line("number", "injured: '4' vs '3'", 10, 20), \
        _line("time", "time: '1' vs '2'", 30, 40)
    before, after = rerun.keyed([kept, gone], FILES), rerun.keyed([kept, added], FILES)
    judged = {("gvaT", "number", ("a.txt", 10, 15), ("b.txt", 20, 25)): ("W", "counts of different wholes")}
    rows = rerun.differences(before, after, judged, "gvaT")
    assert [(r["change"], r["kind"], r["verdict"], r["class"]) for r in rows] == [
        ("-", "number", "W", "counts of different wholes"), ("+", "time", "?", "")]
    assert rows[0]["where"] == "a.txt:10 b.txt:20"
    assert rerun.summary(rows) == ["+ time         ?: 1", "- number       W: 1"]
    assert rerun.summary([]) == ["no change"]
