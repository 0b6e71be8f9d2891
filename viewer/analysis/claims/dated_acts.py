"""The acts a report's lede dates to a day of the week, and whether two reports' ledes date one act to days that
cannot be one: two happenings of one running subject, two stories.

AllSides rounds up each story as its outlets told it that day, and one subject runs for months in stories told alike
("President Joe Biden announced a new vaccination goal on Tuesday" in May, "Biden on Thursday announced a number of new
steps" in July): the story gate, reading meaning and shared names, passes them, and nothing dated by the calendar parts
them. What the ledes do give is the weekday of their news act. Where both reports' ledes date one act (`timed_events`:
the stem a day hangs from, "announce" of "announced Tuesday", or two stems the GVA crawl times alike,
`timed_events.one_event`) and no day of one is within a day of one of the other's (`clock.days_apart`: late Tuesday
and early Wednesday are one night), the two tell two happenings. A state, a schedule or a day of telling ("said
Tuesday", `timed_events.a_moment`) dates no happening and is not read, nor is a page's stamp ("Published: Thursday,
October 20, 2016"), whose stems are those two reports of one GVA incident date apart as often as alike
(`dated_acts.json`, written by `training/count_dated_acts.py`). The shooting's own days of the GVA crawl are
`incident_days`; this reads any act. Counted on the crawl's report pairs by that script and on the judged sets' by
`bench/dated_act_links.py` (docs/linking.md, session 74).
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.clock import days_apart
from viewer.analysis.claims.timed_events import a_moment, day_events, one_event

TABLE = Path(__file__).with_name("dated_acts.json")


@lru_cache(maxsize=1)
def _stamps() -> frozenset[str]:
    return frozenset(json.loads(TABLE.read_text(encoding="utf-8"))["stamps"])


def dated_acts(doc, sentence, stamps: frozenset[str] | None = None) -> list[str]:
    """The acts the sentence (a span of ``doc``) dates to a weekday, each as "stem day" (the day as
    `clock.stated_weekdays` writes it): "Biden on Thursday announced …" gives "announce 3", "said Tuesday" nothing.
    ``stamps``: the stems left out as a page's time (`dated_acts.json`'s by default)."""
    stamps = _stamps() if stamps is None else stamps
    return sorted({f"{e} {t.weekday}{t.part}" for t, e in day_events(doc, sentence, told=True)
                   if e and a_moment(e) and e not in stamps})


def stem_of(act: str) -> str:
    """The stem of one of `dated_acts`' "stem day" strings."""
    return act.rpartition(" ")[0]


def days_of(acts: Iterable[str]) -> dict[str, set[str]]:
    """Each act's days, from `dated_acts`' "stem day" strings."""
    out: dict[str, set[str]] = defaultdict(set)
    for act in acts:
        stem, _, day = act.rpartition(" ")
        out[stem].add(day)
    return out


def acts_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two reports' lede acts (`dated_acts` of their lede sentences) date one act to days that cannot be one."""
    days_a, days_b = days_of(a), days_of(b)
    return any(one_event(e, f) and days_apart(days_a[e], days_b[f]) for e in days_a for f in days_b)
