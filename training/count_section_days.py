"""Count, over the GVA crawl, whether the weekday and part of day two round-ups' units give say which incident they
tell: a lede with no toll ("The most recent fatal shooting happened Saturday afternoon") beside another round-up's
timed section, or two timed sections whose times agree by chance.

Sections are `clock.clock_sections`' as `count_clock_sections.sections` reads them. A unit's days are
`clock.section_days`': a timed section's are the weekdays its sentences give (`clock.stated_weekdays`, "Saturday
night", "early Sunday", "Sunday, Feb. 12"); a sentence told before the first time (a lede, which spans the whole
weekend) has only the weekdays it gives itself. Two units' days are apart by `clock.days_apart` (both give a weekday
and none can be one of the other's: "late Saturday" and "early Sunday" can). A part of day given with a weekday
("Saturday afternoon", "Sunday night") is apart from a timed section when none of the section's clock times falls in
that part's hours (with an hour's slack). Close sentence pairs (`count_street_sections.close_pairs`) of two round-ups
(`clock.is_roundup`) are classed by where they sit (lede or timed section on each side), by
`count_clock_sections.section_class` and by these two signs. Report pairs are `count_clock_sections.compared_pairs`'
(one incident; two incidents sharing a sentence word for word; one outlet's round-ups of two incidents); one article
filed under two incidents (`count_clock_sections.one_article`) is counted apart.

On the whole crawl (3,926 reports, 259 round-ups; session 59), close pairs the clock does not part (one section, or a
lede on either side), weekdays apart / both giving a weekday, sentence pairs (report pairs):

    close          where                        one incident        two incidents
    half words     two timed, one section        0/202               2/2 (1)
    half words     a lede and a timed section    0/3                 0/3
    half words     both ledes                    0/1                 0/1
    a third        two timed, one section        0/371               6/11 (3)
    a third        a lede and a timed section    0/5                 3/24 (3)
    a third        both ledes                    0/1                10/27 (7)

Pairs already in sections apart by the clock: one incident 0/63, two incidents 157/209 (a third of the words). Tried
first and refused: a weekday apart from the next (only "late Saturday" and "early Sunday" one night), one incident 3
(2 report pairs: a live page's "UPDATE @ 4:04 p.m. (Oct. 26):" / "(Nov. 4)", a lede's "Wednesday morning" shooting
beside the next morning's raid) and two incidents 33 (25 at most), which on round58dev also cut 8 links between two
outlets' round-ups of one weekend that tell the same shootings (Edwin and Edward Bryant); and a section's weekdays
gathered from all its sentences, not only those giving a time (one incident 10 in 5 report pairs, two incidents 73 in
43), which cut a right link on gvaN (a police blotter's next entry, "bracing for a blizzard Monday night", told before
its own time). Two incidents' apart pairs are two nights' round-ups of one city ("The most recent fatal shooting
happened Saturday afternoon" / "… early Monday"). The part of day does not part them: with half the words shared, one
incident's timed pairs in one section give a part off the other's times 19 times (5 report pairs) against two
incidents' none, and a lede beside a timed section 12 (1) against 2 (2); it is counted, not built.

    python training/count_section_days.py CORPUS_DIR [--close 0.5] [--show N]
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_clock_sections import Told, arguments, compared_pairs, one_article, section_class, sections  # noqa: E402
from count_street_sections import close_pairs  # noqa: E402

from viewer.analysis.claims.clock import (  # noqa: E402
    DAY, UNTIMED, Section, clock_times, days_apart, is_roundup, section_days, stated_weekdays)
from viewer.analysis.claims.times import WEEKDAYS  # noqa: E402

# The hours (minutes past midnight, from, to; around the clock) each part of day a weekday is given with allows.
PARTS = {"morning": (300, 720), "afternoon": (720, 1080), "evening": (1020, 1380), "night": (1140, 300),
         "overnight": (1260, 420), "early": (0, 600)}
_PART = re.compile(r"\b(?:(early|late)\s+(?:on\s+)?)?(?:" + "|".join(WEEKDAYS) + r")\b(?:\s+(night|evening|morning|"
                   r"afternoon|overnight))?", re.IGNORECASE)
SLACK = 60
Days = tuple[frozenset[str], frozenset[str]]  # the weekdays given (`clock.stated_weekdays`), the parts of day


def _parts(sentence: str) -> set[str]:
    """The parts of day a sentence gives with a weekday ("late" alone is no hours: a night)."""
    return {p.lower() for m in _PART.finditer(sentence) for p in (m.group(2) or m.group(1) or "",) if p
            and p.lower() != "late"}


def unit_days(told: Told) -> list[Days]:
    """Each sentence's days (`clock.section_days`: a timed section's are every weekday its sentences give, a lede's
    its own) and parts of day, gathered alike."""
    found = [section for _s, _w, section in told]
    timed = [bool(clock_times(s)) for s, _w, _t in told]
    weekdays = section_days(found, [stated_weekdays(s) for s, _w, _t in told], timed)
    parts = section_days(found, [_parts(s) for s, _w, _t in told], timed)
    return list(zip(weekdays, parts))


def weekdays_class(a: Days, b: Days) -> str:
    """Whether two units' weekdays are apart (`clock.days_apart`), alike, or not both given."""
    if not (a[0] and b[0]):
        return "weekdays not both"
    return "weekdays apart" if days_apart(a[0], b[0]) else "weekdays alike"


