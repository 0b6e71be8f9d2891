"""A unit telling an official finding on how someone died ("has been ruled accidental") is never one claim with a unit
telling only the death or the shooting; beside a unit that gives the manner too, or tells no violence, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.findings import finding_beside_death, manner_words, tells_finding
from viewer.analysis.claims.vocabulary import term

_FINDING = "The coroner said the shooting death of a teenage girl at the Hidden Park Apartments has been ruled accidental."


@pytest.mark.parametrize("other, apart", [
    ("A teen girl has died after a shooting at the Hidden Park Apartments on Monday morning.", True),
    ("A teenage girl was shot at the Hidden Park Apartments.", True),
    # the other gives the manner too: it states the finding's claim
    ("A teenage girl was killed in an accidental shooting at the Hidden Park Apartments.", False),
    # the other tells no killing or shooting
    ("The Hidden Park Apartments are near the university.", False),
    # the other rules too
    ("The medical examiner ruled the girl's death a homicide.", False),
])
def test_a_finding_is_apart_from_the_death_it_rules_on(apart_both_ways, other, apart):
    assert apart_both_ways(finding_beside_death, _FINDING, other) == (apart, apart)


@pytest.mark.parametrize("text, finding", [
    ("His death was ruled a homicide by the medical examiner.", True),
    ("The El Paso County Coroner's Office ruled all the deaths a homicide.", True),
    ("The death has not been ruled a homicide.", False),  # denied
    ("The appeals court ruled Tuesday that the law is unconstitutional.", False),  # no manner of death
    ("Police believe the shooting was accidental.", False),  # a belief, not a ruling
    # the killing told in the unit too
    ("Jamaine Sutton was killed by gunshot wounds and the medical examiner ruled his death a homicide.", False),
])
def test_a_finding_rules_a_manner_of_death(sentence_unit, text, finding):
    assert tells_finding(sentence_unit(text)) == finding


def test_the_manners_are_term_keys_of_the_counted_words():
    assert {term("homicide"), term("accidental"), term("suicide")} <= manner_words()


_FIRST = ("Teen killed after shooting at Spartanburg apartment complex\n\nA teen girl has died after a shooting at the "
          "Hidden Park Apartments around 8 a.m. Monday morning, according to the Spartanburg County Coroner's Office.")
_SECOND = ("Teen's shooting death ruled accidental\n\nThe Spartanburg County coroner said the shooting death of a teenage "
           "girl at the Hidden Park Apartments on Monday morning has been ruled accidental.")


def test_the_finding_and_the_death_are_not_linked(kept_apart_by):
    assert kept_apart_by("finding_beside_death", _FIRST, _SECOND, "ruled")
