"""Words for one meaning counted as shared by the pair model, on made-up reports and the shipped table."""
from __future__ import annotations

import json

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.synonyms import TABLE, synonym_table
from viewer.analysis.claims.verifier import PAIR_FEATURES, TermWeights, pair_features
from viewer.analysis.claims.vocabulary import term

SHARED = PAIR_FEATURES.index("shared_terms")
_BLAST = "The blast at the Millbrook plant on Friday injured six workers, the company said."


def _shared(a: list[str], b: list[str]) -> float:
    units = [UnitFeatures(terms=sorted(term(w) for w in a)), UnitFeatures(terms=sorted(term(w) for w in b))]
    return pair_features(units[0], units[1], 0.5, TermWeights(units))[SHARED]


def test_a_synonym_is_shared_as_the_same_word_is_and_an_unrelated_word_is_not():
    """"injure" and "wound" share their commonest sense, and weigh as shared what each weighs (rarer
    than one word written twice); "injure" and "arrest" share nothing."""
    assert _shared(["injure", "guard"], ["wound", "prison"]) > _shared(["injure", "guard"], ["injure", "prison"]) > 0
    assert _shared(["injure", "guard"], ["arrest", "prison"]) == 0.0


@pytest.mark.parametrize(("word", "other"), [
    ("rifle", "ransack"),  # news writes "rifle" for the gun; ransacking is the verb's first sense
    ("state", "say"),  # a noun in news, not the verb of saying
    ("spring", "jump"),
    ("still", "calm"),
])
def test_a_word_news_writes_in_another_part_of_speech_is_no_synonym(word, other):
    table = synonym_table()
    assert not table.get(term(word), frozenset()) & table.get(term(other), frozenset())


def test_the_table_says_where_it_came_from_and_each_class_holds_two_words_news_writes():
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "WordNet 3.0" in data["provenance"]["source"] and "count_synonyms.py" in data["provenance"]["command"]
    classes = data["synonyms"].values()
    assert classes and all(len(lemmas) > 1 and min(lemmas.values()) >= 3 for lemmas in classes)


@pytest.mark.parametrize(("other", "one_claim"), [
    ("Six people were wounded, the Millbrook fire chief said.", True),
    ("Six people were questioned, the Millbrook fire chief said.", False),
])
def test_two_reports_of_one_toll_in_two_words_link_and_of_another_act_do_not(parsed, other, one_claim):
    units = claim_units(parsed(_BLAST, document_id=1)) + claim_units(parsed(other, document_id=2))
    claims = link_claims(units, {1: _BLAST, 2: other})
    assert bool(claims) == one_claim
