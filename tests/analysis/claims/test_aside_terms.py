"""What a unit's main clause states is recorded with the unit, read in its sentence's parse: the terms only its
asides hold are set apart, and a clause cut from its sentence is read from its own head down, as if alone."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.units import aside_terms
from viewer.analysis.claims.vocabulary import term


def _asides_in_sentence(nlp, sentence: str, unit: str) -> list[str]:
    doc = nlp(sentence)
    start = sentence.index(unit)
    return aside_terms(doc.char_span(start, start + len(unit), alignment_mode="expand"))


@pytest.mark.parametrize("sentence, aside", [
    # a clause of time: the shooting is in passing, the search is stated
    ("Officers were searching for two teens after a boy was shot near the campus.", {"boy", "campus"}),
    # a relative clause of the attack the warrant follows
    ("Jones was sought on a warrant over the attack that left a boy hurt near the campus.", {"boy", "campus"}),
])
def test_the_terms_only_an_aside_holds_are_set_apart(nlp, sentence, aside):
    found = set(aside_terms(nlp(sentence)[:]))
    assert {term(w) for w in aside} <= found
    assert not {term(w) for w in ("officers", "searching", "teens", "Jones", "warrant")} & found


def test_a_participle_after_its_noun_is_the_claim_itself(nlp):
    assert aside_terms(nlp("Police found a boy shot near the campus on Friday.")[:]) == []


def test_a_clause_cut_from_its_sentence_reads_from_its_own_head(nlp):
    """"one addressed to Senator Booker" hangs as an aside of the sentence that holds it; as a unit it states the
    address, as it does parsed alone."""
    sentence = "The arrest came hours after two packages were found, one addressed to Senator Booker."
    unit = "one addressed to Senator Booker."
    assert _asides_in_sentence(nlp, sentence, unit) == []
    assert aside_terms(nlp(unit)[:]) == []


def test_units_record_their_asides(sentence_unit):
    features = sentence_unit("Officers were searching for two teens after a boy was shot near the campus.")
    assert features.asides is not None and term("campus") in features.asides
    assert term("campus") not in set(features.terms) - set(features.asides)
