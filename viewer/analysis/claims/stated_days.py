"""The days a unit states, each with the event it is the day of, and whether two units give one event two days.

One report may tell two happenings of one kind on two days (a mother's child shot late Monday, arraigned Tuesday;
a father's child shot Wednesday night, arraigned Thursday), and reports name a visitation Tuesday and a funeral
Wednesday "held at the funeral home". Their sentences share nearly every word but the days. Where both units date one
event (`timed_events`: "arraigned Tuesday" / "arraigned Thursday"; "shot" / "wounded" are one event where the crawl
says so, `timed_events.one_event`) and no day one states can be a day the other states (`times.meet`: "Monday" /
"Monday night" are one day; "late Monday" / "early Tuesday" can be one night; "yesterday" is not read), they state
two claims. A day of telling ("police said Monday") dates the report, not the event, and is left out. Two units that
date different events ("identified Tuesday night" / "opened fire on Monday") are left alone: two acts of one story
dated apart are still read as one claim where the rest of the linking says so. On the 2,300 hand-judged dev links
(training/count_stated_days.py) this parts 4 wrong links and no right or partly right one.
"""
from __future__ import annotations

from dataclasses import replace

from viewer.analysis.claims.timed_events import one_event, timed_events
from viewer.analysis.claims.times import DAY_KINDS, REPORTING, StatedTime, meet, times_in

# (event stem, kind "date"/"weekday", year or 0, month, day, weekday or -1, part): one day the unit states, as stored.
DatedEvent = tuple[str, str, int, int, int, int, str]


def dated_events(doc, start: int, text: str) -> list[DatedEvent]:
    """The days ``text`` (the document's characters from ``start``, as ``doc`` parsed them) states, each with
    its event's stem; days of telling left out."""
    days = [replace(t, start=t.start + start, end=t.end + start) for t in times_in(text) if t.kind in DAY_KINDS]
    if not days:
        return []
    out = []
    for t, event in zip(days, timed_events(doc, tuple(days))):
        if event not in REPORTING:
            (year, month, day), = t.spans or ((0, 0, 0),)
            out.append((event, t.kind, year, month, day, -1 if t.weekday is None else t.weekday, t.part))
    return out


def one_event_apart(a: list[DatedEvent], b: list[DatedEvent]) -> bool:
    """Whether the two units date one event and no day of one can be a day of the other."""
    if not a or not b:
        return False
    days_a, days_b = [_day(d) for d in a], [_day(d) for d in b]
    if any(meet(x, y) for x in days_a for y in days_b):
        return False
    return any(e and f and one_event(e, f) for e, *_ in a for f, *_ in b)


def _day(d: DatedEvent) -> StatedTime:
    _event, kind, year, month, day, weekday, part = d
    spans = ((year, month, day),) if kind == "date" else ()
    return StatedTime(0, 0, "", kind, spans, None if weekday < 0 else weekday, part)
