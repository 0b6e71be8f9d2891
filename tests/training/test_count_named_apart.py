"""The named-people counter reads the people each report names with an age and calls two reports apart when neither
writes a surname the other so names."""
from __future__ import annotations

from training.count_named_apart import apart, named


def test_reports_naming_different_people_are_apart_and_a_shared_surname_is_not():
    mother = named("Detroit mom charged", "Latasha Lum, 30, was charged after her son shot himself.")
    father = named("Father arraigned", "Decovier English, 31, was arraigned after his son shot himself.")
    follow_up = named("Charges in boy's shooting", "Marcus Reed, 22, was charged with shooting the son of Latasha "
                      "Garcia-Lum.")
    assert mother.surnames == frozenset({"lum"})
    assert apart(mother, father) == "apart"
    assert apart(mother, follow_up) == "alike"
    assert apart(mother, named("A boy was shot", "A boy was shot on Monday.")) == "unknown"
