"""Linking claims across made-up article pairs and the two April sample reports."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.index import candidate_pairs
from viewer.analysis.claims.linking import ClaimUnit, claim_units, label, link_claims
from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Mention
from viewer.corpus.spans import Span

FIXTURES = Path(__file__).parent / "fixtures"
CASES = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))
SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample"


def _link(parsed, a: str, b: str):
    texts = {1: a, 2: b}
    units = claim_units(parsed(a, document_id=1)) + claim_units(parsed(b, document_id=2))
    return units, texts, link_claims(units, texts)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_links_exactly_the_expected_pairs(parsed, case):
    _units, _texts, claims = _link(parsed, case["a"], case["b"])
    found = [sorted(m.text for m in c.mentions) for c in claims]
    assert len(found) == len(case["linked"])
    for (left, right), mentions in zip(case["linked"], found):
        assert any(left in m for m in mentions) and any(right in m for m in mentions)


@pytest.mark.parametrize("case", [c for c in CASES if c["linked"]], ids=lambda c: c["name"])
def test_discrepancy_explanations(parsed, case):
    _units, texts, claims = _link(parsed, case["a"], case["b"])
    found = [[d.kind, d.explanation] for d in find_discrepancies(claims[0], texts, {})]
    assert found == case["discrepancies"]


def _sample_texts(*prefixes: str) -> dict[int, str]:
    files = sorted(p for p in SAMPLE.iterdir() if p.name[:3] in prefixes)
    return {i: p.read_bytes().decode("utf-8").replace("\r\n", "\n") for i, p in enumerate(files)}


@pytest.fixture(scope="module")
def april(nlp):
    from viewer.analysis.segment import parse

    texts = _sample_texts("000", "001")
    units = [u for d, t in texts.items() for u in claim_units(parse(d, t, []))]
    return units, texts, link_claims(units, texts)


def test_april_reports_link_the_surrender_from_both_sentences_of_each(april):
    _units, _texts, claims = april
    surrender = next(c for c in claims if "1,026" in " ".join(m.text for m in c.mentions))
    assert [m.document for m in surrender.mentions] == [0, 0, 1, 1]
    assert all("surrender" in m.text for m in surrender.mentions)


def test_april_reports_discrepancies(april):
    _units, texts, claims = april
    explained = {d.explanation for c in claims for d in find_discrepancies(c, texts, {})}
    assert "wounded: 'more than 100' vs '151'" in explained
    assert "named '36th Naval Brigade' vs '36th Marine Brigade'" in explained


def test_no_unrelated_april_sentences_are_linked(april):
    _units, _texts, claims = april
    for claim in claims:
        stems = [{w[:6] for w in m.text.lower().split()} - {"the", "a", "of", "in", "and", "to"} for m in claim.mentions]
        assert all(stems[0] & s for s in stems[1:])
    assert len(claims) == 4


def test_april_reports_link_the_two_ukrainian_reactions_next_to_the_surrender(april):
    _units, _texts, claims = april
    reaction = next(c for c in claims if any("yet to comment" in m.text for m in c.mentions))
    assert [m.text[:30] for m in reaction.mentions] == ["A spokesman for the Ukrainian ", "Ukraine is yet to comment on t"]


def test_same_input_same_claims_whatever_the_unit_order(april):
    units, texts, claims = april
    shuffled = list(units)
    random.Random(7).shuffle(shuffled)
    assert link_claims(shuffled, texts) == claims


def test_researcher_corrections_override_scores(april):
    units, texts, claims = april
    wounded = next(c for c in claims if any("injured" in m.text for m in c.mentions))
    split = link_claims(units, texts, cannot_link=[tuple(wounded.mentions)])
    assert all(c.mentions != wounded.mentions for c in split)
    unrelated = [u for u in units if "Kramatorsk" in texts[u.document][u.span.start:u.span.end]][0]
    other = [u for u in units if "Estonia" in texts[u.document][u.span.start:u.span.end]][0]
    pair = tuple(Mention(u.document, u.span.start, u.span.end, texts[u.document][u.span.start:u.span.end]) for u in (unrelated, other))
    joined = link_claims(units, texts, must_link=[pair])
    assert any(set(pair) <= set(c.mentions) for c in joined)


def _synthetic_unit(document: int, words: list[str]) -> ClaimUnit:
    return ClaimUnit(document, Span(0, 1), UnitFeatures(terms=sorted(set(words))))


def test_candidates_come_from_the_index_not_all_pairs():
    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(4000)]
    units = [_synthetic_unit(k // 10, rng.sample(vocabulary, 8)) for k in range(300)]
    units.append(_synthetic_unit(99, units[5].features.terms))
    pairs = candidate_pairs([u.features for u in units], [u.document for u in units])
    assert (5, 300) in pairs
    assert len(pairs) < len(units) ** 2 / 50


@pytest.mark.parametrize("mentions, expected", [
    (["“In the last day, 959 soldiers surrendered,” the ministry said.", "959 soldiers  have\nsurrendered."],
     "959 soldiers have surrendered."),
    (["and that 151 wounded were treated", "More than 100 were injured."], "More than 100 were injured."),
    (["“The talks are not progressing.”", "“Negotiations are not continuing,” he said."], "The talks are not progressing."),
    (["“In the last day, 694 combatants have become prisoners.", "After reports that soldiers surrendered, about 700 more have done the same."],
     "In the last day, 694 combatants have become prisoners."),
    (["The mayor’s office said " + "very " * 30 + "many people left.", "“" + "x " * 60 + "”"],
     "The mayor’s office said " + ("very " * 13).strip() + "…"),
    (["A" * 120, "“" + "b" * 130], "A" * 90 + "…"),
])
def test_labels_are_the_plainest_mention_cut_at_a_word(mentions, expected):
    assert label(mentions) == expected
