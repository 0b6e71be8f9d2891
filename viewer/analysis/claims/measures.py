"""A unit that gives only shares beside one that gives only sums of money: never one claim.

One story's figures measure different things, and a share and a sum are two measures even of one whole: "Next year's
cost-of-living adjustment, or COLA, will be 5.9%" and "The COLA … amounts to $92 a month for the average retired
worker" tell the raise as a rate and as the average cheque, two facts a reader checks apart; "Biden's $1.9 trillion
coronavirus relief package" and "about 90 percent of families with children will get this new tax relief" tell the
package's size and its reach. `index.figure_relation` compares only figures of one unit, so such a pair reads as no
figures compared at all, and `shares.shares_apart` and `sums.sums_apart` need the same measure on both sides. A side
that gives both a share and a sum, or a pair that also gives one count the same or compatible, is left to the pair
model (`verifier.counts_conflict`): "rose 5% to $10.2 million" beside "rose to $10.2 million" is one claim.

Counted before it was built (session 75, plan75, `python bench/measure_links.py`): docs/linking.md "A share beside a
sum".
"""
from __future__ import annotations

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.claims.quantities import CURRENCIES

_SHARES = ("%", "points")


def share_beside_sum(a: list[CountedFigure], b: list[CountedFigure]) -> bool:
    """Whether one list gives shares and no sum, and the other sums and no share."""
    kinds_a, kinds_b = given_measures(a), given_measures(b)
    return {kinds_a, kinds_b} == {frozenset({"share"}), frozenset({"sum"})}


def given_measures(figures: list[CountedFigure]) -> frozenset[str]:
    """The measures a unit's counted figures give: "share" (per cents, points), "sum" (money)."""
    return frozenset("share" if f.unit in _SHARES else "sum" for f in figures
                     if f.count and not f.corrected and (f.unit in _SHARES or f.unit in CURRENCIES))