def _in_part(minute: int, part: str) -> bool:
    low, high = PARTS[part]
    low, high = (low - SLACK) % DAY, (high + SLACK) % DAY
    return low <= minute <= high if low <= high else minute >= low or minute <= high


def part_class(a: Days, sa: Section, b: Days, sb: Section) -> str:
    """Whether a part of day one unit gives with a weekday lies off every clock time of the other's section."""
    checked = [(parts, times) for parts, times in ((a[1], sb[0]), (b[1], sa[0])) if parts and times]
    if not checked:
        return "part not checked"
    apart = any(not any(_in_part(t, p) for p in parts for t in times) for parts, times in checked)
    return "part apart" if apart else "part alike"


def where(sa: Section, sb: Section) -> str:
    """Where a close pair sits: both ledes, a lede and a timed section, or two timed sections."""
    ledes = (sa == UNTIMED) + (sb == UNTIMED)
    return ("two timed sections", "a lede and a timed section", "both ledes")[ledes]


def main() -> None:
    ns = arguments(__doc__.split("\n\n")[0])
    found = reports(ns.corpus_dir)
    told = [sections(text) for _i, _h, text in found]
    roundup = [is_roundup(section for _s, _w, section in x) for x in told]
    print(f"{len(found)} reports, {sum(roundup)} round-ups")
    days = [unit_days(x) if r else [] for x, r in zip(told, roundup)]
    counted, report_pairs, shown = Counter(), defaultdict(set), defaultdict(list)
    for (a, b), kind in compared_pairs(found, roundup, ns.common).items():
        if not (roundup[a] and roundup[b]):
            continue
        kind = "one incident" if kind == "one incident" else "two incidents, one article" if one_article(
            told[a], told[b]) else "two incidents"
        index_a = {s: k for k, (s, _w, _t) in enumerate(told[a])}
        index_b = {s: k for k, (s, _w, _t) in enumerate(told[b])}
        for ta, sa, tb, sb in close_pairs(told[a], told[b], ns.close):
            da, db = days[a][index_a[ta]], days[b][index_b[tb]]
            clock = section_class(sa, sb)
            for sign in (weekdays_class(da, db), part_class(da, sa, db, sb)):
                key = (kind, where(sa, sb), clock, sign)
                counted[key] += 1
                report_pairs[key].add((a, b))
                shown[key].append((found[a][0], found[b][0], ta, sorted(sa[0]), tb, sorted(sb[0])))
    print("close sentence pairs of two round-ups by where they sit, their sections' times, and the day sign "
          "(sentence pairs, report pairs):")
    for key in sorted(counted):
        print(f"{counted[key]:7d} {len(report_pairs[key]):5d}  {', '.join(key)}")
    for key in sorted(shown):
        if "apart" in key[3]:
            for ia, ib, ta, sa, tb, sb in random.Random(0).sample(shown[key], min(ns.show, len(shown[key]))):
                print(f"  {key}: {ia} {sa} {ta[:110]!r}\n      / {ib} {sb} {tb[:110]!r}")


if __name__ == "__main__":
    main()
