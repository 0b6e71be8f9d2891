"""The gate curve: reports the story gate doubts link only the unit pairs the pair model is surer of, the surer the more
it doubts; under the curve's low nothing links."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from tests.analysis.claims.made_up_flood import FLOOD, flood_units
from viewer.analysis.claims.fit_best_pairs import choose_rule
from viewer.analysis.claims.gate_curve import GateCurve, rescaled
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.verifier import VETOED, WEIGHTS_FILE, LogisticModel, fitted

CURVE = GateCurve(low=0.8, high=0.9)


def test_at_the_gate_a_pair_needs_the_pair_threshold_and_at_the_low_the_high():
    assert CURVE.needed(0.97, passing=0.97, threshold=0.7) == 0.7
    assert CURVE.needed(0.8, passing=0.97, threshold=0.7) == pytest.approx(0.9)
    assert CURVE.needed(0.79, passing=0.97, threshold=0.7) is None


def test_the_need_rises_as_the_gate_doubts_more():
    needs = [CURVE.needed(story, passing=0.97, threshold=0.7) for story in (0.96, 0.9, 0.85, 0.81)]
    assert needs == sorted(needs)


def test_a_score_at_the_need_reads_as_the_threshold_and_the_order_is_kept():
    scores = np.array([0.2, 0.6, 0.8, 0.85, 0.99, VETOED])
    read = rescaled(scores, needed=0.8, threshold=0.7)
    assert read[2] == pytest.approx(0.7)
    assert list(read[:5]) == sorted(read[:5])
    assert read[1] < 0.7 <= read[3]
    assert read[5] == VETOED


def test_without_a_curve_the_gate_is_one_cut():
    shipped = replace(fitted(), gate_curve=None)
    assert shipped.needed(shipped.story.threshold) == shipped.pair.threshold
    assert shipped.needed(shipped.story.threshold - 0.01) is None


@pytest.fixture(scope="module")
def flood(nlp):
    return flood_units()


def _doubting(curve: GateCurve | None):
    """The shipped models with a gate no two reports pass, and ``curve`` under it."""
    shipped = fitted()
    story = shipped.story
    return replace(shipped, story=LogisticModel(story.names, story.weights, 0.999999), gate_curve=curve, best_pair=None)


def test_reports_the_gate_doubts_link_where_the_pair_model_is_sure_enough(flood):
    assert link_claims(flood, FLOOD, model=_doubting(None)) == []
    threshold = fitted().pair.threshold
    claims = link_claims(flood, FLOOD, model=_doubting(GateCurve(low=0.0, high=threshold + 0.01)))
    assert claims and all(sorted({m.document for m in c.mentions}) == [0, 1] for c in claims)


def test_reports_under_the_curves_low_link_nothing(flood):
    threshold = fitted().pair.threshold
    assert link_claims(flood, FLOOD, model=_doubting(GateCurve(low=0.999998, high=threshold + 0.01))) == []


def test_of_curves_joining_as_many_the_fit_takes_the_strictest_and_none_that_links_across_events_more():
    several, single = (3, "several_events"), (3, "one_event")

    def counts(joined: int, across: int) -> dict:
        return {several: Counter(right=90, wrong=10, joined=joined, across=across, links=100),
                single: Counter(right=50, wrong=2, joined=joined, links=100)}

    without = counts(40, 1)
    curve = {GateCurve(0.8, 0.9): counts(50, 2), GateCurve(0.9, 0.85): counts(45, 1), GateCurve(0.9, 0.95): counts(45, 1)}
    assert choose_rule(curve, without, 0.01, lambda rule: (rule.low, rule.high)) == GateCurve(0.9, 0.95)
    assert choose_rule({GateCurve(0.8, 0.9): counts(50, 2)}, without, 0.01, lambda rule: (rule.low, rule.high)) is None


def test_a_shipped_curve_is_read_from_the_weights_file_with_how_it_was_chosen():
    curve = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("gate_curve")
    if curve is None:
        assert fitted().gate_curve is None
        return
    assert fitted().gate_curve == GateCurve(curve["low"], curve["high"])
    assert curve["produced_by"].startswith("python -m viewer.analysis.claims.fit_gate_curve")
    assert curve["low"] < fitted().story.threshold and curve["high"] > fitted().pair.threshold
