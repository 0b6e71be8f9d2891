"""Count how often two units that tell one incident state different days, and whether linked pairs that do are right.

Two reports of one happening may date it in different words ("Monday", "late Monday night", "Jan. 5"; a report
written a day later says "yesterday"), and one report may tell two happenings on two days (a mother's child shot
Monday, a father's on Wednesday; an arrest Tuesday and an arraignment Thursday). This counts, with the day readers
the linking has (`times.times_in`, `times.meet`: a weekday names one weekday around what it tells; "late Monday" and
"early Tuesday" can be one night; a date with its year has its weekday), how often the days two units state cannot
be one day:

    python training/count_stated_days.py crawl CORPUS_DIR [--show N]        # the GVA crawl (bench/gva.usable_reports)
    python training/count_stated_days.py judged LINKS.tsv SETS_ROOT [...]   # hand-judged links, by verdict and class

``crawl`` pairs the sentences of two reports of one incident that share most of their content words (a stand-in for a
candidate pair: one incident, so a pair whose days differ tells two acts or dates one act two ways) and, with the
report's date the crawler kept, also reads each weekday as the day on or before the report's and "yesterday",
"today", "tonight" from it, to see what resolving to dates changes. ``judged`` reads each linked pair's two units
from the judged TSV's offsets (and the crawler's dates from each set's events.json); where a unit states no day, it
also reads the day it carries from the two sentences before it in its paragraph (`carried_text`).

Counts (session 56). Judged links49–55p (2,306 links with both files at hand): both units state days for 162; the days
meet for 139 (R 67, P 48, W 24), differ for 23 (R 8, P 5, W 10); of those 23 the days of one event differ
(`one_event_apart`) for 4, all W (arraigned Tuesday / Thursday, two parents' cases in one report; grief
counselors Tuesday / Wednesday; a visitation Tuesday / services Wednesday, twice); the other 19 (R 8, P 5, W 6) date
two events ("identified Tuesday night" / "opened fire on Monday") or one act two ways ("shot Friday evening" / "killed
Saturday night"). Resolved against the crawler's dates the days part more right links than wrong (1 day or more apart:
R 16, P 8, W 10; verbatim copies come out 1 to 798 days apart: the crawler's date is often the page's saving). GVA crawl
(3,926 reports): of 4,200 close sentence pairs within one incident that both state days, 3,925 meet, 275 differ, 30
give one event two days; read by hand, about 24 of those 30 are two acts (11 pleas of different defendants on
different days of one racketeering case, two block parties' shootings, two arrests, two court dates) and about 6 may
be one act dated two ways (died Friday / late Thursday night; a 3-year-old "shot Wednesday evening" / a fragment
"Friday night, just two days after …" read as dating the shooting Friday). Resolving against the crawler's dates makes
569 of 4,287 differ: it reads the page dates, not the days.

Not shipped. As a veto in `verifier.never_one_claim` (days stored on each unit's features), run through
bench/quality.py against main 89aabf08, it left every link of gvaK, gvaL, wcepD, gvaN, gvaO, gvaQ, gvaH, gvaI, gvaG,
basilC, basilE, wcepB, wcepC, ECB+ dev and GVC dev as it was, and took out the 4 W above, but the grouping gave three
of the freed units another wrong partner and split a three-report claim the wrong way: gvaP lost the arraignment lede
pair and linked Lum's lede to the other parent's arraignment ("Decovier English, 31, was arraigned …"); gvaC lost the
visitation / services pairs and joined the services with the burial at another place, twice; gvaJ lost the Tuesday /
Wednesday grief counselors and the Tuesday / "tomorrow" one (P), keeping "tomorrow" / Wednesday (W). Link by link:
4 W and 1 P out, 3 W (read, not blind) in; two wrong day discrepancy lines of gvaP gone. The new wrong partners state
no day; the day their paragraph carries would part them, but carried days part the judged links where one side carries
one: days that cannot be one R 2, P 5, W 2 (meet R 26, P 10, W 2).
"""
from __future__ import annotations

