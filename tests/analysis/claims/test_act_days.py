"""The days of the month a unit dates its main acts to: dated steps of one case are two claims."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.act_days import act_days_apart

_IDENTIFIED = ("On February 11, detectives from the Robbery Unit identified five suspects involved in a home invasion "
               "which occurred at a residence in the 7900 block of Deward Ct in Manassas on January 22.")
_WARRANTS = ("On February 18, detectives from the Robbery Unit obtained warrants for a sixth suspect involved in a home "
             "invasion which occurred at a residence in the 7900 block of Deward Ct in Manassas on January 22.")
_RESPONDED = "On January 22 at 7:00PM, officers responded to the 7900 block of Deward Ct in Manassas to investigate."


@pytest.mark.parametrize("sentence, days", [
    (_IDENTIFIED, [211]),  # the relative clause's January 22 dates the invasion, not the identification
    (_RESPONDED, [122]),
    ("Police arrested Jason Hill on Feb. 3 after a short chase.", [203]),
    ("Jason Hill was arrested Feb. 3, 2017, after a short chase.", [203]),
    ("Detectives located and arrested two of the suspects on March 13.", [313]),
    # a span, not the act's day; the date of the saying; a date of a noun; no day of the month
    ("Hill has been held since February 3 at the county jail.", []),
    ("Hill must appear in court by March 13.", []),
    ("Police said on March 2 that Hill was arrested after a short chase.", []),
    ("Hill, who was arrested on February 3, appeared in court.", []),
    ("Hill was arrested in February after a short chase.", []),
    ("Hill was arrested on Tuesday after a short chase.", []),
])
def test_act_days_are_the_days_of_the_main_acts(sentence_unit, sentence, days):
    assert sentence_unit(sentence).act_days == days


@pytest.mark.parametrize("one, other, apart", [
    (_IDENTIFIED, _WARRANTS, True),
    (_IDENTIFIED, _RESPONDED, True),
    (_WARRANTS, _RESPONDED, True),
    (_IDENTIFIED, _IDENTIFIED.replace("five", "four"), False),
    (_IDENTIFIED, "Detectives from the Robbery Unit identified five suspects involved in a home invasion.", False),
])
def test_acts_dated_to_two_days_are_apart(apart_both_ways, one, other, apart):
    assert apart_both_ways(act_days_apart, one, other) == (apart, apart)


_FIRST = ("Two caught in Manassas home invasion\n\nFrom Prince William police:\n\n" + _IDENTIFIED
          + " Attempts to locate the remaining suspects have been unsuccessful.")
_SECOND = ("Sixth suspect sought in Manassas home invasion\n\nFrom Prince William police:\n\n" + _WARRANTS
           + " Attempts to locate the remaining suspects have been unsuccessful.")


def test_two_dated_steps_of_one_case_are_not_linked(kept_apart_by):
    assert kept_apart_by("act_days_apart", _FIRST, _SECOND, "On February 11")
