"""In two reports the story gate is very sure of, unit pairs are one claim at a lower pair score than elsewhere.

`bench/miss_stages.py` puts most claims two reports of one incident state and the linker misses down to the pair
model: a paraphrase of one detail ("left seven people dead including the suspected shooter" / "Seven people died in
the rampage, including the suspect") scores .5-.7 under its threshold, 45 of 47 such misses on two judged draws lie in
article pairs the gate gives .99 or more, and most lie in reports that already share another claim (which `best_pairs`
leaves alone). The verdict a pair needs then falls with the gate's certainty: the pair's score is read on a scale on
which ``threshold`` stands where the pair threshold does, so grouping (average link, its means and vetoes) runs
unchanged with its one threshold. The bar and threshold are fitted by `fit_sure_pairs`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SurePairs:
    """The story probability two reports need (``bar``) and the pair score their unit pairs need (``threshold``)."""

    bar: float
    threshold: float


def lowered(p: float, lower: float, threshold: float) -> float:
    """``p`` (0 to 1) rescaled so that ``lower`` reads as ``threshold``, 0 and 1 staying put: piecewise linear, so the
    order of any two pairs' scores, and which of them clear the lower threshold, is kept. Scores outside 0..1
    (vetoes, hand links) are returned as they are."""
    if not 0.0 < p < 1.0:
        return p
    if p < lower:
        return p * threshold / lower
    return threshold + (p - lower) * (1.0 - threshold) / (1.0 - lower)
