"""bench/near_story_pairs.py counts, by source, the report pairs a near-gate rule would join or link across stories."""
from __future__ import annotations

from collections import namedtuple


def _pair(near, name: str, same: bool, shares: bool, gate: float, best: float):
    return near.NearPair(name, ("a.txt", "b.txt"), same, shares, gate, best, (("a.txt", 0, 9), ("b.txt", 5, 20)), ("", ""))


def test_the_table_counts_unjoined_same_story_pairs_and_pairs_across_stories_over_the_bar_and_floor(bench_script):
    near = bench_script("near_story_pairs")
    pairs = [_pair(near, "allsidesA", True, False, 0.95, 0.96),   # joined at every floor from bar .95
             _pair(near, "allsidesB", True, True, 0.95, 0.99),    # shares a claim already: never counted
             _pair(near, "allsidesA", False, False, 0.91, 0.92),  # across, from bar .90 at floors up to .90
             _pair(near, "gvaC", True, False, 0.82, 0.50)]        # another source, under every floor
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in near.table(pairs)[1:]}
    assert rows["0.95", "allsides"][:3] == ["1", "/", "0"]
    assert rows["0.90", "allsides"][:3] == ["1", "/", "1"]
    assert rows["0.90", "allsides"][3:9] == ["1", "/", "1", "1", "/", "1"]  # floors .80 and .85
    assert rows["0.90", "allsides"][-3:] == ["1", "/", "0"]  # floor .95: the pair across scores .92
    assert rows["0.80", "gva"] == ["1", "/", "0"] + ["0", "/", "0"] * 4


def test_a_noted_miss_is_over_a_unit_pair_where_its_spans_overlap_both_units_in_either_order(bench_script):
    near = bench_script("near_story_pairs")
    noted = namedtuple("Noted", "set a b")("s", ("b.txt", 0, 10), ("a.txt", 8, 30))
    assert near._over(noted, ("a.txt", 0, 9), ("b.txt", 5, 20))
    assert not near._over(noted, ("a.txt", 0, 8), ("b.txt", 5, 20))
    assert not near._over(noted, ("a.txt", 0, 9), ("c.txt", 5, 20))


def test_the_links_the_rule_makes_are_counted_right_wrong_or_not_judged_a_noted_miss_right(bench_script):
    near = bench_script("near_story_pairs")
    pairs = [_pair(near, "basilC", True, False, 0.95, 0.96), _pair(near, "basilE", False, False, 0.95, 0.96),
             _pair(near, "basilE", True, False, 0.95, 0.96), _pair(near, "basilC", True, True, 0.95, 0.99)]
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in near.judged_table(pairs, ["M", "W", "", "W"])[2:]}
    assert rows["0.95", "basil"] == ["1/1/1"] * 4
    assert rows["0.80", "basil"][-1] == "1/1/1"
