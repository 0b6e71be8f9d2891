"""bench/story_gate.py counts the pairs the gate passes, with a sign and without it."""
from __future__ import annotations

import numpy as np

from viewer.analysis.claims.fit_shapes import FOLDS
from viewer.analysis.claims.verifier import STORY_FEATURES


def _pairs(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Made-up article pairs where only ``shared_figures`` tells same-event pairs from the rest."""
    same = rng.integers(0, 2, count)
    x = np.zeros((count, len(STORY_FEATURES)))
    x[:, 0] = 1.0
    x[:, STORY_FEATURES.index("centroid_cosine")] = rng.uniform(0.4, 0.9, count)
    x[:, STORY_FEATURES.index("shared_figures")] = same
    return x, same


def test_a_sign_that_alone_separates_passes_more_same_event_pairs_than_the_model_without_it(bench_script):
    story_gate = bench_script("story_gate")
    rng = np.random.default_rng(7)
    examples = [(k, kind, _pairs(rng, 40)) for k in range(FOLDS) for kind in ("several", "single")]
    dev = _pairs(rng, 60)
    kept = np.ones(len(STORY_FEATURES))
    dropped = kept.copy()
    dropped[STORY_FEATURES.index("shared_figures")] = 0.0
    with_sign, without = (story_gate.passing_lines(examples, dev, mask, [0.9]) for mask in (kept, dropped))
    assert "dev same" in with_sign[1] and with_sign[1] != without[1]
    passed = int(with_sign[1].split("dev same ")[1].split(" ")[0])
    passed_without = int(without[1].split("dev same ")[1].split(" ")[0])
    assert passed == int(dev[1].sum()) and passed_without == 0
