"""The story gate's shared-number sign: a rare number two reports share opens it, a common one alone does not."""
from __future__ import annotations

import numpy as np

from viewer.analysis.claims.candidates import articles, stacked
from viewer.analysis.claims.linking import claim_units
from viewer.analysis.claims.shared_values import article_values, shared_value_evidence, value_shape
from viewer.analysis.claims.verifier import STORY_FEATURES, fitted, story_features

BUS = ("Two people were hurt when a delivery van hit a bus shelter in Leeds on Tuesday. "
       "The road was closed while the shelter was made safe. The driver was not injured.")
FIGHT = ("Two people were arrested after a fight outside a nightclub in Cardiff on Saturday. "
         "Officers said the pair were released on bail. The club will stay open.")


def _gate(units) -> tuple[float, float]:
    """The fitted story model's probability for the two made-up reports and its shared-number sign."""
    a, b = articles(units, stacked(units))
    left, right = stacked([units[k] for k in a.units]), stacked([units[k] for k in b.units])
    best = float(np.max(left.astype(np.float32) @ right.astype(np.float32).T))
    row = story_features(float(a.centroid @ b.centroid), best, a.names, b.names, set(), a.figures, b.figures, a.values, b.values)
    return float(fitted().story.probability(np.array([row]))[0]), row[STORY_FEATURES.index("shared_rare_values")]


def test_a_number_both_reports_give_in_other_words_is_shared_by_its_value(parsed):
    one = claim_units(parsed("Since Monday, 959 combatants have surrendered, the ministry said.", document_id=1))
    other = claim_units(parsed("With the new batch, the total has now spiked to 959.", document_id=2))
    assert 959.0 in article_values(one) and 959.0 in article_values(other)


def test_a_rare_number_says_more_than_a_small_count_or_a_round_one():
    assert shared_value_evidence({959.0}, {959.0}) > shared_value_evidence({2.0}, {2.0})
    assert shared_value_evidence({959.0}, {958.0}) == 0.0
    assert value_shape(2.0) != value_shape(959.0) != value_shape(900.0)


def test_two_reports_of_other_events_sharing_only_two_people_stay_apart(parsed):
    """"Two people" is shared by reports of different events all the time: it must not open the gate."""
    units = claim_units(parsed(BUS, document_id=1)) + claim_units(parsed(FIGHT, document_id=2))
    probability, sign = _gate(units)
    assert sign < shared_value_evidence({959.0}, {959.0})
    assert probability < fitted().story.threshold

