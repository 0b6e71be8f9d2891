"""Linked stories: a claim holding reports of two stories that the claims tell apart is cut into one for each."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from viewer.analysis.claims.claim_stories import PAIRED, cut_by_linked_stories
from viewer.analysis.claims.fit_claim_stories import choose_cut
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.verifier import STORY_FEATURES, LogisticModel, StoryCut, fitted

# Documents 0, 1 report one story and share claims [0, 1] and [2, 3]; 2, 3 report another, sharing
# [4, 5] and [6, 7]; [8, 9, 10, 11] is one line all four carry; document 4 shares that line only.
DOCUMENTS = [0, 1, 0, 1, 2, 3, 2, 3, 0, 1, 2, 4, 3]
STORY_ONE, STORY_TWO = [0, 1], [2, 3]


def _documents(clusters: list[list[int]]) -> list[set[int]]:
    return [{DOCUMENTS[k] for k in members} for members in clusters]


def test_a_line_of_two_linked_stories_is_cut_into_one_claim_each():
    clusters = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9, 10, 12]]
    cut = cut_by_linked_stories(clusters, DOCUMENTS, strength=2)
    assert _documents(cut) == [{0, 1}, {0, 1}, {2, 3}, {2, 3}, {0, 1}, {2, 3}]


def test_a_document_of_no_linked_story_stays_with_the_part_of_most_documents():
    """Document 4 shares one line only: a single report is no evidence of a story of its own. Document 2's
    mention of the line is cut off alone (a claim of one document, which the linker drops)."""
    clusters = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9, 10, 11]]
    cut = cut_by_linked_stories(clusters, DOCUMENTS, strength=2)
    assert _documents(cut) == [{0, 1}, {0, 1}, {2, 3}, {2, 3}, {0, 1, 4}, {2}]


def test_a_claim_of_one_linked_story_and_lone_documents_is_kept_whole():
    clusters = [[0, 1], [2, 3], [8, 9, 11]]
    assert cut_by_linked_stories(clusters, DOCUMENTS, strength=2) == clusters


def test_documents_a_researcher_joined_are_one_story():
    clusters = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9, 10, 12]]
    assert cut_by_linked_stories(clusters, DOCUMENTS, strength=2, least=2, joined=[(1, 2)]) == clusters


def test_a_linked_story_of_fewer_documents_than_the_least_is_none():
    """Documents 2 and 3 make a linked story of two: at least three, they are reports alone and stay."""
    clusters = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9, 10, 12]]
    assert cut_by_linked_stories(clusters, DOCUMENTS, strength=2, least=3) == clusters


def test_too_few_shared_claims_link_no_story_and_nothing_is_cut():
    clusters = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9, 10, 12]]
    assert cut_by_linked_stories(clusters, DOCUMENTS, strength=4) == clusters


# Two made-up drink-driving arrests of one team's players: 0 and 1 report one, 2 and 3 the other. The
# reports of one arrest share several claims; the two arrests share one background line, probation.
_HALE, _CARTER = "Marcus Hale", "Dion Carter"
_REPORTS = {
    0: f"Chargers linebacker {_HALE} was arrested on suspicion of drunken driving early Sunday in San Diego. Hale was "
       "stopped on Interstate 15 after officers saw his car weaving, the California Highway Patrol said. He was on "
       "probation for a previous drunken driving arrest, the CHP said. Hale was released on $5,000 bail.",
    1: f"{_HALE}, a Chargers linebacker, was arrested early Sunday on suspicion of driving under the influence. The "
       "California Highway Patrol said officers stopped Hale on Interstate 15 when his car was seen weaving. Hale was "
       "released after posting $5,000 bail. He was on probation for an earlier drunken driving arrest.",
    2: f"Police said Chargers receiver {_CARTER} crashed his truck into a parked car in La Jolla on Tuesday night. The "
       "crash on Torrey Pines Road damaged two cars. Carter was on probation for a previous drunken driving arrest, "
       "police said. He was released on $10,000 bail.",
    3: f"{_CARTER}, the Chargers receiver, hit a parked car with his truck on Torrey Pines Road in La Jolla on Tuesday "
       "night, police said. He was released after posting $10,000 bail. Carter was on probation for a previous drunken "
       "driving arrest.",
}
_ONE_ARREST, _OTHER_ARREST = {0, 1}, {2, 3}


@pytest.fixture(scope="module")
def arrests(nlp):
    from viewer.analysis.segment import parse

    return [u for document, text in _REPORTS.items() for u in claim_units(parse(document, text, []))]


def _passing_every_pair(strength: int | None):
    """The shipped pair model behind a story gate that passes every article pair, as the twins pass the
    shipped gate in ECB+ (two arrests of one team's players): the cut alone keeps them apart."""
    weights = np.array([10.0 if name == "bias" else 0.0 for name in STORY_FEATURES])
    return replace(fitted(), story=LogisticModel(STORY_FEATURES, weights, 0.5), story_average=None,
                   story_cut=None if strength is None else StoryCut(strength, 2))


def _linked_pairs(claims) -> set[frozenset[int]]:
    return {frozenset((a.document, b.document)) for c in claims for a in c.mentions for b in c.mentions
            if a.document != b.document}


def test_the_background_line_of_two_arrests_links_them_without_the_cut(arrests):
    linked = _linked_pairs(link_claims(arrests, _REPORTS, model=_passing_every_pair(None)))
    assert frozenset((0, 2)) in linked


def test_two_arrests_sharing_one_background_line_do_not_link_and_each_arrest_keeps_its_links(arrests):
    without = link_claims(arrests, _REPORTS, model=_passing_every_pair(None))
    cut = link_claims(arrests, _REPORTS, model=_passing_every_pair(2))
    assert all({m.document for m in c.mentions} <= _ONE_ARREST or {m.document for m in c.mentions} <= _OTHER_ARREST
               for c in cut)
    assert _linked_pairs(cut) == {frozenset(_ONE_ARREST), frozenset(_OTHER_ARREST)}
    probation = [c for c in cut if "probation" in c.label]
    assert [{m.document for m in c.mentions} for c in probation] == [_ONE_ARREST, _OTHER_ARREST]
    assert len(cut) == len(without) + 1


def test_the_shipped_cut_is_read_from_the_weights_file_with_how_it_was_chosen():
    """fit_verifier writes the weights file afresh; a refit not followed by fit_claim_stories would drop the
    section and the linker would cut nothing, silently. This says so instead."""
    import json

    from viewer.analysis.claims.verifier import WEIGHTS_FILE

    chosen = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["claim_stories"]
    assert (fitted().story_cut.strength, fitted().story_cut.least) == (chosen["strength"], chosen["least"])
    assert chosen["produced_by"].startswith("python -m viewer.analysis.claims.fit_claim_stories")
    at_cut, without = chosen["choosing_links"]["at_cut"], chosen["choosing_links"]["without_cut"]
    assert at_cut["several_events_0"]["across"] <= without["several_events_0"]["across"]


def _figures(across: int, wrong: int, joined_one: int) -> dict:
    return {(5, "several_events"): Counter(right=90, wrong=wrong, across=across, links=90 + wrong, joined=60,
                                           same_event_pairs=100),
            (5, "one_event"): Counter(right=50, wrong=5, across=0, links=55, joined=joined_one, same_event_pairs=100)}


def test_the_fit_keeps_the_cut_taking_least_away_of_those_cutting_most_without_parting_a_story():
    without = _figures(across=10, wrong=20, joined_one=80)
    curve = {
        StoryCut(2, 2): _figures(across=4, wrong=12, joined_one=70),  # parts a story's own reports
        StoryCut(2, 3): _figures(across=6, wrong=14, joined_one=80),
        StoryCut(2, 4): _figures(across=6, wrong=14, joined_one=80),
        StoryCut(3, 4): _figures(across=8, wrong=16, joined_one=80),
    }
    assert choose_cut(curve, without, found_loss=0.005) == StoryCut(2, 4)
    assert choose_cut({StoryCut(2, 2): curve[StoryCut(2, 2)]}, without, found_loss=0.005) is None


def test_documents_two_claims_too_large_to_pair_share_are_still_one_story():
    """Two wire lines all of one story's reports run, each counted along a chain of its documents, make them one
    linked story; a line one of them shares with another linked story (documents R, R + 1) is cut, into a
    report of each (which the linker drops: a claim of one document is none)."""
    r = PAIRED + 5
    documents = list(range(r)) * 2 + [r, r + 1] * 2 + [0, r]
    wire, other = [list(range(r)), list(range(r, 2 * r))], [[2 * r, 2 * r + 1], [2 * r + 2, 2 * r + 3]]
    shared = [2 * r + 4, 2 * r + 5]
    assert cut_by_linked_stories(wire + other + [shared], documents, strength=2, least=2) == wire + other + [
        [2 * r + 4], [2 * r + 5]]
