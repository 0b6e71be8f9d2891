"""bench/discrepancy_diff.py prints the lines one run's export of a set writes that the other's does not, each with both
passages, and says how many were added and taken away."""
from __future__ import annotations

import json

TEXTS = ("Ann Lee, 30, was shot at 9:15 p.m.", "Anne Lee, 31, was shot at 9:12 p.m.")


def test_only_the_lines_one_run_writes_are_printed_with_their_passages(bench_script, lines_export, tmp_path, capsys):
    diff = bench_script("discrepancy_diff")
    age = ("number", "age of Ann Lee / Anne Lee: '30' vs '31'", [("d1", 9, 11), ("d2", 10, 12)])
    time = ("time", "time: '9:15 p.m.' vs '9:12 p.m.' (minutes apart, may be one moment)", [("d1", 25, 34), ("d2", 26, 35)])
    for name, lines in (("base", [age]), ("new", [age, time])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "gvaX.json").write_text(json.dumps(lines_export(lines, TEXTS)), encoding="utf-8")
    diff.main([str(tmp_path / "base"), str(tmp_path / "new"), "--context", "5"])
    out = capsys.readouterr().out
    assert "+ time" in out and "age of" not in out and "gvaX: 1 added, 0 gone" in out
    assert "at [9:15 p.m.]" in out and "at [9:12 p.m.]" in out
