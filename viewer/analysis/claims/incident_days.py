"""The day a report's lede gives its own incident, and whether two reports' days can be one incident's.

A report tells its news first, with the day it happened: "Five people were injured Saturday afternoon …" and
"Five people were shot … Wednesday afternoon" are two shootings of one city, told in the same words, which the story
gate (reading meaning, names and tolls) passes as one story. A day read in the lede is the incident's only when it is
the day of the shooting ("shot Sunday night", "killed Saturday"), not of a later stage ("arraigned Thursday", "returned
to work Tuesday"): the events that give it are those whose lede days fall on their incident's day in the GVA crawl
(`incident_days.json`, written by `training/count_incident_days.py` from the archive's own dates). Two reports whose
ledes both give such days, none within a day of one of the other's (`clock.days_apart`: a shooting after midnight is
told under either day), tell two incidents.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.clock import days_apart
from viewer.analysis.claims.timed_events import day_events

TABLE = Path(__file__).with_name("incident_days.json")


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def lede() -> int:
    """The last sentence (the headline is 0) a report's lede runs to, as the table was counted."""
    return int(_table()["lead"])


def shooting_days(doc, sentence) -> list[str]:
    """The weekdays (as `clock.stated_weekdays` writes them: "5late") the sentence (a span of ``doc``) gives the
    events of the shooting itself (`incident_days.json`): "A man was shot Sunday night" gives "6late"; "was arraigned
    Thursday" gives none."""
    events = set(_table()["events"])
    return sorted({f"{t.weekday}{t.part}" for t, e in day_events(doc, sentence) if e in events})


def ledes_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' lede days (`shooting_days` of their first sentences) cannot be one incident's."""
    return days_apart(a, b)
