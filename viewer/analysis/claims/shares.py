"""Two units' shares (percentages) that no one value allows: never one claim, whatever each is of.

A figure is one measure of one scope: "The Consumer Price Index … rose 4.2% from a year earlier" and "Excluding
volatile food and energy prices, the core CPI increased 3%" give two measures of one release; "expects global gross
domestic product to grow by 5.9% this year" and "expects global growth to remain at 4.9% next year" one measure of two
years. What a share is of is rarely the noun the figure reader finds (a share hangs from "rose", "grow by", "at"), so
`index.figure_relation` compares two shares as a conflict only when both name one thing, which they seldom do. Read
either way, as one share counted differently or as shares of two measures or scopes, two units whose shares none of
which the other's allows (the hedges, a few tenths of a point, a share revised within a quarter, as `figure_relation`
reads one thing) are two claims; a pair that also gives one figure the same or compatible is left to the pair model
(`verifier.counts_conflict`).

Counted before it was built (session 70, `python bench/share_links.py`): on every judged dev link it parts W 11, R 0,
P 0 (allsidesB's inflation report 7, allsidesD's IMF forecasts 4; no GVA link gives shares on both sides); on the
unjudged BASIL and WCEP sets 2 close sentence pairs, neither one claim (two tax rates of two periods, two figures of a
debate); on the GVA crawl's 914 report pairs none; on MSRP 64 of 5,801 pairs, 15 of them labelled paraphrases (7 two
measures or scopes, 6 one share given two ways, which counts would part too, 2 the figure reader misreads).
"""
from __future__ import annotations

from dataclasses import replace

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.claims.index import figure_relation

_ONE_MEASURE = "%"  # the thing every share is read as counting, for the comparison alone


def shares_apart(a: list[CountedFigure], b: list[CountedFigure]) -> bool:
    """Whether both lists give shares, none of them one figure with one of the other's and some two counts of one
    thing that no one value allows, each share read as counting one thing."""
    shares_a, shares_b = _shares(a), _shares(b)
    return bool(shares_a and shares_b) and figure_relation(shares_a, shares_b, smallest=0) == "conflict"


def _shares(figures: list[CountedFigure]) -> list[CountedFigure]:
    return [replace(f, thing=_ONE_MEASURE, priced="") for f in figures if f.unit == "%" and f.count]
