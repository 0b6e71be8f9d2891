"""The section days counter gives each round-up sentence its section's weekdays (a lede its own) and classes close
pairs by them and by the part of day a weekday is given with."""
from __future__ import annotations

from training.count_clock_sections import sections
from training.count_section_days import part_class, unit_days, weekdays_class, where

SATURDAY = ("The most recent fatal shooting happened Saturday afternoon in Hermosa. About 3:10 p.m., a man was killed "
            "in Hermosa on Saturday. He was pronounced dead at Mercy Hospital. A woman was shot on Friday. About 11:20 "
            "p.m., she was taken to Mercy Hospital.")
MONDAY = ("The most recent shooting happened Monday night in Gresham. About 11:30 p.m., a man was killed in Gresham "
          "on Monday. He was pronounced dead at Mercy Hospital.")


def test_a_timed_sentence_has_its_sections_weekdays_and_a_lede_its_own():
    days = unit_days(sections(SATURDAY))
    # the next item's lede, told before its own time, keeps its own weekday and lends its section none
    assert [d[0] for d in days] == [frozenset({"5"}), frozenset({"5"}), frozenset({"5"}), frozenset({"4", "5"}),
                                    frozenset()]
    assert days[0][1] == frozenset({"afternoon"})


def test_close_pairs_are_classed_by_their_weekdays_and_parts_of_day():
    ours, theirs = sections(SATURDAY), sections(MONDAY)
    a, b = unit_days(ours), unit_days(theirs)
    assert weekdays_class(a[2], b[2]) == "weekdays apart"
    assert weekdays_class(a[4], b[2]) == "weekdays not both"
    assert part_class(a[0], ours[0][2], b[1], theirs[1][2]) == "part apart"  # "Saturday afternoon" / 11:30 p.m.
    assert where(ours[0][2], theirs[1][2]) == "a lede and a timed section"
