"""A unit telling of one more person ("a fifth person", "a third man") than the two or more people another unit counts
tells of someone else, so the two are never one claim; a group counted as many as the rank, or one person alone, may
hold the newcomer and is not held apart."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.newcomers import newcomer_beside_fewer


@pytest.mark.parametrize("text, rank", [
    ("A fourth suspect has been arrested in relation to the drive-by shooting.", 4),
    ("A fifth person with a gunshot wound was found later at an area hospital, Hoxmeier said.", 5),
    ("Police say a fourth victim, a female, showed up to the hospital overnight.", 4),  # what the police say
    ("Officers took a fifth person into custody for questioning on Thursday.", 5),  # the object
    ("The second man was 21 years old.", 0),  # "the": one of people told of before
    ("Police received a second call about a person shot.", 0),  # a call is no person
    ("Another male and a second female occupant were taken into custody.", 0),  # two people
    ("It was the third time the store was robbed.", 0),
    ("Another person was taken to the hospital in critical condition.", 1),  # one more, of a rank untold
])
def test_one_more_person_is_read_from_an_ordinal_with_a(sentence_unit, text, rank):
    assert sentence_unit(text).newcomer == rank


@pytest.mark.parametrize("text, size", [
    ("The four victims were transported to local hospitals with non-life threatening wounds.", 4),
    ("Two Minneapolis men are being charged with nine counts of first-degree assault.", 2),  # the number before a name
    ("Both men are charged with assault with a deadly weapon.", 2),
    ("McAllister and Marquise Frederick, both 19, are charged with attempted murder.", 2),
    ("Police charged Jackson and Strong with assault.", 2),  # the object
    ("The man and woman were treated by county paramedics on scene.", 2),
    ("The victims were transported to local hospitals.", 0),  # not counted
    ("A man was shot while injuring six bystanders.", 0),  # the six are not whom the main act is told of
    ("Three shots were fired at the building.", 0),  # no people
    ("Inside, police found two men and a woman, all of them dead.", 3),
    ("At least three people were taken to the hospital.", 0),  # not exactly
    ("Witnesses said a red Dodge Charger and a gray Ford Explorer were seen speeding away.", 0),  # names of cars
])
def test_the_people_a_main_act_is_told_of_are_counted(sentence_unit, text, size):
    assert sentence_unit(text).group == size


@pytest.mark.parametrize("other, apart", [
    ("The four victims were transported to local hospitals with non-life threatening wounds.", True),
    ("Two men were taken to local hospitals with non-life threatening wounds.", True),
    ("Five people were taken to local hospitals with non-life threatening wounds.", False),  # may hold the fifth
    ("One man was taken to a local hospital with non-life threatening wounds.", False),  # may be the fifth
    ("The victims were taken to local hospitals with non-life threatening wounds.", False),  # not counted
    ("Four men were shot, and a fifth person was found at a local hospital with non-life threatening wounds.", False),
    ("Four people were found dead and another person was found at a local hospital.", False),  # the fifth, untold
])
def test_one_more_person_beside_fewer_counted_is_apart(apart_both_ways, other, apart):
    newcomer = "A fifth person with non-life threatening wounds was found later at a local hospital."
    assert apart_both_ways(newcomer_beside_fewer, newcomer, other) == (apart, apart)


def test_units_stored_before_tell_of_no_newcomer():
    stored = UnitFeatures.from_json({"terms": ["charge"]})
    assert (stored.newcomer, stored.group) == (0, 0)


_THIRD = ("A shooting in downtown Minneapolis on Saturday injured six people, police said. A third person has now been "
          "charged with first-degree assault in connection to the shooting in downtown Minneapolis.")
_TWO = ("Six bystanders were injured in a shooting in downtown Minneapolis on Saturday, police said. Two Minneapolis "
        "men have now been charged with first-degree assault in connection to the shooting in downtown Minneapolis.")


def test_a_third_person_charged_is_not_linked_with_the_two_men_charged(kept_apart_by):
    assert kept_apart_by("newcomer_beside_fewer", _THIRD, _TWO, "third")
