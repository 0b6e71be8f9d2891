"""The lede-ages counter reads the ages a report's lede gives people it does not name (and named ones) and calls two
ledes apart when no age of one is within a year of one of the other."""
from __future__ import annotations

from training.count_lede_ages import ages_apart, lede_ages, readings


def test_two_boys_of_two_ages_are_apart_and_a_year_is_not():
    mother = lede_ages(["Detroit mom charged in son's shooting", "Latasha Lum, 30, was charged after her 4-year-old son "
                        "shot himself in the leg."])
    father = lede_ages(["Father arraigned after boy shoots self", "A father was arraigned Thursday after his 6-year-old "
                        "son shot himself in the right hand."])
    assert mother == (frozenset({4}), frozenset({30}))
    assert readings(mother, father)["unnamed"] == "apart"
    assert ages_apart(frozenset({16}), frozenset({17})) == "alike"
    assert ages_apart(frozenset(), frozenset({17})) == "unknown"
