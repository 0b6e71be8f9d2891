"""An identification beside a unit that only says someone was killed or shot is never one claim; beside one that names
the person, or one that identifies too, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import verifier
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import identified_beside_killing, identifies
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.units import unit_features
from viewer.corpus.spans import Span


def _features(nlp, text: str):
    return unit_features(nlp(text), Span(0, len(text)))


_IDENTIFIED = "The man killed in a shooting on Elm Street on Saturday has been identified by the Marlow County coroner."


@pytest.mark.parametrize("other, apart", [
    ("A man was killed in a shooting on Elm Street on Saturday.", True),
    ("A man was shot and killed on Elm Street on Saturday, police said.", True),
    ("Police identified the man killed on Elm Street on Saturday.", False),  # both identify
    ("Traffic on Elm Street was closed for hours on Saturday.", False),  # tells no killing
])
def test_an_identification_is_apart_from_a_killing_that_names_no_one(nlp, other, apart):
    assert identified_beside_killing(_features(nlp, _IDENTIFIED), _features(nlp, other)) == apart
    assert identified_beside_killing(_features(nlp, other), _features(nlp, _IDENTIFIED)) == apart


def test_a_killing_that_names_the_person_identified_is_not_apart(nlp):
    named = _features(nlp, "Police identified the man killed on Elm Street as Daniel Okafor, 31.")
    killed = _features(nlp, "Daniel Okafor, 31, was shot and killed on Elm Street on Saturday.")
    assert not identified_beside_killing(named, killed)


def test_a_denied_identification_identifies_no_one(nlp):
    assert not identifies(_features(nlp, "The man killed on Elm Street has not been identified."))
    assert identifies(_features(nlp, "Police named the man killed on Elm Street."))


def _joined(parsed, first: str, second: str) -> bool:
    """Whether a claim holds both reports' sentences: the identification and the killing."""
    texts = {1: first, 2: second}
    units = claim_units(parsed(first, document_id=1)) + claim_units(parsed(second, document_id=2))
    return any({m.document for m in c.mentions} == {1, 2} and any("coroner" in m.text for m in c.mentions)
               for c in link_claims(units, texts))


_FIRST = ("The man killed in a shooting on Elm Street in Marlow on Saturday night has been identified by the Marlow "
          "County coroner's office. He was 31.")
_SECOND = "A man was killed in a shooting on Elm Street in Marlow on Saturday night. Police have made no arrests."


def test_the_identification_and_the_killing_are_not_linked(parsed, monkeypatch):
    assert not _joined(parsed, _FIRST, _SECOND)
    monkeypatch.setattr(verifier, "identified_beside_killing", lambda a, b: False)
    assert _joined(parsed, _FIRST, _SECOND)  # the veto is what keeps them apart


@pytest.mark.parametrize("text, identifying", [
    ("Marlow County coroner IDs man who died in Elm Street shooting", True),  # a headline read as a noun phrase
    ("The names of the two men were released by the Marlow County sheriff's office on Monday.", True),
    ("The coroner's office will release the identity of the man killed on Elm Street.", True),
    ("A man was shot and killed on Elm Street on Saturday night.", False),
    ("A man named Cole was shot on Elm Street.", False),  # "named" inside the subject tells who, not that he was named
])
def test_the_stored_reading_finds_identifications_the_acts_miss(nlp, text, identifying):
    assert _features(nlp, text).identifies == identifying


def test_a_headline_identification_is_apart_from_the_killing(nlp):
    headline = _features(nlp, "Marlow County coroner IDs man who died in Elm Street shooting")
    assert not headline.acts  # the acts alone do not see it
    assert identified_beside_killing(headline, _features(nlp, "A man was shot and killed on Elm Street on Saturday."))


def test_the_police_force_both_name_is_no_shared_person(nlp):
    ident = _features(nlp, "Marlow Police have identified the victim of a homicide as a 15-year-old boy.")
    killed = _features(nlp, "Marlow police say a 15-year-old boy was shot and killed Thursday night.")
    assert "marlow" in set(ident.names) & set(killed.names)  # both name the force, neither the boy
    assert identified_beside_killing(ident, killed)


def test_a_unit_stored_before_is_read_by_its_acts(nlp):
    stored = _features(nlp, "Marlow County coroner IDs man who died in Elm Street shooting").to_json()
    for key in ("identifies", "places", "persons"):
        del stored[key]
    older = UnitFeatures.from_json(stored)
    assert not older.identifies and not identifies(older)
    assert identifies(UnitFeatures.from_json(_features(nlp, _IDENTIFIED).to_json()))
