"""bench/sign_split.py: how a candidate pair sign splits the judged dev links by verdict and class."""


def _row(verdict: str, label: str = "") -> dict:
    return {"set": "gvaC", "file_a": "a.txt", "start_a": "0", "end_a": "9", "file_b": "b.txt", "start_b": "3",
            "end_b": "7", "verdict": verdict, "class": label}


def test_a_wrong_link_is_grouped_by_its_class_and_a_rejudged_class_comes_first(bench_script):
    split = bench_script("sign_split")
    stage = _row("W", "another stage or action")
    assert split.group_of(stage, {}) == "W another stage or action"
    assert split.group_of(stage, {split._key(stage): "another detail of the incident"}) == "W another detail of the incident"
    assert split.group_of(_row("W", "another event"), {}) == "W other"
    assert split.group_of(_row("P"), {}) == "P" and split.group_of(_row("U"), {}) is None


def test_the_table_gives_each_groups_links_mean_and_share_at_a_half_among_all_and_made(bench_script):
    split = bench_script("sign_split")
    links = [(_row("R"), True, None, None, None), (_row("R"), False, None, None, None),
             (_row("W", "another stage or action"), True, None, None, None)]
    values = [{name: v for name in split.SIGNS} for v in (0.0, 1.0, 1.0)]
    lines = split.table(links, values, {})
    first = lines.index(next(line for line in lines if line.startswith("no_act_in_common")))
    assert lines[first + 1] == "  R: 2 0.500 0.500 | 1 0.000 0.000"
    assert lines[first + 3] == "  W another stage or action: 1 1.000 1.000 | 1 1.000 1.000"
    assert lines[first + 2] == "  P: 0 | 0"
