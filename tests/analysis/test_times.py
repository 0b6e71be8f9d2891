"""Clock times and days as news prose writes them: one moment in any spelling, two moments apart."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import viewer.analysis.claims
from viewer.analysis.claims.times import meet, times_in


def _one(text: str):
    """The one clock time or day the text states (a weekday beside a clock time is left aside)."""
    found = times_in(text)
    if len(found) > 1:
        found = tuple(t for t in found if t.kind != "weekday")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("a, b", [
    ("It happened at 3:30 a.m.", "It happened at 3:30am."),
    ("It happened at 3:30 a.m.", "It happened at 03:30."),
    ("It happened at 3:30 A.M.", "It happened at 3:30 AM."),
    ("Police were called about 9:30 pm.", "Police were called around 9:30 p.m."),
    ("It began at 5.30am.", "It began at 5:30 a.m."),
    ("The vigil is at noon.", "The vigil is at 12 p.m."),
    ("It happened just after midnight.", "It happened at 12:10 a.m."),
    ("It happened around 10:30 Monday night.", "It happened at 10:30 p.m."),  # no half written: either half
    ("Shots were heard at 10 p.m.", "Shots were heard at 10:20 p.m."),  # written to the hour
    ("On Sept. 8, 2015, he was sentenced.", "On September 8 he was sentenced."),
    ("It happened on Feb. 12.", "It happened on February 12th, 2017."),
])
def test_one_moment_in_two_spellings_meets(a, b):
    assert meet(_one(a), _one(b))


@pytest.mark.parametrize("a, b", [
    ("The shooting happened around 3:30 a.m.", "The shooting happened around 3:50 a.m."),
    ("It happened at 3:30 p.m.", "It happened at 03:30."),
    ("It happened shortly before 10 p.m.", "It happened at 10:45 p.m."),
    ("The July 17 killings in Baton Rouge.", "The killings July 18 in Baton Rouge."),
    ("On Sept. 8, 2015, he was sentenced.", "On Sept. 8, 2016, he was sentenced."),
])
def test_two_moments_do_not_meet(a, b):
    assert not meet(_one(a), _one(b))


@pytest.mark.parametrize("text", [
    "Watch the video 1:58 Human remains found",  # a clip's length, not a time
    "Police said Sept. 26 that the man fled.",  # the day of the report
    "Officers may 8 times have asked.",
    "The score was 21-14 at the half.",
])
def test_what_is_no_stated_moment(text):
    assert times_in(text) == ()


def test_a_time_is_read_with_its_hedge_and_offsets_into_the_text():
    text = "Officers arrived a little after 11am Saturday."
    t, day = times_in(text)
    assert (t.text, text[t.start:t.end], t.kind) == ("a little after 11am", "a little after 11am", "time")
    assert (day.text, text[day.start:day.end], day.kind) == ("Saturday", "Saturday", "weekday")


def test_time_hedges_are_a_table_that_says_where_it_comes_from():
    table = json.loads((Path(viewer.analysis.claims.__file__).parent / "time_hedges.json").read_text(encoding="utf-8"))
    assert "Gun Violence Archive crawl" in table["provenance"]["data"] and table["minute_steps"] == 5
    assert table["provenance"]["command"].startswith("python training/count_time_hedges.py")
    assert "around" in table["about"] and "just before" in table["shortly_before"]


@pytest.mark.parametrize("text, written, weekday, part", [
    ("The shooting happened Tuesday night.", "Tuesday night", 1, "late"),
    ("It happened early Wednesday.", "early Wednesday", 2, "early"),
    ("He was shot in Chicago on Friday.", "Friday", 4, ""),  # a place before it is no name of the day
    ("It happened Sunday, Feb. 12 at the club.", "Sunday, Feb. 12", 6, ""),  # one day, written two ways
    ("It happened on Feb. 12, 2017.", "Feb. 12, 2017", 6, ""),  # the year gives the weekday
])
def test_a_weekday_is_read_with_its_part_of_the_day(text, written, weekday, part):
    t = _one(text)
    assert (t.text, t.weekday, t.part) == (written, weekday, part)


@pytest.mark.parametrize("text", [
    "The store opens Mondays.",  # habitual
    "Police said Monday that the man fled.",  # the day of the report
    "Published Monday, March 3",  # the report's day, both spellings of it
])
def test_what_is_no_weekday_of_an_event(text):
    assert times_in(text) == ()


@pytest.mark.parametrize("a, b, meets", [
    ("on Tuesday", "on Tuesday night", True),
    ("on Tuesday", "on Wednesday", False),
    ("late Tuesday", "early Wednesday", True),
    ("early Tuesday", "late Wednesday", False),  # the early hours do not follow the next night
    ("Tuesday night", "Wednesday morning", True),
    ("on Feb. 14, 2017", "on Tuesday", True),
    ("on Feb. 14, 2017", "on Monday", False),
    ("on Feb. 14", "on Monday", True),  # without its year a date may be any weekday
    ("Sunday, Feb. 12", "Feb. 12", True),
])
def test_days_of_the_week_meet_as_days(a, b, meets):
    assert meet(_one(a), _one(b)) is meets and meet(_one(b), _one(a)) is meets
