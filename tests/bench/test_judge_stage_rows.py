"""bench/judge_stage_rows.py: the shipped judge on its rows, set by set, before and after."""
from viewer.analysis.claims.link_judge import SIGNS


def _row(claim, units, reports, signs, hand):
    return {"claim": claim, "units": units, "reports": reports, "x": signs, "y": int(hand != "W"), "hand": hand}


def test_a_link_whose_signs_all_read_apart_is_taken_out_where_another_claim_joins_its_reports(bench_script):
    believed, doubted = [1.0] * len(SIGNS), [0.0] * len(SIGNS)
    rows = [_row(0, [0, 2], ["a", "b"], believed, "R"), _row(0, [0, 4], ["a", "c"], doubted, "W"),
            _row(0, [2, 4], ["b", "c"], doubted, "W"), _row(1, [1, 3], ["a", "b"], believed, "R"),
            _row(1, [1, 5], ["a", "c"], believed, "R"), _row(1, [3, 5], ["b", "c"], believed, "R")]
    sets = {"gvaX": {"rows": rows, "same_event": 3, "events": {"a": "e", "b": "e", "c": "e"}}}
    lines = bench_script("judge_stage_rows").report(sets, ["gvaX"])
    assert lines[0].startswith("gvaX       0.667 (4/2) -> 1.000 (4/0); out R 0 P 0 W 2; found 1.0 -> 1.0")


def test_at_a_bar_of_nought_the_shipped_weights_take_no_link_out(bench_script):
    believed, doubted = [1.0] * len(SIGNS), [0.0] * len(SIGNS)
    rows = [_row(0, [0, 2], ["a", "b"], believed, "R"), _row(0, [0, 4], ["a", "c"], doubted, "W"),
            _row(0, [2, 4], ["b", "c"], doubted, "W"), _row(1, [1, 3], ["a", "b"], believed, "R")]
    sets = {"gvaX": {"rows": rows, "same_event": 3, "events": {"a": "e", "b": "e", "c": "e"}}}
    lines = bench_script("judge_stage_rows").report(sets, ["gvaX"], bar=0.0)
    assert lines[0].startswith("gvaX       0.500 (2/2) -> 0.500 (2/2); out R 0 P 0 W 0")


def test_the_sets_are_pooled_by_news_source_after_pooled_all_together(bench_script):
    believed, doubted = [1.0] * len(SIGNS), [0.0] * len(SIGNS)
    rows = [_row(0, [0, 2], ["a", "b"], believed, "R"), _row(0, [0, 4], ["a", "c"], doubted, "W"),
            _row(0, [2, 4], ["b", "c"], doubted, "W"), _row(1, [1, 3], ["a", "b"], believed, "R"),
            _row(1, [1, 5], ["a", "c"], believed, "R"), _row(1, [3, 5], ["b", "c"], believed, "R")]
    found = {"rows": rows, "same_event": 3, "events": {"a": "e", "b": "e", "c": "e"}}
    lines = bench_script("judge_stage_rows").report({"gvaX": found, "allsidesX": found, "allsidesY": found},
                                                    ["gvaX", "allsidesX", "allsidesY"])
    assert [line.split()[0] for line in lines[3:]] == ["pooled", "gva", "allsides"]
    assert lines[5].startswith("allsides   0.667 (8/4) -> 1.000 (8/0); out R 0 P 0 W 4")
