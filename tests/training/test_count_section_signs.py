"""The section signs counter gathers each clock section's streets, neighbourhoods and sexes, and classes close pairs
by them and by `clock.places_apart`."""
from __future__ import annotations

from training.count_clock_sections import sections
from training.count_section_signs import rule_class, section_signs, shape, sign_class

TWO = ("Two men were killed in two shootings on Monday night. About 9 p.m., a man was shot in the 8600 block of South "
       "Maryland Avenue in the Chatham neighborhood. About 10:30 p.m., a woman was shot in the 7600 block of South "
       "Normal Avenue.")


def test_each_section_gathers_its_streets_neighbourhoods_and_sexes():
    told = sections(TWO)
    signs = section_signs(told)
    nine, half_past_ten = told[1][2], told[2][2]
    assert signs[nine]["street"] == {"maryland"} and signs[nine]["neighbourhood"] == {"chatham"}
    assert signs[nine]["sex"] == {"male"} and signs[half_past_ten]["sex"] == {"female"}
    assert shape(told) == "two sections"


def test_signs_are_apart_alike_or_not_both_given():
    assert sign_class("sex", frozenset({"male"}), frozenset({"female"})) == "apart"
    assert sign_class("street", frozenset({"maryland"}), frozenset({"maryland"})) == "alike"
    assert sign_class("neighbourhood", frozenset(), frozenset({"chatham"})) == "not both"


def test_close_pairs_are_classed_by_places_apart():
    nine, ten = (frozenset({1260}), frozenset()), (frozenset({1350}), frozenset())
    assert rule_class(nine, ten, frozenset({"maryland"}), frozenset({"normal"})) == "places apart"
    assert rule_class(nine, ten, frozenset({"maryland"}), frozenset({"maryland"})) == "times apart only"
    assert rule_class(nine, nine, frozenset({"maryland"}), frozenset({"normal"})) == "times alike or untimed"
