"""Two reports the story gate doubts but does not rule out: their unit pairs link only where the pair model is surer
than its threshold, the surer the more the gate doubts.

The gate is one cut (`verifier.Verifier.story`): a pair of reports under it shares no claim, however alike two of their
sentences read. `bench/miss_stages.py` puts 160 of the 596 claims noted as missed on the judged draws down to it, most
in article pairs it gives .90 to .97, and later reports of one story (days or weeks apart, each with its own news) sit
there. Below the gate's threshold and down to ``low`` the pair a unit pair needs rises in a line from the pair
threshold to ``high``; each score is read on a scale on which that need stands where the pair threshold does, so
grouping, its means and its vetoes run unchanged. ``low`` and ``high`` are fitted by `fit_gate_curve` on ECB+ train,
whose twin events are exactly reports of the same topic and another event.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class GateCurve:
    """The lowest story probability a pair of reports is read at (``low``) and the pair score needed there (``high``)."""

    low: float
    high: float

    def needed(self, story: float, passing: float, threshold: float) -> float | None:
        """The pair score a unit pair of two reports the gate gives ``story`` needs (``passing``: the gate's threshold;
        ``threshold``: the pair model's); None under ``low``, as the gate refuses them."""
        if story >= passing:
            return threshold
        if story < self.low:
            return None
        return threshold + (self.high - threshold) * (passing - story) / (passing - self.low)


def rescaled(scores: np.ndarray, needed: float, threshold: float) -> np.ndarray:
    """``scores`` read so that ``needed`` stands at ``threshold``, the order kept: above it in a line up to 1, below
    it in a line down to 0; vetoed pairs (below 0) as they are."""
    scores = np.asarray(scores, dtype=np.float64)
    if needed <= threshold:
        return scores
    above = threshold + (scores - needed) * (1.0 - threshold) / (1.0 - needed)
    below = scores * threshold / needed
    return np.where(scores < 0, scores, np.where(scores >= needed, above, below))
