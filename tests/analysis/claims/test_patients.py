"""Two units telling one kind of act done to people they name, with no name shared, tell it of different people (the
same charge laid against two men), so are never one claim; a report naming two men for it and one naming one of them
share a name and may be one claim."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.patients import act_kind, patients_apart

_TWO = "Police charged Jackson and Strong with assault with a deadly weapon on Friday."


def _apart(one: UnitFeatures, other: UnitFeatures) -> bool:
    return patients_apart(one.patients, other.patients)


@pytest.mark.parametrize("text, patients", [
    (_TWO, [["stage", "iackson", "strong"]]),  # the object, with the name listed beside it
    ("Patrick Christopher Rucker was arrested for assault.", [["stage", "christopher", "patrick", "rucker"]]),
    ("Tyreke Borel, 17, was shot and killed during the parade.", [["harm", "borel", "tireke"]]),
    ("Police have not charged Patrick Rucker.", []),  # a denied act is done to no one
    ("Sheriff John Miller said the shooting was an accident.", []),  # who says it is done nothing to
    ("UPDATE: Man Sentenced to at Least 7 Years in Prison", []),  # title case: "Man" read as a name
    # the parse makes "Miller" a second passive subject beside "grandson": a misparse is read as naming no one
    ("The grandson of Ohio U.S. Rep. John Miller was fatally shot in a home invasion in Dayton, police said.", []),
])
def test_the_people_an_act_is_done_to_are_read_by_role(sentence_unit, text, patients):
    assert sentence_unit(text).patients == patients


@pytest.mark.parametrize("act, kind", [("charge", "stage"), ("arrest", "stage"), ("shoot", "harm"), ("kill", "harm"),
                                       ("find", "find")])
def test_acts_are_compared_by_kind(act, kind):
    assert act_kind(act) == kind


@pytest.mark.parametrize("other, apart", [
    ("Patrick Christopher Rucker was arrested for assault with a deadly weapon.", True),  # another man, one kind
    ("Shelby police arrested Robert Strong III, 23, on Friday.", False),  # one of the two
    ("Police charged Jakson with assault with a deadly weapon on Friday.", False),  # one name spelt two ways
    ("Officers found Patrick Rucker at a home on Elm Street.", False),  # another kind of act
    ("The suspects were charged with assault with a deadly weapon.", False),  # names no one
])
def test_one_kind_of_act_done_to_people_sharing_no_name_is_apart(apart_both_ways, other, apart):
    assert apart_both_ways(_apart, _TWO, other) == (apart, apart)


def test_units_stored_before_name_no_patients():
    assert UnitFeatures.from_json({"terms": ["charge"]}).patients == []


_CHARGE = ("charged with assault with a deadly weapon with intent to kill inflicting serious injury and "
           "discharging a firearm into occupied property.")
_FIRST = ("A 4-year-old girl was shot in a drive-by shooting on Monday night in Shelby, police said. The girl was "
          "taken to a hospital in Charlotte. Robert Strong was " + _CHARGE)
_SECOND = ("Police in Shelby said a 4-year-old girl was shot Monday night in a drive-by shooting. She was taken to a "
           "Charlotte hospital. Patrick Rucker was " + _CHARGE)


def test_one_charge_of_two_men_is_not_linked(kept_apart_by):
    assert kept_apart_by("patients_apart", _FIRST, _SECOND, "Rucker")


_BURGLARY = "charged with murder and first-degree burglary in the shooting death of a man in Ardmore on Monday."
_NAMED = ("A man was shot and killed during a burglary in Ardmore on Monday, police said. Police arrested two men. "
          "Lamont Wilkerson was " + _BURGLARY)
_PRONOUN = ("Police in Ardmore said a man was shot and killed during a burglary on Monday. Officers arrested Ronald "
            "Staley at a home nearby. He is " + _BURGLARY)


def test_a_pronoun_patient_is_the_person_it_stands_for(sentence_unit):
    assert sentence_unit("Ronald Staley fled the house. He is " + _BURGLARY).patients == [["stage", "ronald", "stalei"]]
    assert sentence_unit("The suspect fled the house. He is " + _BURGLARY).patients == []


def test_one_charge_of_a_named_man_and_of_another_told_by_pronoun_is_not_linked(kept_apart_by):
    assert kept_apart_by("patients_apart", _NAMED, _PRONOUN, "He is charged")
