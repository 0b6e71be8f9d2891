"""bench/near_gate_pairs.py: the signs read on a near-miss pair's best unit pair, the judged verdict found for it
whatever set it was analysed in, and the table's counts by gate band, on made-up rows."""
from __future__ import annotations


def _row(same: int, gate: float, best: float, stage: str = "grouping", **signs) -> dict:
    return {"set": "poolAZ", "file_a": "1_left.txt", "file_b": "1_right.txt", "same": same, "gate": gate, "best": best,
            "stage": stage, "figure": 0, "rare_name": 0, "run": 0, "text_a": "", "text_b": "", **signs}


def test_the_longest_run_counts_words_in_a_row_not_words_shared(bench_script):
    near = bench_script("near_gate_pairs")
    assert near.longest_run("The Senate passed the bill on Tuesday.", "On Tuesday the Senate passed a bill") == 3
    assert near.longest_run("bill passed", "passed bill") == 1
    assert near.longest_run("", "anything") == 0


def test_a_judged_link_holding_both_units_gives_its_verdict_whichever_file_is_named_first(bench_script):
    near = bench_script("near_gate_pairs")
    judged = {("1_left.txt", "1_right.txt"): [("The House voted 220-212 to pass the bill.", "Lawmakers approved it.", "R")]}
    row = _row(1, 0.95, 0.9, text_a="The House voted 220-212 to pass the bill.", text_b="Lawmakers approved it.")
    assert near.verdict_of(row, judged) == "R"
    swapped = {**row, "file_a": "1_right.txt", "file_b": "1_left.txt", "text_a": row["text_b"], "text_b": row["text_a"]}
    assert near.verdict_of(swapped, judged) == "R"
    assert near.verdict_of({**row, "text_b": "Another sentence entirely."}, judged) == ""


def test_the_table_counts_one_and_two_story_pairs_by_band_and_sign(bench_script):
    near = bench_script("near_gate_pairs")
    rows = [_row(1, 0.91, 0.96, rare_name=1), _row(0, 0.91, 0.75), _row(0, 0.96, 0.8, stage="pair model"),
            _row(1, 0.98, 0.99)]
    lines = near.table(rows, 0.7)
    linked = next(line for line in lines if line.strip().startswith("linked ") or line.split()[:1] == ["linked"])
    assert linked.split()[1:] == ["1", "/", "1", "0", "/", "0", "0", "/", "0", "1", "/", "0", "1", "/", "1"]
    rare = next(line for line in lines if "rare name" in line)
    assert rare.split()[3:6] == ["1", "/", "0"]
