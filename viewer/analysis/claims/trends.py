"""The measures a report's lede tells moving up or down, and whether two reports' ledes tell one measure moving
opposite ways: two readings of one running figure, two stories.

A running subject is reported week after week in the same words: "Jobless Claims Rose Last Week, Pausing Downward
Trend" in June, "New Jobless Claims Fall 34,000 to 444,000" in May. The story gate reads their meaning, names and
figures alike, and no date in the ledes parts them. One story's reports agree on which way its figure went; where one
lede says the claims rose and the other that they fell, they tell two weeks. A trend is a predicate of the lede
(`predicates.predicates`, stored per unit) whose verb says a figure moved one way (`change_directions.json`, counted
by `training/count_change_directions.py` from "rose to 35 per cent from 15 per cent" and "fell to 5.2% from 5.4%";
a verb news gives one end of a change only, "climbed to $360 million", "surged 5 percent", "dipped to 27,815", takes the
way of the WordNet sense it has below increase or decrease, or below rising or descending as motion), keyed by its
subject without a plural "s" ("claim up"). A lede telling one measure both ways ("initial claims fell,
continuing claims rose") parts nothing on it. Counted by `bench/trend_links.py` (docs/linking.md, session 75): of the AllSides draws'
report pairs telling one measure, one story's apart 0 of 22, two stories' 103 of 226; BASIL, WCEP and ECB+ train's
topics none apart; no GVA crawl pair's ledes tell one measure. With WordNet's ways (session 77, on allsidesA–R): one
story's 0 of 39, two stories' 209 of 449.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import Predicate

TABLE = Path(__file__).with_name("change_directions.json")


@lru_cache(maxsize=1)
def directions() -> dict[str, str]:
    """The way ("up" or "down") each trend verb, keyed as the analyser keys it, moves a figure: what `trends` and
    `trend_levels` read."""
    return {verb: entry["direction"] for verb, entry in json.loads(TABLE.read_text(encoding="utf-8"))["entries"].items()}


def trends(predicates: Iterable[Predicate]) -> list[str]:
    """The measures ``predicates`` (a unit's [subject, verb, object] keys) tell moving, each as "subject up" or
    "subject down": ("claim", "rise", "") gives "claim up"; a verb with no subject gives none."""
    ways = directions()
    return sorted({f"{measure_key(s)} {ways[v]}" for s, v, _o in predicates if s and v in ways})


def measure_key(subject: str) -> str:
    """A subject key without its plural "s": a headline's capitalised "Claims" is keyed by its text, the lede's
    "claims" by its lemma ("claim"), and both name one measure."""
    return subject[:-1] if subject.endswith("s") and len(subject) > 3 else subject


def trends_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two ledes' trends (`trends` of their units) tell one measure moving one way in one and the other way
    in the other, each lede telling it one way only."""
    ways_a, ways_b = _ways(a), _ways(b)
    return any(len(ways_a[m]) == 1 and len(ways_b[m]) == 1 and ways_a[m] != ways_b[m]
               for m in ways_a.keys() & ways_b.keys())


def _ways(found: Iterable[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for trend in found:
        measure, _, way = trend.rpartition(" ")
        out[measure].add(way)
    return out
