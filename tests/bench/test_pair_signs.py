"""bench/pair_signs.py: candidate pair signs for two statements of one story, read on made-up sentences."""
import numpy as np
import pytest

from tests.conftest import features_of
from viewer.analysis.claims import blocks, fit_verifier
from viewer.analysis.claims.verifier import PAIR_FEATURES, TermWeights, fitted

ISSUED = "The Bush administration issued a rule that weakens the Endangered Species Act."
REVERSED = "The Obama administration reversed the Bush rule on endangered species on Tuesday."
KILLED = "Three people were killed in the crash."
KILLED_MORE = "Three people were killed in the crash on Main Street late on Friday, police said."
ARRESTED, CHARGED = "Police arrested the driver on Friday.", "The driver was charged with murder."
ARRESTED_CHARGED = "Police arrested the driver and charged him with murder."


@pytest.fixture(scope="module")
def read():
    texts = [ISSUED, REVERSED, KILLED, KILLED_MORE, ARRESTED, CHARGED, ARRESTED_CHARGED]
    features = {t: features_of(t) for t in texts}
    weights = TermWeights(list(features.values()))
    return lambda sign, a, b: sign(features[a], features[b], weights)


def test_no_act_in_common_parts_two_acts_of_one_story_and_not_one_act_told_twice(bench_script, read):
    signs = bench_script("pair_signs")
    assert read(signs.no_act_in_common, ARRESTED, CHARGED) == 1.0
    assert read(signs.no_act_in_common, ISSUED, REVERSED) == 1.0
    assert read(signs.no_act_in_common, KILLED, KILLED_MORE) == 0.0
    assert read(signs.no_act_in_common, KILLED_MORE, KILLED) == 0.0


def test_acts_unmatched_is_the_share_of_acts_the_other_does_not_state(bench_script, read):
    signs = bench_script("pair_signs")
    assert read(signs.acts_unmatched, ARRESTED, CHARGED) == 1.0
    assert read(signs.acts_unmatched, KILLED, KILLED_MORE) == 0.0
    assert read(signs.acts_unmatched, ARRESTED_CHARGED, CHARGED) == 1 / 3  # arrested lacks; charged twice shared


def test_signs_added_lengthen_the_rows_of_the_fit_and_the_linker_for_the_block_only(bench_script):
    signs = bench_script("pair_signs")
    a, b = features_of(KILLED), features_of(KILLED_MORE)
    weights = TermWeights([a, b])
    with signs.signs_added(["no_act_in_common", "acts_unmatched"]):
        assert len(fit_verifier.pair_features(a, b, 0.9, weights)) == len(PAIR_FEATURES) + 2
        row = blocks.signs_of_pair(blocks.UnitSigns.of(a, weights), blocks.UnitSigns.of(b, weights), 0.9, weights)
        assert row[-2:] == [0.0, 0.0] and len(row) == len(PAIR_FEATURES) + 2
    assert len(fit_verifier.pair_features(a, b, 0.9, weights)) == len(PAIR_FEATURES)
    assert blocks.UnitSigns is not signs.FeaturedSigns


def test_the_shipped_model_padded_scores_the_longer_rows_as_it_scored_the_shipped_ones(bench_script):
    refit = bench_script("pair_refit_topics")
    shipped = fitted()
    padded = refit.padded(shipped, PAIR_FEATURES + ("no_act_in_common",))
    rows = np.array([[1.0, 0.8, 0.64, 0.3, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0.7]])
    longer = np.hstack([rows, [[0.9]]])
    assert padded.pair.names[-1] == "no_act_in_common"
    assert padded.pair.probability(longer) == pytest.approx(shipped.pair.probability(rows))
