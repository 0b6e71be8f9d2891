"""Two units naming different neighbourhoods tell two shootings (a round-up's, or two nights'), so are never one
claim; one neighbourhood named more or less wholly, or spelt two ways, is one."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.neighbourhoods import neighbourhoods_apart, stated_neighbourhoods


@pytest.mark.parametrize("text, names", [
    ("A 15-year-old boy was shot in the Lawndale neighborhood at 12:08 a.m.", ["lawndale"]),
    ("Five people were shot at a bus stop in Chicago's Park Manor neighborhood.", ["park manor"]),
    ("In the West Side's Humboldt Park neighborhood, a man was shot in the leg.", ["humboldt park"]),
    ("The Austin neighbourhood was quiet on Sunday.", ["austin"]),
    ("Shots were fired in the Austin and Humboldt Park neighborhoods.", []),  # a list of several is not read
    ("A man was shot on Elm Street.", []),
    ("Shots rang out in a quiet neighborhood.", []),  # no name
    ("NEIGHBORHOOD WATCH MEETS", []),
    ("", []),
])
def test_the_neighbourhood_a_sentence_names_is_read_after_any_possessive(text, names):
    assert stated_neighbourhoods(text) == names


@pytest.mark.parametrize("a, b, apart", [
    (["lawndale"], ["park manor"], True),
    (["south austin"], ["austin"], False),  # the neighbourhood or the one round it
    (["kelvin park"], ["kelvyn park"], False),  # one name spelt two ways
    (["lawndale"], [], False),  # one side names none
])
def test_names_are_apart_when_none_is_one_of_the_other(a, b, apart):
    assert neighbourhoods_apart(a, b) == apart


def test_units_stored_before_name_no_neighbourhood():
    assert UnitFeatures.from_json({"terms": ["shoot"]}).neighbourhoods == []


_FIRST = ("Three people were shot across the city on Monday. About 9:10 p.m., a 15-year-old boy was shot in the leg in "
          "the Lawndale neighborhood and taken to Mount Sinai Hospital in good condition.")
_SECOND = ("A teenager was wounded Monday night. About 9:15 p.m., a 15-year-old boy was shot in the leg in the Park "
           "Manor neighborhood and taken to Mount Sinai Hospital in good condition.")


def test_two_neighbourhoods_shootings_are_not_linked(kept_apart_by):
    assert kept_apart_by("neighbourhoods_apart", _FIRST, _SECOND, "Lawndale")
