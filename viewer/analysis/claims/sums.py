"""Two units' sums of money that no one value allows: never one claim, whatever each is of.

Reports of one business or budget story give several sums, each of its own whole or period: "Pfizer … expects its
Covid-19 vaccine to generate about $26 billion in sales this year" and "The vaccine brought in $3.5 billion in revenue
in the first three months of this year" are the year's forecast and one quarter's takings. What a sum is of is rarely
the noun the figure reader finds (a sum hangs from "generate", "brought in", "set at"), so `index.figure_relation`
compares two sums as a conflict only when both name one thing. Read either way, as one sum given differently (a bail
"set at $130,000" beside "held on $310,000 bail") or as sums of two wholes or periods, two units whose sums none of
which the other's allows (the hedges, a sum revised within a quarter, as `figure_relation` reads one thing) are two
claims; a pair that also gives one figure the same or compatible is left to the pair model (`verifier.counts_conflict`),
as with shares (`shares.shares_apart`, the same reading of per cents). Sums in two currencies are not compared.

Counted before it was built (session 74, detail74, `python bench/sum_links.py`): docs/linking.md "Two sums no one
value allows".
"""
from __future__ import annotations

from dataclasses import replace

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.claims.index import figure_relation
from viewer.analysis.claims.quantities import CURRENCIES


def sums_apart(a: list[CountedFigure], b: list[CountedFigure]) -> bool:
    """Whether both lists give sums in one currency, none of them one figure with one of the other's and some two
    counts of one thing that no one value allows, each sum read as counting one thing."""
    return any(figure_relation(sums_a, sums_b, smallest=0) == "conflict"
               for sums_a, sums_b in ((sums_in(a, sign), sums_in(b, sign)) for sign in CURRENCIES) if sums_a and sums_b)


def sums_in(figures: list[CountedFigure], sign: str) -> list[CountedFigure]:
    """The sums in one currency, each read as counting that currency, whatever the figure reader found it of."""
    return [replace(f, thing=sign, priced="") for f in figures if f.unit == sign and f.count]