import argparse
import csv
import datetime
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gva import usable_reports  # noqa: E402
from viewer.analysis.claims.timed_events import one_event, timed_events  # noqa: E402
from viewer.analysis.claims.times import DAY_KINDS, REPORTING, meet, times_in  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_SENTENCE = re.compile(r"[^.!?\n]{30,}[.!?]")
_WORD = re.compile(r"[a-z]{4,}")
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0}
_RELATIVE_WORD = re.compile(r"\b(yesterday|today|tonight)\b", re.IGNORECASE)
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
              "evening", "afternoon", "late", "early", "yesterday", "today", "tonight", "said", "police"}
CLOSE = 0.5  # the share of the smaller sentence's content words the other holds, for a crawl pair to count


def days(text: str) -> list:
    """The days the text states (`times.times_in`'s dates and weekdays)."""
    return [t for t in times_in(text) if t.kind in DAY_KINDS]


def days_differ(a: str, b: str) -> bool | None:
    """None where either states no day; else whether no day of one can be a day of the other (`times.meet`)."""
    da, db = days(a), days(b)
    if not da or not db:
        return None
    return not any(meet(x, y) for x in da for y in db)


def one_event_apart(a: str, b: str) -> bool:
    """Whether the two date one event (`timed_events`, `timed_events.one_event`; a day of telling, "police said
    Monday", left out) and no day of one can be a day of the other: the veto measured here."""
    da, db = _dated(a), _dated(b)
    if not da or not db or any(meet(x, y) for x, _e in da for y, _f in db):
        return False
    return any(e and f and one_event(e, f) for _x, e in da for _y, f in db)


def _dated(text: str) -> list:
    """The days the text states, each with the stem of the event it dates."""
    found = tuple(days(text))
    if not found:
        return []
    return [(t, e) for t, e in zip(found, timed_events(english()(text), found)) if e not in REPORTING]


def resolved(text: str, published: datetime.date) -> set[datetime.date]:
    """The calendar days the text states, read against its report's date: a weekday the day on or before it (six
    days back at most), "yesterday" the day before, "today" and "tonight" that day; a date without its year the
    report's year. A late weekday ("Monday night") also allows the next day, an early one the day before."""
    out = set()
    for t in days(text):
        if t.kind == "date":
            year, month, day = t.spans[0]
            try:
                out.add(datetime.date(year or published.year, month, day))
            except ValueError:
                pass
        elif t.weekday is not None:
            back = (published.weekday() - t.weekday) % 7
            day = published - datetime.timedelta(days=back)
            out.add(day)
            if t.part:
                out.add(day + datetime.timedelta(days=1 if t.part == "late" else -1))
    for m in _RELATIVE_WORD.finditer(text):
        out.add(published + datetime.timedelta(days=_RELATIVE[m.group(1).lower()]))
    return out


def content(sentence: str) -> set[str]:
    return set(_WORD.findall(sentence.lower())) - _DAY_WORDS


