"""A unit telling where each of several people was hit, fewer than another unit counts shot, tells another fact than
the toll, so the two are never one claim; one wounded person, or as many as the toll, may be part of it and is not held
apart."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.wound_tolls import wounds_beside_toll

_TWO_WOUNDS = "One man was shot in the chest, one man was shot in the leg."


@pytest.mark.parametrize("toll, apart", [
    ("Three men and one woman were shot, all in their early 20s.", True),  # the group counted
    ("Four people were wounded outside a catering hall.", True),
    ("Two people were killed and seven others were wounded.", True),  # the killed and the wounded together
    ("Two men were shot outside a catering hall.", False),  # as many as the wounds told
    ("Police said the man was shot in the arm.", False),  # a wound on both sides: `wounds_apart` reads those
    ("Police are searching for the gunman.", False),  # no toll
])
def test_wounds_of_two_people_beside_a_toll(apart_both_ways, toll, apart):
    assert apart_both_ways(wounds_beside_toll, _TWO_WOUNDS, toll) == (apart, apart)


@pytest.mark.parametrize("wounds, apart", [
    ("A man was shot in the leg.", False),  # one person: maybe one the toll counts
    ("A 15-year-old boy was shot in the right foot and three 14-year-old boys were each shot in the left leg.", False),
    ("Four people were shot: one man in the chest, one in the leg, a woman in the arm and a boy in the foot.", False),
    ("A 28-year-old man was shot in the leg and a 51-year-old woman was shot in the abdomen.", True),
])
def test_the_people_the_wounds_are_told_of_are_counted(apart_both_ways, wounds, apart):
    toll = "Four people were wounded in the shooting."
    assert apart_both_ways(wounds_beside_toll, wounds, toll) == (apart, apart)


_TOLL = ("Four people were shot outside a catering hall in Brooklyn on Sunday night, police said. Three men and one "
         "woman were shot outside the catering hall in Brooklyn, all in their early 20s.")
_WOUNDS = ("A shooting outside a catering hall in Brooklyn left four people hurt on Sunday night. One man was shot outside "
           "the catering hall in Brooklyn in the chest, one man was shot outside the catering hall in the leg.")


def test_the_wounds_of_two_are_not_linked_with_the_toll_of_four(kept_apart_by):
    assert kept_apart_by("wounds_beside_toll", _TOLL, _WOUNDS, "chest")
