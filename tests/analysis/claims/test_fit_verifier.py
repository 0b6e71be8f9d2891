"""The fitting script's own parts on small made-up data (the real fit reads public data sets)."""
from __future__ import annotations

import json

import numpy as np

from viewer.analysis.claims.fit_verifier import _equal_shares, _kept, _scores, fit_logistic, probability
from viewer.analysis.claims.verifier import STORY_FEATURES, WEIGHTS_FILE


def test_logistic_regression_finds_the_separating_direction():
    rng = np.random.default_rng(0)
    signal = rng.normal(size=400)
    x = np.column_stack([np.ones(400), signal, rng.normal(size=400)])  # bias, a sign, noise
    y = (signal + 0.3 * rng.normal(size=400) > 0.5).astype(int)
    w = fit_logistic(x, y)
    assert w[1] > 3 * abs(w[2])
    assert _scores(probability(x, w) >= 0.5, y)["f1"] > 0.85


def test_class_balance_keeps_a_rare_class_from_being_ignored():
    x = np.column_stack([np.ones(1000), np.r_[np.full(950, -1.0), np.full(50, 1.0)]])
    y = np.r_[np.zeros(950, dtype=int), np.ones(50, dtype=int)]
    assert (probability(x, fit_logistic(x, y))[950:] > 0.5).all()


def test_two_sets_of_different_sizes_weigh_the_same():
    weights = _equal_shares(4000, 500)
    assert np.isclose(weights[:4000].sum(), weights[4000:].sum())


def test_keeping_the_story_model_takes_the_shipped_one_and_says_so():
    shipped = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights, note, grid = _kept("story", STORY_FEATURES)
    assert weights.tolist() == [shipped["story"]["weights"][n] for n in STORY_FEATURES]
    assert grid == [shipped["story"]["threshold"]]
    assert note.startswith(shipped["data"]["story"].split(" (kept from")[0]) and "kept from the weights file" in note
