"""Claim units that share something specific, and how their figures relate.

The inverted index over each unit's rarest keys (figures, names, uncommon content words) finds
pairs the embeddings may rank low (a figure in a long sentence), in time that grows with the
number of units sharing a key, not with the square of the corpus.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.claims.quantities import NEAR_PERCENT, magnitude_key, near_percentages

KEYS_PER_UNIT = 12
MAX_POSTINGS = 200
_MAX_BUCKETS = 12
UPDATE_RATIO = 1.25  # two exact counts within a quarter of each other may be one toll revised


def index_keys(features: UnitFeatures) -> set[str]:
    """Terms and figures a unit can be found by; close figures share a magnitude bucket."""
    keys = {"t:" + t for t in features.terms}
    for f in features.figures:
        if f.unit == "duration" or f.high < 10:
            continue
        near = NEAR_PERCENT if f.unit == "%" and f.qualifier == "exact" else 0.0  # 49.7% finds 49.6%
        low, high = magnitude_key(f.low - near), magnitude_key(f.high + near)
        buckets = range(low, high + 1) if high - low < _MAX_BUCKETS else (low, high)
        keys.update(f"m:{f.unit}:{b}" for b in buckets)
    return keys


def candidate_pairs(features: Sequence[UnitFeatures], documents: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs of units from different documents that share one of their rarest specific keys."""
    keys = [index_keys(f) for f in features]
    df = Counter(k for ks in keys for k in ks)
    cap = min(MAX_POSTINGS, max(20, len(features) // 50))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        rare = sorted((k for k in ks if 2 <= df[k] <= cap), key=lambda k: (df[k], k))[:KEYS_PER_UNIT]
        for k in rare:
            postings[k].append(i)
    pairs = set()
    for members in postings.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if documents[i] != documents[j]:
                    pairs.add((i, j))
    return sorted(pairs)


def figure_relation(a: list[CountedFigure], b: list[CountedFigure]) -> str:
    """How the two units' figures relate: "same" (one value, or shares a few tenths of a point
    apart), "compatible" (ranges that overlap, or one toll revised between reports), "conflict"
    (one thing counted differently), or "" when they have no figure in common to compare."""
    found = set()
    for fa in _with_totals(a):
        for fb in _with_totals(b):
            if fa.unit != fb.unit or fa.unit == "duration" or max(fa.high, fb.high) < 10:
                continue
            same_thing = bool(fa.thing) and fa.thing == fb.thing
            consistent = fa.low <= fb.high and fb.low <= fa.high and not (_precise(fa) and _precise(fb) and fa.value != fb.value)
            if fa.value is not None and (fa.value == fb.value or near_percentages(fa, fb)):
                found.add("same")
            elif consistent or (same_thing and _updated(fa, fb)):
                found.add("compatible")
            elif same_thing:
                found.add("conflict")
    return next((r for r in ("same", "compatible", "conflict") if r in found), "")


def _with_totals(figures: list[CountedFigure]) -> list[CountedFigure]:
    """"95 prisoners each" in a swap also gives the total, 190."""
    return figures + [f.doubled() for f in figures if f.each and f.value]


def _updated(fa: CountedFigure, fb: CountedFigure) -> bool:
    """Two exact counts within a quarter of each other: a toll revised between reports. A hedge
    that excludes the other count ("more than 1,000" against 959) is a conflict all the same."""
    if fa.qualifier != "exact" or fb.qualifier != "exact":
        return False
    low, high = sorted((fa.value or 0, fb.value or 0))
    return low > 0 and high <= UPDATE_RATIO * low


def _precise(figure: CountedFigure) -> bool:
    """A count given to the unit ("1,026", "as many as 959") is exact, whatever the hedge."""
    value = figure.value
    return value is not None and value == int(value) and value % 10 != 0 and figure.qualifier in ("exact", "upto")
