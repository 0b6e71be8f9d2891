"""bench/diminutive_names.py pairs two reports' writings of one surname after two given names and reads diminutives."""
from __future__ import annotations


def test_one_surname_pairs_and_diminutives(bench_script):
    dim = bench_script("diminutive_names")
    first = dim.names({"title": "Officer shot", "text": "Joe Silva, an officer, was hurt. Ann Lee spoke."})
    second = dim.names({"title": "Officer wounded", "text": "Joseph Silva and Daniel Silva were at the scene."})
    pairs = dim.one_surname_pairs([first, second])
    assert pairs == {frozenset({("Joe", "Silva"), ("Joseph", "Silva")}), frozenset({("Joe", "Silva"), ("Daniel", "Silva")})}
    assert sorted(dim.diminutive(p) for p in pairs) == [False, True]
