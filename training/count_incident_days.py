"""Count, over the GVA crawl, whether the day each report's lede gives its own incident tells two reports of one
incident from reports of two incidents of one city (and of one size): the article-level reading of the weekday.

A report tells its news in its headline and first sentences, with the day it happened ("Five people were injured
Saturday afternoon …"; "Five people were shot … Wednesday afternoon"): two same-size shootings of one city, told in
the same words, are two incidents when their ledes give days that cannot be one. The lede's days are the weekdays and
dates `times.times_in` reads in the headline and the first ``--lead`` sentences of the text (not a day of telling,
"said Tuesday"); the first day given (``first``) or every day given (``any``) is the report's. Two reports' days are
apart when no day of one can be a day of the other: the same weekday, or (``near``) the day before or after, as a
shooting after midnight is told under either (`clock._days_meet`); with ``strict`` only "late Saturday" and "early
Sunday" are one night (`times.meet`). Where the crawl's page date (``dct``) is known the weekday is also resolved to
the last such day on or before it (``resolved``): two days a day or more apart, beyond one night, are apart.

The Gun Violence Archive gives each incident's date, city and toll (cltl/LongTailQATask's frames, read as
`bench/wound_links.py` reads them); report pairs are one incident's (every pair of an incident's usable reports) or
two incidents' of one city and state, and among those of one toll (killed, injured alike). Each report's day is also
checked against the archive's date of its incident (the weekday alike, within a day, or off), which says how often
the lede's day is its incident's.

With ``--events`` the lede is parsed and a day counts only where its event (`timed_events`: "shot Sunday night" is
"shoot") is one whose lede days fall on their incident's day, or next to it, in at least ``--agree`` of the at least
``--least`` reports giving one: the shooting's own events, not a later stage's ("arraigned Thursday", "returned to work
Tuesday", an "Updated" stamp). ``--write`` puts them in `incident_days.json`; ``--half`` chooses them on half the
incidents (by a hash of their number) and counts the pairs on the other half.

On the crawl (session 62; 2,903 reports of 1,819 incidents in the frames, lead 2), report pairs by their lede days,
every day given, a day next to another counted alike (alike / apart / not both):

    days read                    pairs       one incident (1,939)   two incidents, one city (21,454)   and one toll (3,027)
    any weekday in the lede                   474 / 129 / 1,336       3,657 / 4,000 / 13,797              563 / 524 / 1,940
    the shooting's events only                105 /   1 / 1,833       1,140 / 1,252 / 19,062              154 / 139 / 2,734
    the same, chosen on the other half         50 /   0 /   959         240 /   240 /  5,071               29 /  39 /   753
    weekdays resolved to the page date        420 / 183 / 1,336          50 / 7,607 / 13,797               13 / 1,074 / 1,940
    the shooting's events, so resolved        103 /   3 / 1,833          11 / 2,381 / 19,062                2 /   291 / 2,734

Any weekday of the lede parts one incident's reports too often (129: a follow-up's arrest, trial or update day); the
shooting's events (shoot, kill, wound, injure, find, respond, investigate) part one incident's once, and that is a
report of another shooting filed under the incident (an 8-year-old shot "Friday night, just two days after" the
3-year-old of the incident). Resolved against the crawl's page dates, weekdays part one incident's reports 183 times
(follow-ups weeks later): the page date is often the archive's saving, and the linker's own documents are mostly
undated, so the weekday alone is read. The shooting's events' days so resolved (session 64, `--events`: each report's
own date reading its lede's shooting day) part one incident's reports 3 times and two incidents' of one city 2,381; on
the judged dev links (`bench/dated_lede_links.py`) they part R 10, P 2, W 2 of what main makes: follow-ups dated a
week or two after their shooting still give its weekday. The first lede day against its incident's date: on its
weekday 1,299, a day off 234, off 210, no day 1,160; a day of the shooting's events on its weekday 765, a day off 39,
off 10.

    python training/count_incident_days.py CORPUS_DIR FRAMES_GIT_DIR [--lead 2] [--events] [--half] [--write JSON] [--show N]
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from gva import usable_reports  # noqa: E402
from wound_links import frame_columns  # noqa: E402

from viewer.analysis.claims.timed_events import timed_events  # noqa: E402
from viewer.analysis.claims.times import DAY_KINDS, StatedTime, meet, times_in  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
Incident = tuple[datetime.date, str, int, int]  # the archive's date, "city, state", killed, injured


def incidents(repo: Path) -> dict[str, Incident]:
    """Each incident of the frames with its date, city and toll, from the git directory of cltl/LongTailQATask."""
    out = {}
    for columns in frame_columns(repo):
        for row in zip(columns["incident_uri"], columns["date"], columns["city_or_county"], columns["state"],
                       columns["num_killed"], columns["num_injured"]):
            incident, when, city, state, killed, injured = row
            out[str(incident)] = (datetime.datetime.strptime(when, "%B %d, %Y").date(), f"{city}, {state}",
                                  int(killed), int(injured))
    return out


def city_pairs(incidents_of: list[str], known: dict[str, Incident]) -> Iterator[tuple[int, int]]:
    """Every pair of reports (by index; ``incidents_of``: each report's incident) the archive places in one city and
    state: the pairs the crawl counters of a report-level sign read."""
    by_city: dict[str, list[int]] = defaultdict(list)
    for k, incident in enumerate(incidents_of):
        by_city[known[incident][1]].append(k)
    for members in by_city.values():
        yield from itertools.combinations(members, 2)


def week_pairs(incidents_of: list[str], known: dict[str, Incident], week: int) -> dict[str, list[tuple[int, int]]]:
    """One incident's report pairs, and two incidents' of one city whose archive dates are at most ``week`` days
    apart (two shootings of one city told side by side): `training/count_lede_ages.py`, `count_named_apart.py`."""
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in city_pairs(incidents_of, known):
        ia, ib = incidents_of[a], incidents_of[b]
        if ia == ib:
            pairs["one incident"].append((a, b))
        elif abs((known[ia][0] - known[ib][0]).days) <= week:
            pairs[f"two incidents, one city, within {week} days"].append((a, b))
    return pairs


def sign_arguments(description: str) -> argparse.ArgumentParser:
    """The command line of a report-level sign's counter (`count_lede_ages.py`, `count_named_apart.py`): the crawl and
    the archive's frames, the days two incidents of one city fall within, pairs to print, and the judged links' DATA."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("frames", type=Path)
    parser.add_argument("--week", type=int, default=7)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--dev", type=Path, help="the quality DATA folder: count the judged dev links too")
    parser.add_argument("--no-crawl", action="store_true")
    return parser


def count_sign(parser: argparse.ArgumentParser, dev_counts: Callable[[Path], None],
               crawl_counts: Callable[[argparse.Namespace], None]) -> None:
    """Run a report-level sign's counter (`sign_arguments`): the judged links with ``--dev``, the crawl unless
    ``--no-crawl``."""
    ns = parser.parse_args()
    if ns.dev:
        dev_counts(ns.dev)
    if not ns.no_crawl:
        crawl_counts(ns)


def lede_sentences(title: str, text: str, lead: int) -> list[str]:
    """The headline and the first ``lead`` sentences of the text."""
    return [title] + [s for s in _SENTENCE_END.split(text) if s.strip()][:lead]


def lede_days(sentences: list[str]) -> list[StatedTime]:
    """The days (weekdays, dates with a weekday) the lede's sentences give, in order."""
    return [t for s in sentences for t in times_in(s) if t.kind in DAY_KINDS and t.weekday is not None]


def day_events(sentences: list[str]) -> list[str]:
    """The event each lede day is the day of (`timed_events`: "shot Sunday night" is "shoot"), in `lede_days` order."""
    out = []
    for s in sentences:
        found = times_in(s)
        if not any(t.kind in DAY_KINDS and t.weekday is not None for t in found):
            continue
        events = timed_events(english()(s), found)
        out.extend(e for t, e in zip(found, events) if t.kind in DAY_KINDS and t.weekday is not None)
    return out


def resolved(day: StatedTime, published: datetime.date | None) -> datetime.date | None:
    """The calendar day a weekday names in a report of ``published``: the last such day on or before it (a date
    with its year is its own)."""
    if day.kind == "date" and day.spans and day.spans[0][0]:
        year, month, dom = day.spans[0]
        try:
            return datetime.date(year, month, dom)
        except ValueError:
            return None
    if published is None:
        return None
    return published - datetime.timedelta(days=(published.weekday() - day.weekday) % 7)


def near(a: StatedTime, b: StatedTime) -> bool:
    """Whether two weekdays are the same day or next to each other, either way."""
    return (a.weekday - b.weekday) % 7 in (0, 1, 6)


READINGS = {"strict": meet, "near": near}


def apart(a: list[StatedTime], b: list[StatedTime], reading: str) -> str:
    """"unknown" when a side gives no day, else "apart" or "alike" by the reading."""
    if not (a and b):
        return "unknown"
    return "alike" if any(READINGS[reading](x, y) for x in a for y in b) else "apart"


def resolved_apart(a: list[datetime.date], b: list[datetime.date]) -> str:
    """Two reports' resolved days: apart when none is within a day of one of the other's."""
    if not (a and b):
        return "unknown"
    return "alike" if any(abs((x - y).days) <= 1 for x in a for y in b) else "apart"


def against_truth(days: list[StatedTime], when: datetime.date) -> str:
    """Whether the report's first day is its incident's weekday, the next or the one before, or off."""
    if not days:
        return "no day"
    gap = (days[0].weekday - when.weekday()) % 7
    return "the incident's weekday" if gap == 0 else "a day off" if gap in (1, 6) else "off"


def shooting_events(reports: list[tuple], known: dict[str, Incident], least: int, agree: float) -> set[str]:
    """The event stems whose lede days fall on their incident's day (or next to it) in at least ``agree`` of the
    reports giving one, among those read in at least ``least`` reports: the days of the shooting, not of a later stage."""
    tally: dict[str, Counter] = defaultdict(Counter)
    for r in reports:
        when = known[r[0]][0]
        for t, e in zip(r[1], r[6]):
            tally[e]["on" if (t.weekday - when.weekday()) % 7 in (0, 1, 6) else "off"] += 1
    print("event stems of lede days (on the incident's day or next to it / off):")
    kept = set()
    for e, c in sorted(tally.items(), key=lambda x: -sum(x[1].values())):
        total = c["on"] + c["off"]
        if total >= least and c["on"] / total >= agree and e:
            kept.add(e)
        if total >= 5:
            print(f"  {e or '(none)':14s} {c['on']:5d} {c['off']:5d}{'  kept' if e in kept else ''}")
    return kept


def _kept(report: tuple, kept: set[str]) -> tuple:
    """The report with only the lede days of kept events, and those days resolved against its page date: the
    shooting's own day read from each report's own date."""
    days = [t for t, e in zip(report[1], report[6]) if e in kept]
    return (report[0], days, [d for t in days if (d := resolved(t, report[3])) is not None], *report[3:])


def _half(incident: str) -> bool:
    return hashlib.sha256(incident.encode()).digest()[0] % 2 == 0


def write_table(path: Path, kept: set[str], ns: argparse.Namespace) -> None:
    """The events whose lede days are their incident's, with where they came from."""
    path.write_text(json.dumps({
        "what": "The events (timed_events stems) a report's lede gives the day of its own incident by (claims.incident_days): "
                "a lede day of another event (an arrest, an arraignment, an update) is the day of a later stage.",
        "source": "GVA crawl (cltl/LongTailQATask the_violent_corpus, incidents in its GunViolenceArchive frames, whose dates "
                  f"are the archive's): training/count_incident_days.py --lead {ns.lead} --events --least {ns.least} --agree "
                  f"{ns.agree}: the stems read with a day in the headline and first {ns.lead} sentences of at least {ns.least} "
                  f"reports, on their incident's weekday or next to it in at least {ns.agree} of them",
        "lead": ns.lead, "events": sorted(kept)}, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("frames", type=Path)
    parser.add_argument("--lead", type=int, default=2)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--events", action="store_true", help="parse the lede to read each day's event")
    parser.add_argument("--least", type=int, default=20, help="reports an event stem is read in to be judged")
    parser.add_argument("--agree", type=float, default=0.9, help="share of an event's days on its incident's (a day off counts)")
    parser.add_argument("--half", action="store_true", help="choose the events on one half of the incidents (by a hash "
                        "of their number), count the pairs on the other")
    parser.add_argument("--write", type=Path, help="write the chosen events here (viewer/analysis/claims/incident_days.json)")
    ns = parser.parse_args()
    known = incidents(ns.frames)
    reports = []  # (incident, days, resolved days, published)
    for incident, items in usable_reports(ns.corpus_dir):
        if incident not in known:
            continue
        for _name, item in items:
            sentences = lede_sentences(item["title"], item["text"], ns.lead)
            days = lede_days(sentences)
            events = day_events(sentences) if ns.events else [""] * len(days)
            published = datetime.date.fromisoformat(item["date"][:10]) if item["date"] else None
            on = [d for t in days if (d := resolved(t, published)) is not None]
            reports.append((incident, days, on, published, item["title"], item["text"][:200], events))
    print(f"{len(reports)} reports of {len({r[0] for r in reports})} incidents in the frames; lead {ns.lead}")
    truth = Counter(against_truth(r[1], known[r[0]][0]) for r in reports)
    first_only = Counter(against_truth(r[1][:1], known[r[0]][0]) for r in reports)
    print("each report's first lede day against its incident's date:", dict(truth), "(first day only:", dict(first_only), ")")
    on_truth = Counter("no day" if not r[2] else "within a day" if any(abs((d - known[r[0]][0]).days) <= 1 for d in r[2])
                       else "off" for r in reports)
    print("resolved against the page date:", dict(on_truth))
    if ns.events:
        fit = [r for r in reports if not ns.half or _half(r[0])]
        kept = shooting_events(fit, known, ns.least, ns.agree)
        if ns.half:
            reports = [r for r in reports if not _half(r[0])]
            print(f"pairs counted on the other half: {len(reports)} reports")
        if ns.write:
            write_table(ns.write, kept, ns)
        reports = [_kept(r, kept) for r in reports]
        truth = Counter(against_truth(r[1], known[r[0]][0]) for r in reports)
        print("first day of a kept event against its incident's date:", dict(truth))
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in city_pairs([r[0] for r in reports], known):
        ia, ib = reports[a][0], reports[b][0]
        if ia == ib:
            pairs["one incident"].append((a, b))
        else:
            pairs["two incidents, one city"].append((a, b))
            if known[ia][2:] == known[ib][2:]:
                pairs["two incidents, one city and toll"].append((a, b))
                if abs((known[ia][0] - known[ib][0]).days) <= 1:
                    pairs["two incidents, one city and toll, within a day"].append((a, b))
    for kind, found in pairs.items():
        for sign in ("first", "any"):
            for reading in ("strict", "near"):
                take = (lambda r: r[1][:1]) if sign == "first" else (lambda r: r[1])
                counts = Counter(apart(take(reports[a]), take(reports[b]), reading) for a, b in found)
                print(f"{kind:48s} {sign:5s} {reading:6s} pairs {len(found):7d}  " + "  ".join(
                    f"{c} {counts[c]}" for c in ("alike", "apart", "unknown")))
        counts = Counter(resolved_apart(reports[a][2], reports[b][2]) for a, b in found)
        print(f"{kind:48s} resolved      pairs {len(found):7d}  " + "  ".join(
            f"{c} {counts[c]}" for c in ("alike", "apart", "unknown")))
    if ns.show:
        apart_one = [(a, b) for a, b in pairs["one incident"] if apart(reports[a][1], reports[b][1], "strict") == "apart"]
        for a, b in random.Random(0).sample(apart_one, min(ns.show, len(apart_one))):
            for k in (a, b):
                r = reports[k]
                print(f"  {r[0]} {known[r[0]][0]} page {r[3]} days {[t.text for t in r[1]]}: {r[4][:90]!r} | {r[5][:150]!r}")
            print()


if __name__ == "__main__":
    main()
