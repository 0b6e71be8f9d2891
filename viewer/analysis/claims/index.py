"""Which claim units to compare, and how alike two of them are.

Candidates come only from an inverted index over each unit's rarest keys (figures, names,
uncommon content words), so the work grows with the number of units sharing something
specific, not with the square of the corpus.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Sequence

from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.claims.predicates import predicates_differ, roles_swapped
from viewer.analysis.claims.quantities import NEAR_PERCENT, magnitude_key, near_percentages

KEYS_PER_UNIT = 12
MAX_POSTINGS = 200
_NAME_WEIGHT = 1.3
_ROLE_WEIGHT = {"frame": 0.6, "setting": 0.6}
_BACKGROUND = 50  # pseudo-units, so a term shared by the only two units compared is not "common"
_SMOOTHING = 4.0  # a few rare words' worth of mass, so that tiny units do not look alike by chance
_NO_CORE = 0.5  # sharing only the source or the setting is weak evidence of one claim
_MAX_BUCKETS = 12
REACTION_BONUS = 0.1
UPDATE_RATIO = 1.25
SCOPE_PENALTY = 0.15  # a running total against one event's count
SAME_FIGURE = 0.35
OTHER_PREDICATE = 0.6  # shared words count less when one subject does another thing


def index_keys(features: UnitFeatures) -> set[str]:
    """Terms and figures a unit can be found by; close figures share a magnitude bucket."""
    keys = {"t:" + t for t in features.terms} | {"r:" + p for p in features.reaction}
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


class PairScorer:
    """Similarity of two units: IDF-weighted shared terms plus agreement of their figures."""

    def __init__(self, features: Sequence[UnitFeatures]):
        self.features = features
        df = Counter(t for f in features for t in f.terms)
        n = len(features)
        self.idf = {t: math.log((n + _BACKGROUND) / (c + 0.5)) for t, c in df.items()}
        self._factor = [_factors(f) for f in features]
        self._core = [set(f.terms) - set(f.frame) - set(f.setting) for f in features]
        self._mass = [sum(self._weight(i, t) for t in f.terms) for i, f in enumerate(features)]
        self._cache: dict[tuple[int, int], float] = {}

    def _weight(self, i: int, t: str) -> float:
        return self.idf.get(t, 0.0) * self._factor[i].get(t, 1.0)

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in self._cache:
            a, b = self.features[i], self.features[j]
            scope = SCOPE_PENALTY if a.cumulative != b.cumulative else 0.0
            figures = figure_agreement(a.figures, b.figures)
            terms = self.terms(i, j)
            if figures < SAME_FIGURE and predicates_differ(a, b):  # one exact figure: two wordings of one act
                terms *= OTHER_PREDICATE
            self._cache[key] = -1.0 if roles_swapped(a, b) else terms + figures - scope
        return self._cache[key]

    def evidence(self, i: int, j: int) -> int:
        """Independent signs of one claim: words that make the claim (not its source or setting)
        in both units, an agreeing figure, the same party reacting."""
        a, b = self.features[i], self.features[j]
        signs = len(self._core[i] & self._core[j]) + (figure_agreement(a.figures, b.figures) > 0)
        return signs + (same_reaction(a, b) > 0)

    def terms(self, i: int, j: int) -> float:
        shared = set(self.features[i].terms) & set(self.features[j].terms)
        if not shared or not self._mass[i] or not self._mass[j]:
            return 0.0
        mass = sum((self._weight(i, t) + self._weight(j, t)) / 2 for t in shared)
        score = mass / math.sqrt((self._mass[i] + _SMOOTHING) * (self._mass[j] + _SMOOTHING))
        return score if shared & self._core[i] & self._core[j] else score * _NO_CORE


def _factors(features: UnitFeatures) -> dict[str, float]:
    factors = {t: _NAME_WEIGHT for t in features.names}
    for role, weight in _ROLE_WEIGHT.items():
        factors.update((t, weight) for t in getattr(features, role))
    return factors


def same_reaction(a: UnitFeatures, b: UnitFeatures) -> float:
    """Bonus when both report how the same party reacted (commented, denied, is yet to respond);
    only worth anything next to the event reacted to, as reactions to other events read alike."""
    return REACTION_BONUS if set(a.reaction) & set(b.reaction) else 0.0


def figure_agreement(a: list[CountedFigure], b: list[CountedFigure]) -> float:
    """Bonus when both name the same figure, penalty when they count one thing differently;
    close exact counts of one thing are one toll reported at different hours, not a conflict,
    and shares a few tenths of a point apart (49.7% and 49.6 percent) are one figure rounded."""
    best, conflict = 0.0, False
    for fa in _with_totals(a):
        for fb in _with_totals(b):
            if fa.unit != fb.unit or fa.unit == "duration":
                continue
            same_thing = bool(fa.thing) and fa.thing == fb.thing
            consistent = fa.low <= fb.high and fb.low <= fa.high and not (_precise(fa) and _precise(fb) and fa.value != fb.value)
            big = max(fa.high, fb.high) >= 10
            if fa.value is not None and (fa.value == fb.value or near_percentages(fa, fb)) and big:
                best = max(best, SAME_FIGURE if same_thing or not fa.thing or not fb.thing else 0.15)
            elif consistent and big:
                vague = fa.value is None or fb.value is None
                best = max(best, 0.05 if not same_thing else 0.1 if vague else 0.25)
            elif same_thing and big and _updated(fa, fb):
                best = max(best, 0.1)
            elif same_thing and not consistent:
                conflict = True
    return best if best > 0 or not conflict else -0.25


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
