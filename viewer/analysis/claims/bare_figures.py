"""Figures a report gives with no noun counting them, compared by value alone at the story gate.

The gate's shared-figures sign compares what two reports count ((value, noun): "559,000 jobs"), and a figure whose
noun the sentence does not name ("nonfarm payrolls up what normally would be considered a solid 559,000", "the
unemployment rate fell to 5.8% from 6.1%") was left out, so three reports of May's jobs report shared no figure there
(allsidesK, session 74). Such a figure counts where the other report gives the same value, with a noun or without, and
only when the value is one two reports rarely give by chance (`rare_value`). Counted by `bench/bare_figure_gate.py` on
the dev sets drawn by event, the gate at its threshold: AllSides' same-story report pairs passed 389 -> 398 of 682,
other pairs 47 -> 48; BASIL 70 -> 74 of 120, others 0; WCEP and GVA unchanged (docs/linking.md, session 74).
"""
from __future__ import annotations

from collections.abc import Iterable, Set as AbstractSet

from viewer.analysis.claims.features import ClaimUnit

YEARS = (1900, 2100)  # a bare whole number in this span is most often a year


def rare_value(value: float) -> bool:
    """A value two reports rarely give by chance: one with a fraction ("5.8%", "$3.5 trillion" read as 3.5) or a whole
    number of 100 or more that is no year. Small whole numbers ("two people", "3 dead") every report of a kind gives."""
    if value != int(value):
        return True
    return value >= 100 and not YEARS[0] <= value <= YEARS[1]


def bare_values(units: Iterable[ClaimUnit]) -> frozenset[float]:
    """The rare values one report's units give as a count with no noun, no price and no term."""
    return frozenset(f.value for u in units for f in u.features.figures
                     if f.value is not None and not f.thing and not f.priced and f.count and not f.term
                     and rare_value(f.value))


def shared_share(figures_a: AbstractSet[tuple[float, str]], figures_b: AbstractSet[tuple[float, str]],
                 bare_a: AbstractSet[float] = frozenset(), bare_b: AbstractSet[float] = frozenset()) -> float:
    """The share of the figures of the report giving fewer that the other gives too: each (value, noun) both count,
    and each bare value one gives that the other gives in any form (not counted twice)."""
    counted = figures_a & figures_b
    values_a, values_b = {v for v, _t in figures_a}, {v for v, _t in figures_b}
    matched = {v for v in (bare_a & (values_b | bare_b)) | (bare_b & values_a) if v not in {v for v, _t in counted}}
    size_a = len(figures_a) + len(bare_a - values_a)
    size_b = len(figures_b) + len(bare_b - values_b)
    return (len(counted) + len(matched)) / max(1, min(size_a, size_b))
