"""An identification beside a unit that only says someone was killed or shot is never one claim; beside one that names
the person, or one that identifies too, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import identified_beside_killing, identifies


_IDENTIFIED = "The man killed in a shooting on Elm Street on Saturday has been identified by the Marlow County coroner."


@pytest.mark.parametrize("other, apart", [
    ("A man was killed in a shooting on Elm Street on Saturday.", True),
    ("A man was shot and killed on Elm Street on Saturday, police said.", True),
    ("Police identified the man killed on Elm Street on Saturday.", False),  # both identify
    ("Traffic on Elm Street was closed for hours on Saturday.", False),  # tells no killing
])
def test_an_identification_is_apart_from_a_killing_that_names_no_one(apart_both_ways, other, apart):
    assert apart_both_ways(identified_beside_killing, _IDENTIFIED, other) == (apart, apart)


def test_a_killing_that_names_the_person_identified_is_not_apart(sentence_unit):
    named = sentence_unit("Police identified the man killed on Elm Street as Daniel Okafor, 31.")
    killed = sentence_unit("Daniel Okafor, 31, was shot and killed on Elm Street on Saturday.")
    assert not identified_beside_killing(named, killed)


def test_a_denied_identification_identifies_no_one(sentence_unit):
    assert not identifies(sentence_unit("The man killed on Elm Street has not been identified."))
    assert identifies(sentence_unit("Police named the man killed on Elm Street."))



_FIRST = ("The man killed in a shooting on Elm Street in Marlow on Saturday night has been identified by the Marlow "
          "County coroner's office. He was 31.")
_SECOND = "A man was killed in a shooting on Elm Street in Marlow on Saturday night. Police have made no arrests."


def test_the_identification_and_the_killing_are_not_linked(kept_apart_by):
    assert kept_apart_by("identified_beside_killing", _FIRST, _SECOND, "coroner")


@pytest.mark.parametrize("text, identifying", [
    ("Marlow County coroner IDs man who died in Elm Street shooting", True),  # a headline read as a noun phrase
    ("The names of the two men were released by the Marlow County sheriff's office on Monday.", True),
    ("The coroner's office will release the identity of the man killed on Elm Street.", True),
    ("A man was shot and killed on Elm Street on Saturday night.", False),
    ("A man named Cole was shot on Elm Street.", False),  # "named" inside the subject tells who, not that he was named
    # The parse hangs the identification from the shooting ("shot" its root); the clause is the sentence's own.
    ("A 17-year-old boy fatally shot on Elm Street Wednesday night was identified by authorities Friday as Daniel "
     "Okafor.", True),
    ("The man, who was identified as Daniel Okafor, was arrested.", False),  # a relative clause tells who
    ("A man identified as Daniel Okafor was shot on Elm Street.", False),  # so does a noun's participle
    ("Police ID man killed in Elm Street shooting as Daniel Okafor", True),  # a headline's "ID" taken for a noun
    ("Man killed in Elm Street shooting ID'ed", True),
    ("Man with fake ID arrested at Elm Street bar", False),  # the card
    ("Police seek ID of Elm Street gunman", False),
])
def test_the_stored_reading_finds_identifications_the_acts_miss(sentence_unit, text, identifying):
    assert sentence_unit(text).identifies == identifying


def test_a_headline_identification_is_apart_from_the_killing(sentence_unit):
    headline = sentence_unit("Marlow County coroner IDs man who died in Elm Street shooting")
    assert not headline.acts  # the acts alone do not see it
    assert identified_beside_killing(headline, sentence_unit("A man was shot and killed on Elm Street on Saturday."))


def test_the_police_force_both_name_is_no_shared_person(sentence_unit):
    ident = sentence_unit("Marlow Police have identified the victim of a homicide as a 15-year-old boy.")
    killed = sentence_unit("Marlow police say a 15-year-old boy was shot and killed Thursday night.")
    assert "marlow" in set(ident.names) & set(killed.names)  # both name the force, neither the boy
    assert identified_beside_killing(ident, killed)


def test_a_unit_stored_before_is_read_by_its_acts(sentence_unit):
    stored = sentence_unit("Marlow County coroner IDs man who died in Elm Street shooting").to_json()
    for key in ("identifies", "places", "persons"):
        del stored[key]
    older = UnitFeatures.from_json(stored)
    assert not older.identifies and not identifies(older)
    assert identifies(UnitFeatures.from_json(sentence_unit(_IDENTIFIED).to_json()))


def test_an_identification_the_parse_hangs_from_the_shooting_is_apart_from_it(sentence_unit):
    identified = sentence_unit("A 17-year-old boy fatally shot on Elm Street Wednesday night was identified by "
                               "authorities Friday as Daniel Okafor.")
    assert identified.acts == ["shoot"]  # the main verbs hold only the shooting
    killed = sentence_unit("A 17-year-old boy was fatally shot on Elm Street Wednesday night, police said.")
    assert identified_beside_killing(identified, killed)
