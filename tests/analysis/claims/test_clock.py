"""Times of day read from a sentence, the clock sections a round-up tells each shooting in, and when two sections
tell two shootings."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.clock import (
    UNTIMED, clock_sections, clock_times, days_apart, is_roundup, ledes_apart, section_days, sections_apart,
    stated_weekdays, times_agree, tolls_apart)


@pytest.mark.parametrize(("text", "expected"), [
    ("Around 9:10 p.m., a 23-year-old man was wounded.", [21 * 60 + 10]),
    ("It happened about 7:30 p.m. and he died at 10 pm", [19 * 60 + 30, 22 * 60]),
    ("Shortly after 4 a.m. Monday, police said.", [4 * 60]),
    ("He was shot at 12:15 a.m. and again at noon.", [15, 12 * 60]),
    ("At midnight, a woman was wounded.", [0]),
    ("Three people were killed in 2016.", []),
    ("He lives in the 1300 block of West Adams.", []),
])
def test_times_of_day_are_read_as_minutes_past_midnight(text, expected):
    assert clock_times(text) == sorted(expected)


def test_times_agree_around_the_clock():
    assert times_agree([23 * 60 + 50], [10])  # 11:50 p.m. and 12:10 a.m.
    assert times_agree([3 * 60 + 15], [3 * 60 + 20])
    assert not times_agree([21 * 60 + 10], [19 * 60 + 30])


def test_a_round_up_tells_each_shooting_under_its_time():
    # lede, 9:10 p.m. shooting with its victim pronounced dead within the hour, 1 a.m. shooting, 3 a.m. shooting
    sentences = [([], []), ([21 * 60 + 10], [23]), ([], []), ([22 * 60], []), ([60], [31]), ([], []), ([180], [17])]
    found = clock_sections(sentences)
    assert found[0] == UNTIMED
    assert found[1] == found[2] == found[3] == (frozenset({1270, 1320}), frozenset({23}))
    assert found[4] == found[5] == (frozenset({60}), frozenset({31}))
    assert is_roundup(found)
    assert not is_roundup(found[:4])


def test_two_sections_are_apart_by_their_times_or_their_ages():
    nine = (frozenset({1270}), frozenset({23}))
    assert sections_apart(nine, (frozenset({1170}), frozenset({23})))  # 9:10 / 7:30 p.m.
    assert sections_apart(nine, (frozenset({1280}), frozenset({40})))  # one time, another victim
    assert not sections_apart(nine, (frozenset({1275}), frozenset()))  # a report that gives no age
    assert not sections_apart(nine, UNTIMED)  # a lede is left to the other checks


def test_tolls_are_apart_where_an_outcome_both_count_is_counted_differently():
    assert tolls_apart([("death", 5, 5), ("wound", 17, 17)], [("death", 6, 6), ("wound", 28, 28)])
    assert tolls_apart([("wound", 8, 8)], [("death", 3, 3), ("wound", 12, 15)])
    assert tolls_apart([("death", 4, 4), ("wound", 17, 17)], [("death", 5, 5), ("wound", 17, 17)])  # wounded alike by chance
    assert not tolls_apart([("death", 4, 4), ("wound", 17, 17)], [("death", 4, 4), ("wound", 16, 20)])
    assert not tolls_apart([("wound", 11, 13.75)], [("wound", 12, 12)])  # "at least 11" / "12"
    assert not tolls_apart([("death", 2, 2)], [("wound", 3, 3)])  # no outcome both count: left to the figures
    assert not tolls_apart([], [("wound", 3, 3)])


def test_ledes_are_apart_where_a_lede_and_the_other_sentence_count_tolls_apart():
    nine = (frozenset({1270}), frozenset({23}))
    assert ledes_apart(UNTIMED, UNTIMED, [("death", 5, 5)], [("death", 6, 6)])
    assert ledes_apart(UNTIMED, nine, [("death", 5, 5)], [("death", 1, 1)])
    assert not ledes_apart(nine, nine, [("death", 5, 5)], [("death", 1, 1)])  # sections: `sections_apart`'s
    assert not ledes_apart(UNTIMED, UNTIMED, [("death", 5, 5)], [("death", 5, 5)])


@pytest.mark.parametrize(("text", "expected"), [
    ("The most recent fatal shooting happened Saturday afternoon.", ["5"]),
    ("A man was shot late Saturday and died early Sunday.", ["5late", "6early"]),
    ("Sunday night, a 23-year-old man was wounded.", ["6late"]),
    ("Vigils are held on Mondays.", []),
    ("Around 9:10 p.m., a 23-year-old man was wounded.", []),
])
def test_weekdays_are_read_with_their_part_of_the_night(text, expected):
    assert stated_weekdays(text) == expected


def test_a_sections_days_are_its_timed_sentences_weekdays_and_a_ledes_its_own():
    timed = (frozenset({1270}), frozenset({23}))
    # a lede, another lede sentence, the section's timed sentence, the next item's lede told before its own time
    found = section_days([UNTIMED, UNTIMED, timed, timed], [["4"], ["5"], ["4late"], ["0"]], [False, False, True, False])
    assert found == [frozenset({"4"}), frozenset({"5"}), frozenset({"4late"}), frozenset({"4late", "0"})]


def test_days_are_apart_where_both_give_a_weekday_and_none_is_within_a_day_of_the_others():
    assert days_apart({"5"}, {"0late"})  # "Saturday afternoon" / "Monday night"
    assert not days_apart({"5"}, {"6late"})  # a shooting after midnight is told under either day
    assert not days_apart({"6early"}, {"5late"})
    assert not days_apart({"2", "5"}, {"6early"})
    assert not days_apart(set(), {"2"})  # a weekday on one side only says nothing
