"""Story groups: a twin report one article's gate passes stays out of a story its other articles reject."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.stories import story_groups
from viewer.analysis.claims.verifier import STORY_FEATURES, LogisticModel, fitted

# A, C, D report one mine collapse; B reports the same mine's other collapse in A's words.
A, B, C, D = 0, 1, 2, 3
ONE_STORY = [(A, C, 0.99), (A, D, 0.99), (C, D, 0.98)]


def test_a_twin_one_article_passes_stays_out_of_the_story_the_others_reject():
    group = story_groups([*ONE_STORY, (A, B, 0.98), (B, C, 0.1), (B, D, 0.2)], passing=0.97, average=0.8)
    assert group[A] == group[C] == group[D] != group[B]


def test_a_report_every_article_accepts_joins_the_story():
    group = story_groups([*ONE_STORY, (A, B, 0.98), (B, C, 0.9), (B, D, 0.85)], passing=0.97, average=0.8)
    assert len({group[d] for d in (A, B, C, D)}) == 1


def test_two_reports_alone_are_one_story_when_the_gate_passes_them():
    assert story_groups([(A, B, 0.975)], passing=0.97, average=0.96) == {A: A, B: A}


def test_pairs_nobody_weighed_say_nothing():
    """B was among A's nearest articles only: nothing says C or D reject it."""
    group = story_groups([*ONE_STORY, (A, B, 0.98)], passing=0.97, average=0.8)
    assert len({group[d] for d in (A, B, C, D)}) == 1


def test_the_groups_do_not_depend_on_the_order_pairs_come_in():
    pairs = [*ONE_STORY, (A, B, 0.98), (B, C, 0.1), (B, D, 0.2), (4, 5, 0.99), (3, 5, 0.3)]
    first = story_groups(pairs, passing=0.97, average=0.8)
    for seed in range(5):
        shuffled = list(pairs)
        np.random.default_rng(seed).shuffle(shuffled)
        again = story_groups([(b, a, p) if k % 2 else (a, b, p) for k, (a, b, p) in enumerate(shuffled)], passing=0.97, average=0.8)
        assert {d: again[d] == again[e] for d in first for e in first} == {d: first[d] == first[e] for d in first for e in first}


_TRAPPED = "Nine miners were trapped when a shaft collapsed at the Bellmont mine."
_REPORTS = {
    A: _TRAPPED + " The collapse killed 47 workers and injured 300 others, officials said.",
    B: _TRAPPED + " Rescuers brought 12 workers to the surface on Friday.",
    C: "Officials said the collapse at the Bellmont mine killed 47 workers. Some 300 others were injured.",
    D: "The Bellmont mine collapse left 47 workers dead, the company said, and 300 others injured.",
}


@pytest.fixture(scope="module")
def reports(nlp):
    from viewer.analysis.segment import parse

    return [u for document, text in _REPORTS.items() for u in claim_units(parse(document, text, []))]


def _gate_on_shared_figures(average: float | None):
    """A story gate that reads only the figures two reports share: A passes its twin B (half of B's
    figures) and C and D (all of theirs); C and D share none of B's."""
    weights = np.array([-10.0 if name == "bias" else 20.0 if name == "shared_figures" else 0.0 for name in STORY_FEATURES])
    shipped = fitted()
    return replace(shipped, story=LogisticModel(STORY_FEATURES, weights, 0.4), story_average=average)


def _documents_linked(claims) -> set[frozenset[int]]:
    return {frozenset((a.document, b.document)) for c in claims for a in c.mentions for b in c.mentions if a.document != b.document}


def test_claims_link_across_a_passed_twin_only_without_story_groups(reports):
    alone = _documents_linked(link_claims(reports, _REPORTS, model=_gate_on_shared_figures(None)))
    grouped = _documents_linked(link_claims(reports, _REPORTS, model=_gate_on_shared_figures(0.5)))
    assert frozenset((A, B)) in alone
    assert frozenset((A, B)) not in grouped
    assert grouped == alone - {frozenset((A, B))}
    assert {frozenset((A, C)), frozenset((A, D))} <= grouped


def test_the_shipped_story_groups_are_read_from_the_weights_file_with_how_they_were_chosen():
    """fit_verifier writes the weights file afresh; a refit not followed by fit_story_groups would
    drop the section and the linker would group nothing, silently. This says so instead."""
    import json

    from viewer.analysis.claims.verifier import WEIGHTS_FILE

    groups = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["story_groups"]
    assert fitted().story_average == groups["average"] and 0.0 < groups["average"] < 1.0
    assert groups["produced_by"].startswith("python -m viewer.analysis.claims.fit_story_groups")
    chosen, without = groups["choosing_links"]["at_average"], groups["choosing_links"]["without_groups"]
    assert chosen["several_events_5"]["precision"] >= without["several_events_5"]["precision"]
