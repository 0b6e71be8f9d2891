"""Two units each telling one wounded person hit in no region of the body in common are never one claim; parts of one
region ("the leg", "the right thigh"), a unit telling several wounded people, or opposite sides are read as they are."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.wounds import regions, wounds_apart


@pytest.mark.parametrize("text, wounds", [
    ("A 25-year-old man was shot in the buttocks.", [["hip"]]),
    ("He was struck in the right buttocks and was taken to a hospital.", [["right hip"]]),
    ("The boy was shot in the back of the head.", [["head"]]),  # the head, not the back
    ("The woman was taken to a hospital with gunshot wounds to the hand and chest.", [["arm", "torso"]]),
    ("An 18-year-old was shot in the back and a 22-year-old was shot in the face.", [["torso"], ["head"]]),
    ("The girl was riding in the back seat of the car when she was hit.", []),
])
def test_each_wounded_person_is_read_with_the_regions_hit(sentence_unit, text, wounds):
    assert sentence_unit(text).wounds == wounds


@pytest.mark.parametrize("first, second, apart", [
    ("A 25-year-old man was shot in the buttocks.", "A 25-year-old man was shot in the back.", True),
    ("A 30-year-old woman was shot in the left arm.", "A 30-year-old woman was shot in the right arm.", True),
    ("A 25-year-old man was shot in the leg.", "A 25-year-old man was shot in the right thigh.", False),  # one region
    ("A 7-year-old boy was shot in the face.", "A 7-year-old boy was shot in the head.", False),
    ("A 30-year-old woman was shot in the arm.", "A 30-year-old woman was shot in the left arm.", False),
    ("A 12-year-old boy was shot in the leg and a 15-year-old boy in the buttocks.",
     "A 15-year-old boy was shot in the buttocks.", False),  # the first tells two people
    ("A 25-year-old man was shot in the buttocks.", "A 25-year-old man was shot on Elm Street.", False),  # no part
])
def test_one_person_each_hit_in_no_common_region_is_apart(apart_both_ways, first, second, apart):
    assert apart_both_ways(wounds_apart, first, second) == (apart, apart)


def test_the_table_puts_neighbouring_parts_in_one_region():
    table = regions()
    assert table["thigh"] == table["leg"] and table["face"] == table["head"] and table["buttocks"] != table["back"]
    assert set(table["shoulder"]) == {"torso", "arm"}


_FIRST = ("Two men were shot on Elm Street in Marlow on Saturday night, police said. A 25-year-old man was shot in the "
          "buttocks and taken to Marlow General Hospital in good condition.")
_SECOND = ("Two men were shot on Elm Street in Marlow on Saturday night, police said. A 25-year-old man was shot in the "
           "back and taken to Marlow General Hospital in good condition.")


def test_two_wounded_men_of_one_shooting_are_not_linked(kept_apart_by):
    assert kept_apart_by("wounds_apart", _FIRST, _SECOND, "buttocks")


def test_a_unit_giving_several_ages_tells_several_people(sentence_unit):
    several = sentence_unit("A 20-year-old man shot in the groin was taken to a hospital along with a 21-year-old man.")
    assert not wounds_apart(several, sentence_unit("A 21-year-old man was hit in his left arm."))