def close(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= CLOSE


def crawl(corpus_dir: Path, show: int) -> None:
    tally, shown = Counter(), defaultdict(list)
    for incident, reports in usable_reports(corpus_dir):
        read = [_dated_sentences(item) for _name, item in reports]
        for (pa, sa), (pb, sb) in itertools.combinations(read, 2):
            for (a, wa), (b, wb) in itertools.product(sa, sb):
                if close(wa, wb):
                    for kind, line in _sentence_pair_kinds(a, b, pa, pb):
                        tally[kind] += 1
                        shown[kind].append(f"{incident}{line}")
    for kind, n in sorted(tally.items()):
        print(f"{kind}: {n}")
        if "differ" in kind:
            for line in shown[kind][:show]:
                print("  " + line)


def _dated_sentences(item: dict) -> tuple[datetime.date | None, list[tuple[str, set[str]]]]:
    """A crawl report's date and the sentences of its title and text that state a day, each with its content words."""
    sentences = [(s, content(s)) for s in _SENTENCE.findall(item["title"] + ".\n" + item["text"])]
    return _date(item["date"]), [(s, w) for s, w in sentences if days(s) or _RELATIVE_WORD.search(s)]


def _sentence_pair_kinds(a: str, b: str, pa: datetime.date | None, pb: datetime.date | None) -> list[tuple[str, str]]:
    """How two close sentences' weekdays relate, and their days resolved against the reports' dates, each with the
    line that shows the pair (after the incident)."""
    out = []
    both = f"{a.strip()[:150]} || {b.strip()[:150]}"
    differ = days_differ(a, b)
    if differ is not None:
        kind = "weekdays differ, one event" if one_event_apart(a, b) else \
            "weekdays differ, not of one event" if differ else "weekdays meet"
        out.append((kind, f": {both}"))
    if pa and pb:
        ra, rb = resolved(a, pa), resolved(b, pb)
        if ra and rb:
            out.append(("resolved differ" if not ra & rb else "resolved meet", f" ({pa}/{pb}): {both}"))
    return out


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def carried_text(text: str, start: int, unit: str) -> str:
    """The unit, or where it states no day the last of the two sentences before it in its paragraph that does: the
    day a reader carries into "He is expected to recover." from the sentence before."""
    if days(unit):
        return unit
    before = text[text.rfind("\n", 0, start) + 1:start].strip()
    return next((s for s in reversed(re.split(r"(?<=[.!?])\s+", before)[-2:]) if days(s)), unit)


def _gap(a: set[datetime.date], b: set[datetime.date]) -> int | None:
    """The fewest days between a day of one and a day of the other; None where either states none."""
    return min(abs((x - y).days) for x in a for y in b) if a and b else None


_DATES: dict[Path, dict[str, datetime.date]] = {}


def _published(folder: Path) -> dict[str, datetime.date]:
    """Each document's date as the set's events.json keeps it (the crawler's), by file name."""
    if folder not in _DATES:
        documents = json.loads((folder / "events.json").read_text(encoding="utf-8")).get("documents", {})
        _DATES[folder] = {name: day for name, doc in documents.items() if (day := _date(doc.get("date")))}
    return _DATES[folder]


def judged(pairs: list[tuple[Path, Path]], show: int) -> None:
    tally, shown = Counter(), defaultdict(list)
    for tsv, root in pairs:
        for row in csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t"):
            docs = root / row["set"] / "docs"
            if not (docs / row["file_a"]).exists():
                continue
            text_a, text_b = ((docs / row[f]).read_text(encoding="utf-8") for f in ("file_a", "file_b"))
            a, b = text_a[int(row["start_a"]):int(row["end_a"])], text_b[int(row["start_b"]):int(row["end_b"])]
            carried_a, carried_b = carried_text(text_a, int(row["start_a"]), a), carried_text(text_b, int(row["start_b"]), b)
            carried = days_differ(carried_a, carried_b)
            if carried is not None and (carried_a, carried_b) != (a, b):
                tally[("carried days " + ("differ" if carried else "meet"), row["verdict"])] += 1
            differ = days_differ(a, b)
            verdict = row["verdict"]
            apart = one_event_apart(a, b)
            state = ("no day on one side" if differ is None else "one event, days apart" if apart
                     else "days differ, not of one event" if differ else "days meet")
            tally[(state, verdict)] += 1
            if apart:
                shown["one event " + verdict].append(f"{row['set']} {verdict} {row.get('class', '')}: "
                                                     f"{' '.join(a.split())[:140]} || {' '.join(b.split())[:140]}")
            dated = _published(root / row["set"])
            pa, pb = dated.get(row["file_a"]), dated.get(row["file_b"])
            gap = _gap(resolved(a, pa), resolved(b, pb)) if pa and pb else None
            if gap is not None:
                tally[(f"resolved, {min(gap, 3)} days apart", verdict)] += 1
            if differ and gap is not None and gap >= 1:
                shown[verdict].append(f"{row['set']} {verdict} {row.get('class', '')} gap {gap}: {' '.join(a.split())[:140]} || "
                                      f"{' '.join(b.split())[:140]}")
    for (state, verdict), n in sorted(tally.items()):
        print(f"{state} {verdict}: {n}")
    for verdict, lines in shown.items():
        for line in lines[:show]:
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("crawl", "judged"))
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--show", type=int, default=20)
    ns = parser.parse_args()
    if ns.what == "crawl":
        crawl(ns.paths[0], ns.show)
    else:
        judged(list(zip(ns.paths[::2], ns.paths[1::2])), ns.show)


if __name__ == "__main__":
    main()
