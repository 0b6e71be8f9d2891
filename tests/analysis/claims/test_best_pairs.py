"""Best pairs: two reports the gate is sure of that share no claim link their most alike units, never past a veto."""
from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.analysis.claims.best_pairs import BestPair, best_pairs, linked_best_pairs
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.verifier import LogisticModel, fitted

# Units 0-1 are report A's, 2-3 B's, 4-5 C's; keys as `linking.PairScores.key` with six units.
DOCUMENTS = [0, 0, 1, 1, 2, 2]
SPAN = len(DOCUMENTS)


def _known(scores: dict[tuple[int, int], float]) -> dict[int, float]:
    return {i * SPAN + j: p for (i, j), p in scores.items()}


def _everything_joins(_i: int, _k: int) -> bool:
    return True


def test_each_sure_report_pair_gives_its_best_unit_pair_above_the_floor():
    known = _known({(0, 2): 0.55, (1, 3): 0.62, (0, 4): 0.4, (2, 5): 0.66})
    assert best_pairs(known, SPAN, DOCUMENTS, {(0, 1), (0, 2)}, 0.5) == [(0.62, 1, 3)]


def test_two_units_without_a_claim_become_one():
    assert linked_best_pairs([[0, 4]], [(0.6, 1, 3)], DOCUMENTS, _everything_joins) == [[0, 4], [1, 3]]


def test_a_unit_without_a_claim_joins_the_others_claim_when_its_report_is_not_there():
    assert linked_best_pairs([[3, 4]], [(0.6, 1, 3)], DOCUMENTS, _everything_joins) == [[1, 3, 4]]


def test_reports_that_already_share_a_claim_link_nothing_more():
    clusters = [[0, 2]]
    assert linked_best_pairs(clusters, [(0.6, 1, 3)], DOCUMENTS, _everything_joins) == clusters


def test_two_units_each_in_a_claim_are_never_moved():
    clusters = [[0, 4], [3, 5]]
    assert linked_best_pairs(clusters, [(0.6, 0, 3)], DOCUMENTS, _everything_joins) == clusters


def test_a_unit_never_joins_a_claim_holding_a_unit_it_is_vetoed_with():
    def joinable(i: int, k: int) -> bool:
        return {i, k} != {1, 4}

    assert linked_best_pairs([[3, 4]], [(0.6, 1, 3)], DOCUMENTS, joinable) == [[3, 4]]


def test_a_later_pair_never_gives_a_claim_two_mentions_of_one_report():
    """A-B and A-C both link through unit 0: C's unit joins the claim A's already holds with B, once."""
    assert linked_best_pairs([], [(0.65, 0, 2), (0.6, 0, 4), (0.55, 3, 4)], DOCUMENTS, _everything_joins) == [[0, 2, 4]]


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


def _strict(best: BestPair | None):
    """The shipped models with a pair threshold no paraphrase reaches, the gate's threshold low enough to pass them."""
    shipped = fitted()
    pair, story = shipped.pair, shipped.story
    return replace(shipped, pair=LogisticModel(pair.names, pair.weights, 0.9999),
                   story=LogisticModel(story.names, story.weights, 0.5), best_pair=best)


def test_two_sure_reports_sharing_no_claim_link_their_best_pair_once(flood):
    assert link_claims(flood, _FLOOD, model=_strict(None)) == []
    claims = link_claims(flood, _FLOOD, model=_strict(BestPair(bar=0.5, floor=0.0)))
    assert len(claims) == 1
    assert sorted(m.document for m in claims[0].mentions) == [0, 1]


def test_the_rule_links_nothing_where_the_gate_is_less_sure_than_its_bar(flood):
    assert link_claims(flood, _FLOOD, model=_strict(BestPair(bar=1.01, floor=0.0))) == []
