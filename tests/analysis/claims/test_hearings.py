"""A unit telling a court hearing (an appearance in court, an arraignment) is never one claim with a unit telling only
the arrest before it; beside a charge, a court word or a hearing told with the arrest, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.hearings import hearing_beside_arrest, tells_custody, tells_hearing

_HEARING = "A man accused of a double murder at a Marlow house party appeared in court Tuesday."


@pytest.mark.parametrize("other, apart", [
    ("A man was arrested in connection with the double murder at a Marlow house party.", True),
    ("The man was booked into the Marlow County Jail on two counts of murder.", True),
    # a charge is told at the arraignment too (judged P): only the custody is another stage
    ("A man was charged with the double murder at a Marlow house party.", False),
    # the other tells a court too
    ("A man arrested in the double murder at a Marlow house party will appear before a judge.", False),
    # a denied arrest tells none
    ("No one has been arrested in the double murder at a Marlow house party.", False),
])
def test_a_hearing_is_apart_from_the_arrest_before_it(apart_both_ways, other, apart):
    assert apart_both_ways(hearing_beside_arrest, _HEARING, other) == (apart, apart)


@pytest.mark.parametrize("text, hearing", [
    ("The Marlow man was arraigned Monday on two counts of murder.", True),
    ("The Marlow man appeared in juvenile court Tuesday afternoon.", True),
    ("The Marlow man appeared calm when officers arrived.", False),  # an appearance is no hearing without a court
    ("The Marlow man was arrested and arraigned on Monday.", False),  # tells the arrest too
])
def test_a_hearing_is_an_arraignment_or_an_appearance_in_court(sentence_unit, text, hearing):
    assert tells_hearing(sentence_unit(text)) == hearing


def test_custody_is_an_arrest_a_booking_or_being_taken_into_custody(sentence_unit):
    assert tells_custody(sentence_unit("The Marlow man was taken into custody on Sunday."))
    assert not tells_custody(sentence_unit("The Marlow man was arrested after a jury found him guilty."))


_FIRST = ("Man arrested in Marlow house party murders\n\nA man was arrested Sunday in connection with the double murder "
          "at a northeast Marlow house party in 2013.")
_SECOND = ("Marlow man in court\n\nA man accused of a double murder at a northeast Marlow house party in 2013 appeared in "
           "court Tuesday.")


def test_the_hearing_and_the_arrest_are_not_linked(kept_apart_by):
    assert kept_apart_by("hearing_beside_arrest", _FIRST, _SECOND, "appeared")
