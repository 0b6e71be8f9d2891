"""Who a fact's main clause says acts, read as the source another outlet names: a police force, its members, or the
source by name."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.discrepancies import _acting
from viewer.analysis.force_members import force_acts, noun_and_number
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


@pytest.mark.parametrize("text, subject", [
    ("At about noon Monday, Elm officers responded to a call.", "oficer"),  # keys are squashed, as units keep them
    ("Detectives and deputies searched the field.", "detective"),
    ("As police arrived, two men ran from the bakery.", "man"),  # the main clause's, not the clause of time's
    ("He said the bakery was closed.", ""),  # a pronoun names no one by itself
    ("The officer was shot in the arm.", ""),  # a passive's subject is acted on
    ("A federal officer fired his weapon.", ""),  # one stated as one: a person the report tells of
])
def test_the_main_clauses_subject_is_read_from_the_units_features(text, subject):
    assert _acting(unit_features(english()(text), Span(0, len(text)))) == subject


@pytest.mark.parametrize("subject, wording, source, expected", [
    ("oficer", "Elm officers responded", "Elm Police Department", True),  # keys are squashed, as units keep them
    ("investigator", "Investigators have not released a motive", "Investigators said", True),
    ("deputi", "Deputies found two men", "Elm County Sheriff’s Office", True),
    ("police", "Police found two men", "sheriff's detectives", True),
    ("impd", "IMPD received a call", "Indianapolis Police Department", True),  # a police department by its initials
    ("oficer", "Elm officers responded", "IMPD", True),
    ("oficer", "The first officer on the scene found a man", "Elm Police Department", False),  # one of them
    ("firefighter", "Firefighters responded", "Elm Police Department", False),
    ("oficer", "Elm officers responded", "Ann Lee", False),
    ("", "Elm officers responded", "Elm Police Department", False),
])
def test_a_force_or_its_members_acting_meet_a_force_named_as_source(subject, wording, source, expected):
    assert force_acts(subject, wording, source) is expected


def test_a_noun_is_read_in_either_number():
    nouns = {"deputy", "officer", "witness"}
    assert noun_and_number("deputies", nouns) == ("deputy", True)
    assert noun_and_number("officers", nouns) == ("officer", True)
    assert noun_and_number("witnesses", nouns) == ("witness", True)
    assert noun_and_number("officer", nouns) == ("officer", False)
    assert noun_and_number("has", nouns) == ("has", False)
