"""A unit saying how many of a thing there were is not known is never one claim with a unit counting that thing; beside
another unit not knowing, or a count of something else, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.unknown_counts import not_knowing_words, unknown_beside_count, unknown_counts

_UNKNOWN = "It is unclear at this stage how many Americans were on board the Qatar Airways flight."


@pytest.mark.parametrize("text, things", [
    (_UNKNOWN, ["united states"]),
    ("It was not known how many suspects were involved, or what the motive was.", ["suspect"]),
    ("She would not say how many victims are still in the hospital.", ["victim"]),
    ("The number of people injured is not yet known.", ["people"]),
    ("There is no word on how many people were hurt.", ["people"]),
    ("Hammond was found with an unknown number of gunshot wounds.", ["wound"]),
    # a count asked, said or known: nothing is said to be unknown
    ("Police said how many people were shot.", []),
    ("Police know how many shots were fired.", []),
    # "many" that asks nothing
    ("It is unclear why the gunman fired at the crowd, which held many people.", []),
])
def test_the_things_whose_number_the_unit_says_is_not_known(nlp, text, things):
    assert unknown_counts(nlp(text)[:]) == things


@pytest.mark.parametrize("other, apart", [
    ("150 Americans to board Qatar commercial flight out of Kabul: officials", True),
    # another unit not knowing, a count of another thing
    ("Officials did not say how many Americans would board the flight.", False),
    ("The Qatar Airways flight left Kabul with 200 passengers on board.", False),
])
def test_a_count_not_known_is_apart_from_the_count_given(apart_both_ways, other, apart):
    assert apart_both_ways(unknown_beside_count, _UNKNOWN, other) == (apart, apart)


def test_a_unit_giving_a_least_count_of_what_it_does_not_know_is_not_apart(apart_both_ways):
    """"did not know how many … but more than one" gives a count the other's may be."""
    unknowing = "Police did not know how many men were in the car but think there was more than one man."
    assert apart_both_ways(unknown_beside_count, unknowing, "Two men were in the car, police said.") == (False, False)


def test_the_words_of_not_knowing_are_the_open_questions_table_read_alone_or_denied():
    alone, denied = not_knowing_words()
    assert {"unclear", "unknown"} <= alone
    assert {"clear", "know", "word"} <= denied
