"""An attribute of a thing of the shooting (its gun, its motive) told as a unit's subject is never one claim with a unit
that tells the shooting and not that attribute; beside one telling the attribute too, or the reason itself, it can
be; and a unit whose own act is the shooting tells no attribute."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.attributes import attribute_beside_act, incident_things, stated_attribute
from viewer.analysis.claims.features import UnitFeatures


_LEGAL = "The gun used in the shooting of a Marlow boy, 7, was legally bought, police said Friday."


@pytest.mark.parametrize("other, apart", [
    ("Police say a 7-year-old Marlow boy found a gun in a closet and accidentally shot himself.", True),
    ("A 7-year-old boy was recovering Friday after he accidentally shot himself in Marlow.", True),
    ("Police said the boy's father had legally bought the gun last year.", False),  # tells the attribute too
    ("The boy's school in Marlow will stay open on Friday.", False),  # tells no shooting
])
def test_an_attribute_is_apart_from_a_shooting_that_does_not_tell_it(apart_both_ways, other, apart):
    assert apart_both_ways(attribute_beside_act, _LEGAL, other) == (apart, apart)


def test_a_reason_named_on_both_sides_is_no_attribute_beside_the_act(sentence_unit):
    unclear = sentence_unit("The motive for the shooting on Elm Street remains unclear.")
    assert unclear.attribute[0] == "motive"
    assert not attribute_beside_act(unclear, sentence_unit("Investigators have not released a motive for the killing."))
    assert attribute_beside_act(unclear, sentence_unit("A man was shot and killed on Elm Street on Sunday."))


def test_the_shooting_told_as_the_act_or_a_thing_without_it_is_no_attribute(nlp):
    def read(text):
        doc = nlp(text)
        return stated_attribute(doc[:])

    assert read("Cops: Gun in accidental shooting of boy, 9, was legal")[:2] == ["gun", "legal"]
    assert read("The gun was legal, police said.") == []  # no shooting in its subject
    assert read("The gun used in the robbery killed a clerk.") == []  # the act itself
    assert read("A man shot his neighbor with a gun that was legal.") == []


def test_the_table_holds_the_weapon_and_the_reason_counted_and_no_person_or_stage():
    assert {"gun", "motive"} <= incident_things()
    assert not {"victim", "suspect", "investigation", "cause", "shooting"} & incident_things()


def test_units_stored_before_tell_no_attribute():
    assert UnitFeatures.from_json({"terms": ["gun"]}).attribute == []


_FIRST = ("The gun used in the shooting of a Marlow boy, 7, was legally bought, police said Friday. The father kept it "
          "in a closet.")
_SECOND = ("Police say a 7-year-old Marlow boy found a gun in a closet and accidentally shot himself in the hand "
           "Thursday. He is expected to recover.")


def test_the_attribute_and_the_shooting_are_not_linked(kept_apart_by):
    assert kept_apart_by("attribute_beside_act", _FIRST, _SECOND, "legally")
