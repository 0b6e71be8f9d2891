"""Dates a unit states: the years and months that tell two happenings apart."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.dates import dates_conflict, stated_dates


@pytest.mark.parametrize("sentence, years, months", [
    ("In June 2012, a small quake struck one mile north of the dam.", [2012], [6]),
    ("The last quake that size occurred on Dec. 30, three miles east of the dam.", [], [12]),
    ("He was first imprisoned in February 1979 on three burglary charges.", [1979], [2]),
    ("Between 1991 and 1998 he was in and out of prison until June 1999.", [1991, 1998, 1999], [6]),
    ("The 2008-09 season was supposed to be a good one for the club.", [2008, 2009], []),
    # the date of the saying, not of what was said
    ("The two parties will stand in the election, the agency reported September 26.", [], []),
    ("The minister said on May 3 that the talks were over.", [], []),
    # a date of something the unit names, not of what it tells
    ("The actress, who shot to fame in the 1999 movie American Pie, checked in last week.", [], []),
    ("The team lost and kept its grip on the first pick in the 2013 draft.", [], []),
    ("The navy thwarted the attack, its fifth successful operation since September.", [], []),
    # no calendar date: a weekday, a decade, a modal "May", a march
    ("The bridge reopened on Sunday after repairs.", [], []),
    ("In the 1990s the town grew quickly.", [], []),
    ("May I ask what the council decided?", [], []),
    ("The protest march reached the square at noon.", [], []),
    ("", [], []),
])
def test_stated_dates_are_the_calendar_dates_of_what_is_told(nlp, sentence, years, months):
    assert stated_dates(nlp(sentence)[:]) == (years, months)


@pytest.mark.parametrize("a, b, conflict", [
    (([2012], [6]), ([], [12]), True),  # June 2012 against a December
    (([1979], [2]), ([1984], [5]), True),
    (([1991, 1998, 1999], [6]), ([1999], []), False),  # a year both name
    (([2012], [6]), ([2012], [6]), False),
    (([2012], [6]), ([2012], []), False),  # no month on one side
    (([2012], []), ([], [6]), False),  # a year against a month: nothing to compare
    (([], []), ([1979], [2]), False),  # undated
])
def test_two_units_dated_apart_are_never_one_claim(a, b, conflict):
    assert dates_conflict(*a, *b) is conflict
    assert dates_conflict(*b, *a) is conflict
