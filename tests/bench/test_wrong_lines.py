"""bench/wrong_lines.py groups the judged wrong discrepancy lines by class and kind, each with short quotes of both sides."""
from __future__ import annotations


def _row(kind: str, verdict: str, why: str = "", end_a: int = 9) -> dict[str, str]:
    return {"set": "gvaT", "kind": kind, "file_a": "a.txt", "start_a": "0", "end_a": str(end_a), "file_b": "b.txt",
            "start_b": "0", "end_b": "19", "verdict": verdict, "class": why}


def test_wrong_lines_are_grouped_by_class_and_kind_largest_first_and_right_ones_left_out(bench_script):
    rows = [_row("number", "W", "two people"), _row("attribution", "W", "carried account"),
            _row("attribution", "W", "carried account", 5), _row("attribution", "R"), _row("time", "W")]
    groups = bench_script("wrong_lines").groups(rows)
    assert [(key, len(members)) for key, members in groups.items()] == [
        (("carried account", "attribution"), 2), (("(no class)", "time"), 1), (("two people", "number"), 1)]


def test_a_rows_sides_are_quoted_from_its_sets_articles_each_on_one_line_and_cut(bench_script, set_document, tmp_path):
    set_document("a.txt", "Two men\nwere shot on Elm Street.")
    set_document("b.txt", "Police said two men were shot.")
    assert bench_script("wrong_lines").sides(_row("attribution", "W"), tmp_path, length=14) == "Two men w | Police said tw"
