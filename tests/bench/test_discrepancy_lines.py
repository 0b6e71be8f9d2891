"""bench/discrepancy_lines.py finds each discrepancy line of an export among the judged lines by its kind and both
mentions' files and spans, in either order, and counts the lines nobody judged apart."""
from __future__ import annotations

import json

JUDGED = ("set\tkind\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass\n"
          "gvaX\tattribution\ta.txt\t0\t9\tb.txt\t5\t20\tW\tcarried account\n"
          "gvaX\tnumber\ta.txt\t30\t40\tb.txt\t50\t60\tR\t\n")



def test_lines_are_scored_by_kind_and_both_spans_in_either_order(bench_script, lines_export, tmp_path, capsys):
    lines = bench_script("discrepancy_lines")
    judged = tmp_path / "judged.tsv"
    judged.write_text(JUDGED, encoding="utf-8")
    export = tmp_path / "gvaX.json"
    export.write_text(json.dumps(lines_export([
        ("attribution", "stated as fact: …", [("d2", 5, 20), ("d1", 0, 9)]),  # judged W, mentions the other way round
        ("number", "wounded: 'two' vs 'three'", [("d1", 30, 40), ("d2", 50, 60)]),  # judged R
        ("number", "killed: 'one' vs 'two'", [("d1", 30, 40), ("d2", 51, 60)]),  # another span: nobody judged it
    ])), encoding="utf-8")
    lines.main([str(export), "--set", "gvaX", "--judged", str(judged), "--show"])
    out = capsys.readouterr().out
    assert "gvaX: 1/2 judged lines right (0.500), 1 unjudged" in out
    assert "attribution: R 0 W 1 unjudged 0" in out
    assert "number: R 1 W 0 unjudged 1" in out
    assert "W   1 carried account" in out
    assert "killed: 'one' vs 'two'" in out and "wounded" not in out  # right lines are not shown


def test_a_line_of_another_set_is_not_judged(bench_script, lines_export, tmp_path, capsys):
    lines = bench_script("discrepancy_lines")
    judged = tmp_path / "judged.tsv"
    judged.write_text(JUDGED, encoding="utf-8")
    export = tmp_path / "gvaY.json"
    export.write_text(json.dumps(lines_export([("attribution", "x", [("d1", 0, 9), ("d2", 5, 20)])])), encoding="utf-8")
    lines.main([str(export), "--set", "gvaY", "--judged", str(judged)])
    assert "gvaY: 0/0 judged lines right, 1 unjudged" in capsys.readouterr().out
