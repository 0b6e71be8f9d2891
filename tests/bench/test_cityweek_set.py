"""bench/cityweek_set.py: pairs of two incidents of one city and week are drawn with the seed, each incident once."""
from __future__ import annotations


def test_each_incident_is_drawn_in_one_pair_only(bench_script):
    cityweek = bench_script("cityweek_set")
    pairs = [("1", "2"), ("1", "3"), ("2", "3"), ("4", "5"), ("5", "6")]
    chosen = cityweek.drawn(pairs, 5)
    taken = [i for pair in chosen for i in pair]
    assert len(taken) == len(set(taken))
    assert set(chosen) <= set(pairs)
    assert len(chosen) == 2
    assert chosen == cityweek.drawn(pairs, 5)
    assert len(cityweek.drawn(pairs, 1)) == 1
