"""How two sources of one claim differ on when it happened: the clock time or the day each gives
one event (`claims.times` reads them, `claims.timed_events` what each is the time of).

A time is compared with the other source's time of the same event: "shot at 10:15 a.m. and died
at 11:40" against "died at 12:30 p.m." compares the deaths, and "police were called at 9:30 p.m."
against "the suspect was arrested at 11 p.m." compares nothing. A time of saying or posting dates
the report, not what it tells, so is not compared: on the GVA crawl's incidents two articles'
times of one event agree in 88 % of 4,774 pairs, but "said" and "said" in 53 % and "updated" and
"updated" in 12 % (training/count_timed_events.py). Where no event is read for a time,
it is compared as before events were read: the one time each side gives that no time of the other
can be, if each gives one. Where each side gives an event one time written to the minute and the minutes differ
though the times meet ("around 11:20 p.m." / "11:23 p.m."), the line says they may be one moment (`_near`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from viewer.analysis.claims.features import Recorded
from viewer.analysis.claims.timed_events import a_moment, one_event, timed_events
from viewer.analysis.claims.times import DAY_KINDS, REPORTING, WEEKDAYS, StatedTime, meet, times_in
from viewer.analysis.model import Discrepancy, Mention
from viewer.analysis.nlp import english

Events = Mapping[Mention, tuple[str, ...]]  # a mention -> the event of each of its times
_Timed = list[tuple[StatedTime, Mention, str]]
_SORTS = (("time", ("time",)), ("day", DAY_KINDS))
_WEEKDAY_WRITTEN = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_MINUTE = re.compile(r"\d{1,2}[:.](\d\d)")  # a clock time written to the minute
CLOSE = "minutes apart, may be one moment"  # what a line of two clock times that meet says of them


def read_events(pairs: Iterable[tuple[Sequence[Mention], Sequence[Mention]]],
                recorded: Recorded | None = None) -> dict[Mention, tuple[str, ...]]:
    """The events of the times of every mention whose pair of sources both state a time of one sort, where some
    time one side gives cannot be some time the other gives (`_may_differ`; the others need none): those its unit
    recorded (``recorded``, by document and characters: `timed_events.unit_events`, read in the parse the analysis
    read it in), the rest parsed alone, all in one batch. With every unit recorded a relink loads no parser."""
    wanted: set[Mention] = set()
    for left, right in pairs:
        for _sort, kinds in _SORTS:
            sides = [[m for m in side if any(t.kind in kinds for t in times_in(m.text))] for side in (left, right)]
            if all(sides) and _may_differ([[m.text for m in side] for side in sides], kinds):
                wanted.update(sides[0] + sides[1])
    recorded = recorded or {}
    found = {m: tuple(f.events) for m in wanted if (f := recorded.get(m.place)) is not None and f.events is not None}
    unread = {m.text for m in wanted - found.keys()}
    if not unread:
        return found  # no parser loaded where every unit recorded its events
    texts = sorted(unread - _READ.keys())
    for text, doc in zip(texts, english().pipe(texts, batch_size=64)):
        _READ[text] = timed_events(doc, times_in(text))
    found.update((m, _READ[m.text]) for m in wanted - found.keys())
    for text in list(_READ)[:max(0, len(_READ) - READ_KEPT)]:  # the oldest go: a corpus's timed mentions are kept
        del _READ[text]
    return found


def _may_differ(sides: list[list[str]], kinds: tuple[str, ...]) -> bool:
    """Whether a time of ``kinds`` in one side's texts cannot be one in the other's. If every time each side gives
    can be every time the other gives, `time_discrepancies` finds none of that sort whatever event each time is of
    (`_the_unmet` keeps only a time no time of the other side can be), so the texts need no parse for it: the
    parse is the dearest step of a relink (89 timed mentions were a fifth of the relink's CPU on 100 bench
    articles, and 26 of them were only in pairs whose times all meet)."""
    found = [[t for text in side for t in times_in(text) if t.kind in kinds] for side in sides]
    return not all(meet(a, b) and meet(b, a) and not _minutes_apart(a, b) for a in found[0] for b in found[1])


# A mention parsed alone has events that depend on its words alone, and every hand link or unlink relinks the whole
# corpus: re-parsed each time, they were 0.29 s of a 1.4 s link on 60 BASIL articles (bench/bench_hand_link.py).
_READ: dict[str, tuple[str, ...]] = {}
READ_KEPT = 20000  # texts of mentions whose events are kept (in order of reading) for the next relink


def time_discrepancies(left: Sequence[Mention], right: Sequence[Mention], events: Events,
                       two_acts: Callable[[Mention, Mention], bool] | None = None) -> list[Discrepancy]:
    """Another clock time or day for one event, of each sort (clock, day) at most one per event. No day is set
    against another between two mentions whose main clauses state two acts (``two_acts``, `ConfidentPairs.two_acts`):
    linking joins mentions of one story through others, and two sentences of it telling two acts give each its own
    day ("expected to be arraigned Tuesday" / "a father was arraigned Thursday")."""
    out = []
    for sort, kinds in _SORTS:
        side_a, side_b = _timed(left, kinds, events), _timed(right, kinds, events)
        differing = _differing(side_a, side_b)
        for (t, m, _e), (u, n, _f) in differing:
            if sort == "day" and two_acts is not None and two_acts(m, n):
                continue
            label = "date" if t.kind == u.kind == "date" else sort
            explanation = f"{label}: '{t.text}' vs '{u.text}'{_weekday_note(t, u)}"
            out.append(Discrepancy("time", explanation, [_time_mention(m, t), _time_mention(n, u)]))
        for (t, m, _e), (u, n, _f) in _near(side_a, side_b) if sort == "time" and not differing else ():
            explanation = f"time: '{t.text}' vs '{u.text}' ({CLOSE})"
            out.append(Discrepancy("time", explanation, [_time_mention(m, t), _time_mention(n, u)]))
    return out


def _near(side_a: _Timed, side_b: _Timed) -> list[tuple[tuple, tuple]]:
    """Where each side gives one clock time of one event (`one_event`; or each side one time of no event read at all)
    and both are written to the minute, the two when their minutes differ though each may be the other, the one
    rounded or hedged ("around 11:20 p.m." / "11:23 p.m.", "12:45 p.m." / "12:47 p.m."): no time is wrong, but the
    sources word the moment apart and a researcher checks which gives it as told. Counted on the GVA crawl before
    this was read (training/count_near_times.py, the figures in docs/linking.md)."""
    pairs = [(x, y) for x in side_a for y in side_b if x[2] and y[2] and one_event(x[2], y[2])]
    if not pairs and not any(e for _t, _m, e in side_a + side_b):
        pairs = [(x, y) for x in side_a for y in side_b]
    out = []
    for x, y in pairs:
        same_a = [z for z in side_a if z[2] == x[2]]
        same_b = [z for z in side_b if z[2] == y[2]]
        if len(same_a) == len(same_b) == 1 and meet(x[0], y[0]) and _minutes_apart(x[0], y[0]) and (x, y) not in out:
            out.append((x, y))
    return out


def _minutes_apart(a: StatedTime, b: StatedTime) -> bool:
    """Two clock times both written to the minute ("11:20", "11:23"), at different minutes."""
    x, y = _MINUTE.search(a.text), _MINUTE.search(b.text)
    return a.kind == b.kind == "time" and x is not None and y is not None and x.group(1) != y.group(1)


def _timed(mentions: Sequence[Mention], kinds: tuple[str, ...], events: Events) -> _Timed:
    out = []
    for m in mentions:
        found = times_in(m.text)
        for t, e in zip(found, events.get(m, ("",) * len(found))):
            if t.kind in kinds and e not in REPORTING and a_moment(e):  # "police said Monday": when it was told
                out.append((t, m, e))
    return out


def _differing(side_a: _Timed, side_b: _Timed) -> list[tuple[tuple, tuple]]:
    """Of each event both sides time, the one time each side gives it that no time the other gives
    it can be; then, among the times of no event both sides time, the one time each side gives that
    no time of the other can be, unless both are of events read and not one.

    Two events are one where the crawl says so (`one_event`), or where these two sources give them
    one date or clock time: "five officers killed on July 7 in Dallas and three more July 18" parses
    the 18th as the attacks' day, which the other source's "a July 7 attack" shows is the killings'
    (a weekday, shared by many events of one week, shows nothing)."""
    shared = {frozenset((x[2], y[2])) for x in side_a for y in side_b
              if x[2] and y[2] and "weekday" not in (x[0].kind, y[0].kind) and meet(x[0], y[0])}

    def one(e: str, f: str) -> bool:
        return bool(e and f) and (one_event(e, f) or frozenset((e, f)) in shared)

    out, used = [], set()
    for event in dict.fromkeys(e for _t, _m, e in side_a if e):
        same_a = [x for x in side_a if one(x[2], event)]
        same_b = [y for y in side_b if one(event, y[2])]
        if not same_b:
            continue
        used.update(id(x) for x in same_a + same_b)
        pair = _the_unmet(same_a, same_b)
        if pair and pair not in out:
            out.append(pair)
    pair = _the_unmet(side_a, side_b)
    if pair and not {id(pair[0]), id(pair[1])} & used and not (pair[0][2] and pair[1][2]):
        out.append(pair)
    return out


def _the_unmet(side_a: _Timed, side_b: _Timed) -> tuple[tuple, tuple] | None:
    """The one time of each side that no time of the other can be, if each side has one such."""
    only_a = [x for x in side_a if not any(meet(x[0], y[0]) for y in side_b)]
    only_b = [y for y in side_b if not any(meet(y[0], x[0]) for x in side_a)]
    return (only_a[0], only_b[0]) if len(only_a) == len(only_b) == 1 else None


def _weekday_note(t: StatedTime, u: StatedTime) -> str:
    """Which weekday a date's year makes it, where that is what differs from the other side's
    weekday: " (Feb. 14, 2017 was a Tuesday)"."""
    for date, other in ((t, u), (u, t)):
        if date.kind == "date" and date.weekday is not None and other.kind == "weekday" and not _WEEKDAY_WRITTEN.search(date.text):
            return f" ({date.text} was a {WEEKDAYS[date.weekday].capitalize()})"
    return ""


def _time_mention(m: Mention, t: StatedTime) -> Mention:
    return Mention(m.document, m.start + t.start, m.start + t.end, m.text[t.start:t.end])
