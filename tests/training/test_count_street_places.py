"""The street counter pairs reports of one incident, and of two incidents sharing a sentence, and
classes each pair by the streets their addresses give."""
from __future__ import annotations

from training.count_street_places import place_class, report_pairs

REPORTS = [  # (incident, outlet's host, text)
    ("1", "news.example", "Two people were killed in a shooting. It happened in the 4300 block of West Maple Avenue."),
    ("1", "tv.example", "Two people were killed. Police were called to the 4300 block of Maple at 2 a.m."),
    ("2", "news.example", "Two people were killed in a shooting. It happened in the 900 block of Cedar Street."),
    ("3", "other.example", "Two people were killed in a shooting. It happened in the 100 block of Birch Street."),
]


def test_report_pairs_are_one_incidents_and_two_incidents_sharing_a_sentence():
    two = "two incidents sharing a sentence"
    assert report_pairs(REPORTS, common=5) == {(0, 1): "one incident", (0, 2): two, (0, 3): two, (2, 3): two}
    assert report_pairs(REPORTS, common=2) == {(0, 1): "one incident"}  # a sentence three reports share is page matter


def test_a_pair_is_classed_by_the_streets_its_reports_give():
    assert place_class({"maple"}, {"maple"}) == "a street shared"
    assert place_class({"maple"}, {"cedar"}) == "streets apart"
    assert place_class({"maple"}, set()) == "no address on one side"
