"""What a report's lead says happened, where, to whom and how much: what tells two reports of one
story from the reports of its twin event.

Twin events (the region's two earthquakes, two arrests of one kind, the town's two shootings) are
reported in the same words, so meaning and shared vocabulary hardly tell them apart. Their leads
do: a report gives its news first, with the place, the people and the counts of this event, while
deeper down it recalls the other one. So the story gate compares the leads' names, places, months
and counted figures besides the whole articles'.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from viewer.analysis.claims.features import ClaimUnit

# The lead is the headline and the opening sentences, 0..LEAD: the recap check's lead as fitted on linked
# ECB+ corpora (verifier.json "recap_check"), where a report states its news undated, as news.
LEAD = 2


@dataclass(frozen=True)
class Lead:
    """The names, places and dates (setting terms), months and counted figures the lead states."""

    names: frozenset[str] = frozenset()
    setting: frozenset[str] = frozenset()
    months: frozenset[int] = frozenset()
    figures: frozenset[tuple[float, str]] = frozenset()  # (value, what it counts), as `candidates.article_figures`


def lead_of(units: Iterable[ClaimUnit]) -> Lead:
    """The lead of one document's ``units``."""
    lead = [u.features for u in units if u.features.sentence <= LEAD]
    return Lead(frozenset(n for f in lead for n in f.names), frozenset(s for f in lead for s in f.setting),
                frozenset(m for f in lead for m in f.months),
                frozenset((c.value, c.thing) for f in lead for c in f.figures if c.value is not None and c.thing and not c.term))


def lead_signs(a: Lead, b: Lead, names_a: frozenset[str], names_b: frozenset[str]) -> list[float]:
    """The signs of two articles' leads, in the order of `verifier.STORY_FEATURES`' lead signs: the share
    of the smaller lead's names and of its places and dates the other lead holds; the share of each lead's
    names the other article never gives (``names_*``: all its names), the mean of the two sides (the man
    one report's lead says was arrested is named somewhere in every report of that arrest, seldom in the
    report of another's); whether both leads date a month and share one; and the share of the things both
    leads count that they count differently (a 6.1 quake and a 4.4 one; 47 dead and 3 dead), with no value in common."""
    return [_share(a.names, b.names), _share(a.setting, b.setting), (_missing(a.names, names_b) + _missing(b.names, names_a)) / 2,
            float(bool(a.months & b.months)), _counted_apart(a.figures, b.figures)]


def _missing(lead: frozenset[str], other: frozenset[str]) -> float:
    return len(lead - other) / max(1, len(lead))


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _counted_apart(a: frozenset[tuple[float, str]], b: frozenset[tuple[float, str]]) -> float:
    values_a, values_b = _by_thing(a), _by_thing(b)
    both = values_a.keys() & values_b.keys()
    return sum(1 for thing in both if not values_a[thing] & values_b[thing]) / max(1, len(both))


def _by_thing(figures: frozenset[tuple[float, str]]) -> dict[str, set[float]]:
    found: dict[str, set[float]] = defaultdict(set)
    for value, thing in figures:
        found[thing].add(value)
    return found
