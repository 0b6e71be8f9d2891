"""Claim units that share something specific, and how their figures relate.

The inverted index over each unit's rarest keys (figures, names, uncommon content words) finds
pairs the embeddings may rank low (a figure in a long sentence), in time that grows with the
number of units sharing a key, not with the square of the corpus.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.claims.quantities import NEAR_PERCENT, magnitude_key, near_percentages, spans_of_time
from viewer.analysis.claims.vocabulary import term

KEYS_PER_UNIT = 12
MAX_POSTINGS = 200
_MAX_BUCKETS = 12
_DECIMAL = re.compile(r"\d\.\d")
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


class RareKeys:
    """How many units of the whole corpus carry each index key, and so each unit's rarest ones:
    two units of different documents that share one are worth verifying, whatever their cosine.
    Counted once over the corpus; a block of candidate pairs carries its own units' rarest keys,
    read against these counts, so a worker finds those units' shared keys as the whole corpus would."""

    def __init__(self, counts: Mapping[str, int], cap: int) -> None:
        self.counts, self.cap = counts, cap

    @classmethod
    def of(cls, features: Iterable[UnitFeatures]) -> RareKeys:
        counts: Counter[str] = Counter()
        units = 0
        for f in features:
            counts.update(index_keys(f))
            units += 1
        return cls(counts, min(MAX_POSTINGS, max(20, units // 50)))

    def of_unit(self, features: UnitFeatures) -> frozenset[str]:
        """The unit's rarest keys carried by at least one other unit and by few."""
        counts = self.counts
        rare = sorted((k for k in index_keys(features) if 2 <= counts[k] <= self.cap), key=lambda k: (counts[k], k))
        return frozenset(rare[:KEYS_PER_UNIT])


def shared_key_pairs(left: Sequence[frozenset[str]], right: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    """(x, y) for each unit x of ``left`` and y of ``right`` that share a rare key (`RareKeys.of_unit`),
    found through the keys, not by comparing every pair."""
    postings: dict[str, list[int]] = defaultdict(list)
    for y, keys in enumerate(right):
        for k in keys:
            postings[k].append(y)
    return {(x, y) for x, keys in enumerate(left) for k in keys for y in postings.get(k, ())}


def figure_relation(a: list[CountedFigure], b: list[CountedFigure], smallest: float = 10) -> str:
    """How the two units' figures relate: "same" (one value, or shares a few tenths of a point
    apart), "compatible" (ranges that overlap, or one toll revised between reports), "conflict"
    (one thing counted differently), or "" when they have no figure in common to compare. Figures
    below ``smallest`` are left out: as a sign of one claim, a small count shared or not is chance.
    A number that names or picks (``count`` False: "Interstate 40", an age, "one of the victims")
    counts nothing: the same label of the same thing on both sides is "same" (two reports naming
    "Curve 8900" or one man aged 35), and it is neither compatible with nor in conflict with
    anything else ("Interstate 75" and "Interstate 5" are two roads, not one road counted twice)."""
    found = set()
    for fa in _with_totals(a):
        for fb in _with_totals(b):
            if fa.unit != fb.unit or max(fa.high, fb.high) < smallest or (fa.unit == "duration" and not (_stated(fa) and _stated(fb))):
                continue
            if not (fa.count and fb.count):
                if not (fa.count or fb.count) and fa.thing == fb.thing and fa.value == fb.value:
                    found.add("same")
                continue
            same_thing = bool(_valued(fa)) and _valued(fa) == _valued(fb)
            if _converted_apart(fa, fb):
                continue
            if fa.qualifier == fb.qualifier == "range":
                found.add(_ranges_relation(fa, fb, same_thing))  # "" adds nothing the verdict reads
                continue
            consistent = fa.low <= fb.high and fb.low <= fa.high and not (_precise(fa) and _precise(fb) and fa.value != fb.value)
            if fa.value is not None and (fa.value == fb.value or near_percentages(fa, fb)):
                found.add("same")
            elif consistent or (same_thing and _updated(fa, fb)):
                found.add("compatible")
            elif same_thing:
                found.add("conflict")
    return next((r for r in ("same", "compatible", "conflict") if r in found), "")


def _converted_apart(fa: CountedFigure, fb: CountedFigure) -> bool:
    """A figure one side gives in brackets in another unit ("160 kph (100 mph)") against a figure of another unit:
    "100 mph" and "100 kph" share a number, not a measure, and are neither one figure nor two counts of one thing."""
    return (fa.converts or fb.converts) and fa.noun and fb.noun and bool(fa.thing and fb.thing) and fa.thing != fb.thing


def _valued(figure: CountedFigure) -> str:
    """What a figure counts, or what a sum is the price of: "$2.5M worth of tools" counts the tools'
    value and "tools worth $160 million" prices them, so the two are one thing valued differently."""
    return figure.thing or (term(figure.priced) if figure.priced else "")


def _stated(figure: CountedFigure) -> bool:
    """A length of time the sentence states, compared as a count: a range ("20 to 42 years") or a
    term ("sentenced to 20 years"). Other lengths of time set the scene ("in the past 24 hours")."""
    return spans_of_time(figure) or figure.term


def _ranges_relation(fa: CountedFigure, fb: CountedFigure, same_thing: bool) -> str:
    """Two ranges are one figure when their ends are ("20 to 42 years", "20-42 years"), one revised
    when each end is within a quarter of the other's, and otherwise two: "20 to 42 years" and "9 to
    20 years" overlap, but each states its own least and most, as a count states its value."""
    if (fa.low, fa.high) == (fb.low, fb.high):
        return "same"
    if _within(fa.low, fb.low) and _within(fa.high, fb.high):
        return "compatible"
    return "conflict" if same_thing else ""


def _within(a: float, b: float) -> bool:
    low, high = sorted((a, b))
    return low > 0 and high <= UPDATE_RATIO * low


def _with_totals(figures: list[CountedFigure]) -> list[CountedFigure]:
    """"95 prisoners each" in a swap also gives the total, 190."""
    return figures + [f.doubled() for f in figures if f.each and f.value]


def _updated(fa: CountedFigure, fb: CountedFigure) -> bool:
    """Two exact counts within a quarter of each other: a toll revised between reports. A hedge
    that excludes the other count ("more than 1,000" against 959) is a conflict all the same. A
    measure read to tenths (a magnitude) is revised by a few tenths, as a share is (4.4 reviewed
    to 4.2, 6.1 by one agency and 5.9 by another); a quarter of 5.4 reaches 6.1, another quake's."""
    if fa.qualifier != "exact" or fb.qualifier != "exact":
        return False
    if _in_tenths(fa) or _in_tenths(fb):
        return abs((fa.value or 0) - (fb.value or 0)) <= NEAR_PERCENT + 1e-9
    return _within(fa.value or 0, fb.value or 0)


def _in_tenths(figure: CountedFigure) -> bool:
    """A small measure written with a decimal point ("5.4", "6.0"), not a sum scaled by a word ("$2.5 million")."""
    return figure.value is not None and figure.value < 1000 and _DECIMAL.search(figure.text) is not None


def _precise(figure: CountedFigure) -> bool:
    """A count given to the unit ("1,026", "as many as 959") is exact, whatever the hedge."""
    value = figure.value
    return value is not None and value == int(value) and value % 10 != 0 and figure.qualifier in ("exact", "upto")
