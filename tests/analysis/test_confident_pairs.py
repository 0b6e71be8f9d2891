"""A dropped source is told only between two mentions the pair model reads as one claim at the discrepancy bar: made-up
articles analysed by the real pipeline, their units' records read by `ConfidentPairs`."""
from __future__ import annotations

import json

import pytest

from viewer.analysis import confident_pairs
from viewer.analysis.claims.verifier import WEIGHTS_FILE
from viewer.analysis.confident_pairs import BAR_FILE, ConfidentPairs
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import Claim, Mention

_FACT = "A 16-year-old boy was shot near the Riverton College campus on Friday night and taken to Mercy Hospital."
_TREATED = "Mercy Hospital treated a 16-year-old boy from the Riverton College campus on Friday night."
_OTHER = "Officers are looking for the drivers of those two cars."
_SAID = "A 16-year-old boy was shot outside the Riverton College campus late on Friday and was taken to Mercy Hospital, police said."
_ARTICLES = {
    "a.txt": f"Riverton shooting\n\n{_FACT}\n\n{_OTHER}\n\n{_TREATED}\n\nThe college said classes would resume on Monday.\n",
    "b.txt": f"Teen wounded in Riverton\n\n{_SAID}\n\nStudents held a vigil on Saturday evening.\n",
}


@pytest.fixture
def analysed(analysed_articles):
    """The two articles analysed: their texts, units, attributions and sources, and a mention maker."""
    return analysed_articles(_ARTICLES)


def _lines(analysed, fact: Mention, said: Mention) -> list[str]:
    texts, units, attributed, sources, _mention = analysed
    claim = Claim("x", [fact, said])
    annotate_discrepancies([claim], units, attributed, texts, sources)
    return [d.kind for d in claim.discrepancies]


def test_a_dropped_source_is_told_only_at_or_above_the_bar(analysed, monkeypatch):
    """Two mentions whose main clauses state two acts (treated / shot and taken) give the line while the pair model's
    probability reaches the bar, and none above it."""
    _texts, units, _attributed, _sources, mention = analysed
    fact, said = mention(1, _TREATED), mention(2, _SAID)
    held = {(u.document, u.span.start, u.span.end): u for u in units}
    assert not set(held[(1, fact.start, fact.end)].features.acts) & set(held[(2, said.start, said.end)].features.acts)
    probability = ConfidentPairs(units).probability(held[(1, fact.start, fact.end)], held[(2, said.start, said.end)])
    monkeypatch.setattr(confident_pairs, "bar", lambda: probability)
    assert _lines(analysed, fact, said) == ["attribution"]
    monkeypatch.setattr(confident_pairs, "bar", lambda: probability + 0.001)
    assert _lines(analysed, fact, said) == []


def test_main_clauses_stating_one_act_are_one_statement_whatever_the_pair_model_scores(analysed, monkeypatch):
    """"Was shot … and taken to Mercy Hospital" in both: the line stands though no probability could reach the bar."""
    _texts, _units, _attributed, _sources, mention = analysed
    monkeypatch.setattr(confident_pairs, "bar", lambda: 1.1)
    assert _lines(analysed, mention(1, _FACT), mention(2, _SAID)) == ["attribution"]


def test_the_pair_model_reads_one_statement_above_another_of_the_story(analysed):
    """The fact worded as the attributed mention scores above a sentence of the same article on another matter."""
    _texts, units, _attributed, _sources, mention = analysed
    held = {(u.document, u.span.start, u.span.end): u for u in units}
    pairs = ConfidentPairs(units)
    said = mention(2, _SAID)
    unit = held[(2, said.start, said.end)]
    fact, other = mention(1, _FACT), mention(1, _OTHER)
    assert pairs.probability(held[(1, fact.start, fact.end)], unit) > pairs.probability(held[(1, other.start, other.end)], unit)


def test_a_mention_without_a_unit_is_compared_by_its_words_alone():
    """No unit recorded (a passage linked by hand, a corpus stored before units kept vectors): nothing to read."""
    fact, said = Mention(1, 0, 5, "Fact."), Mention(2, 0, 5, "Said.")
    assert ConfidentPairs([])(fact, said)


def test_the_bar_was_chosen_for_the_shipped_pair_model():
    """A refit of the pair model moves its probabilities: the bar must be chosen again (training/fit_confident_pairs.py)."""
    chosen = json.loads(BAR_FILE.read_text(encoding="utf-8"))
    assert chosen["pair_weights"] == json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["pair"]["weights"]
    assert 0.0 < chosen["bar"] < 1.0
