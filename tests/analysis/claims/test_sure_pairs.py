"""Sure pairs: in two reports the gate is sure of, unit pairs are read against a lower pair threshold, through the
normal grouping."""
from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.sure_pairs import SurePairs, lowered
from viewer.analysis.claims.verifier import VETOED, LogisticModel, fitted


def test_the_lower_threshold_reads_as_the_pair_threshold_and_the_order_is_kept():
    assert lowered(0.6, 0.6, 0.7) == pytest.approx(0.7)
    assert lowered(0.59, 0.6, 0.7) < 0.7 <= lowered(0.61, 0.6, 0.7)
    scores = [0.1, 0.4, 0.55, 0.6, 0.65, 0.8, 0.95]
    read = [lowered(p, 0.6, 0.7) for p in scores]
    assert read == sorted(read) and all(r >= p for r, p in zip(read, scores))


def test_vetoes_hand_links_and_the_ends_stay_put():
    assert [lowered(p, 0.6, 0.7) for p in (VETOED, 0.0, 1.0)] == [VETOED, 0.0, 1.0]


# Two reports of one flood, each detail told in other words.
_FLOOD = {
    0: "Floods swept through the river town of Marlow on Tuesday, killing four residents. "
       "The mayor ordered the evacuation of 300 homes near the river.",
    1: "Four residents of Marlow died on Tuesday when floodwaters tore through the river town. "
       "About 300 households by the river were told to leave by the mayor.",
}


@pytest.fixture(scope="module")
def flood(nlp):
    from viewer.analysis.segment import parse

    return [u for document, text in _FLOOD.items() for u in claim_units(parse(document, text, []))]


def _strict(sure: SurePairs | None):
    """The shipped models with a pair threshold no paraphrase reaches, the gate's threshold low enough to pass them,
    and no best pair linked (`best_pairs`), so only the lowered threshold can link."""
    shipped = fitted()
    pair, story = shipped.pair, shipped.story
    return replace(shipped, pair=LogisticModel(pair.names, pair.weights, 0.9999),
                   story=LogisticModel(story.names, story.weights, 0.5), best_pair=None, sure_pairs=sure)


def test_sure_reports_link_paraphrases_at_the_lower_threshold(flood):
    assert link_claims(flood, _FLOOD, model=_strict(None)) == []
    claims = link_claims(flood, _FLOOD, model=_strict(SurePairs(bar=0.5, threshold=0.6)))
    assert [[(m.document, m.text.split()[0]) for m in c.mentions] for c in claims] == [
        [(0, "Floods"), (1, "Four")], [(0, "The"), (1, "About")]]


def test_nothing_is_lowered_where_the_gate_is_less_sure_than_its_bar(flood):
    assert link_claims(flood, _FLOOD, model=_strict(SurePairs(bar=1.01, threshold=0.6))) == []
