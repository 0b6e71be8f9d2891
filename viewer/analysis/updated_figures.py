"""Figures an article gives anew in a later sentence: "Initial reports indicated four federal agents were wounded.
Following an update from the FBI that number has been reduced to three."

The later sentence names the figure only by a noun for a figure ("that number", the toll), so it is read against an
earlier clause of its sentence or the sentence before it (`claims.retractions.given_anew` marks it). Read apart, the
earlier sentence seemed to be the article's figure: against another report's "three" it was a disagreement between
the sources, when the article itself says three. Such sentences are rare: the GVA crawl, ECB+ train and PolNeAR train (7,897 texts) hold four, and
in each "that number" refers to a figure of the sentence just before it (the change verbs are counted by
training/count_revision_verbs.py).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from viewer.analysis.claims.features import ClaimUnit, CountedFigure

Place = tuple[int, int, int]  # document, start, end of a figure (document offsets)


def later_figures(units: Iterable[ClaimUnit]) -> dict[Place, CountedFigure]:
    """For a figure an article gives anew, that later figure (with ``update`` set), by where the earlier one stands:
    the last count before it in the same unit of measure, in an earlier clause of its sentence ("LMPD originally
    reported that four other people were injured; that number was later raised to five") or else in the sentence
    before."""
    by_sentence: dict[tuple[int, int], list[CountedFigure]] = defaultdict(list)
    units = list(units)
    for unit in units:
        by_sentence[unit.document, unit.features.sentence] += unit.features.figures
    out: dict[Place, CountedFigure] = {}
    for unit in units:
        for later in (f for f in unit.features.figures if f.update):
            earlier = _counts_before(by_sentence.get((unit.document, unit.features.sentence), ()), later) or \
                _counts_before(by_sentence.get((unit.document, unit.features.sentence - 1), ()), later)
            if earlier:
                first = max(earlier, key=lambda f: f.start)
                out[unit.document, first.start, first.end] = later
    return out


def _counts_before(found: Iterable[CountedFigure], later: CountedFigure) -> list[CountedFigure]:
    """The stated counts before ``later`` in its unit of measure."""
    return [f for f in found if f.start < later.start and f.count and not f.corrected and not f.update
            and f.value is not None and f.unit == later.unit]
