"""Clock sections: in a city's round-up of several shootings, the time each shooting is told under is what keeps one
shooting's sentences apart from another's.

A round-up tells each shooting in the same sentences ("A man was killed", "He was later pronounced dead at the
hospital, police said."), so two round-ups of two nights read alike sentence by sentence, and the reports, undated in a
corpus of several years' stories and giving weekdays only, say nothing else of when. What a round-up gives once, at the
head of each shooting it tells, is the time it happened ("Around 9:10 p.m., a 23-year-old man was wounded in
Hermosa"): a report's clock section runs from a sentence giving a time of day to the next giving a time more than
`SAME_SECTION` minutes from all of its own (a victim "pronounced dead at 10:05 p.m." stays in the 9:10 shooting's
section), and holds the ages its sentences give. A report of `ROUNDUP_SECTIONS` sections or more is a round-up.
`training/count_clock_sections.py` counts, on the GVA crawl, how the sections of two round-ups' close sentences relate
in reports of one incident and of two (`sections_apart`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from viewer.analysis.claims.times import DAY_KINDS, times_in

DAY = 24 * 60
SAME_SECTION = 60  # minutes: a later time this close to the section's is the same shooting's (pronounced dead at…)
SAME_TIME = 45  # minutes: two reports' times this close may be one shooting's ("about 3:15" / "3:20 a.m.")
ROUNDUP_SECTIONS = 3

Section = tuple[frozenset[int], frozenset[int]]  # the times (minutes past midnight) and the ages a section gives
UNTIMED: Section = (frozenset(), frozenset())


def clock_times(text: str) -> list[int]:
    """The times of day the text gives (`times.times_in`), each as the minutes past midnight in the middle of what it
    allows ("9:10 p.m." is 1270, "midnight" 0, "noon" 720; "at 1:30" without its half of the day, both halves)."""
    return sorted({round((low + high) / 2) % DAY for t in times_in(text) if t.kind == "time" for low, high in t.spans})


def times_agree(a: Iterable[int], b: Iterable[int], minutes: int = SAME_TIME) -> bool:
    """Whether a time of one set lies within ``minutes`` of one of the other, around the clock (11:50 p.m. and
    12:10 a.m. are 20 minutes apart)."""
    return any(min(abs(x - y), DAY - abs(x - y)) <= minutes for x in a for y in b)


def clock_sections(sentences: Sequence[tuple[Iterable[int], Iterable[int]]]) -> list[Section]:
    """Each sentence's clock section, from each sentence's (times of day, ages) in report order; `UNTIMED` before the
    first time (a lede)."""
    starts: list[int] = []
    times: list[set[int]] = []
    ages: list[set[int]] = []
    for given, aged in sentences:
        given = set(given)
        if given and not (times and times_agree(given, times[-1], SAME_SECTION)):
            times.append(set())
            ages.append(set())
        if times:
            times[-1] |= given
            ages[-1] |= set(aged)
        starts.append(len(times) - 1)
    frozen = [(frozenset(t), frozenset(a)) for t, a in zip(times, ages)]
    return [frozen[s] if s >= 0 else UNTIMED for s in starts]


def is_roundup(sections: Iterable[Section]) -> bool:
    """Whether a report's sections are those of a round-up: `ROUNDUP_SECTIONS` or more."""
    return len({s for s in sections if s[0]}) >= ROUNDUP_SECTIONS


def sections_apart(a: Section, b: Section) -> bool:
    """Whether two sentences' sections tell two shootings: both timed, and their times apart, or their ages apart
    where both give ages."""
    if not (a[0] and b[0]):
        return False
    return not times_agree(a[0], b[0]) or bool(a[1] and b[1] and not a[1] & b[1])


def tolls_apart(a: Sequence[tuple[str, float, float]], b: Sequence[tuple[str, float, float]]) -> bool:
    """Whether two tolls (`outcomes.stated_outcomes`, (kind, least, most)) count some outcome both count differently
    ("6 Dead, 28 Wounded" / "five others were wounded"; "5 Dead, 17 Wounded" / "4 dead, 17 wounded": the wounded
    agree by chance). One incident's reports count its toll differently at times (a later death), and that is one
    claim told two ways; only at the head of two round-ups (`ledes_apart`) does it say two nights. On the GVA crawl,
    reading one outcome apart where before every outcome both count had to be, added 19 two-incident toll pairs of
    round-ups' ledes and 1 one-incident pair (`training/count_clock_sections.py`)."""
    shared = {kind for kind, _l, _h in a} & {kind for kind, _l, _h in b}
    return any(not any(ka == kb == kind and la <= hb and lb <= ha for ka, la, ha in a for kb, lb, hb in b)
               for kind in shared)


def ledes_apart(a: Section, b: Section, tolls_a: Sequence[tuple[str, float, float]],
                tolls_b: Sequence[tuple[str, float, float]]) -> bool:
    """Whether of two round-ups' sentences one is told before any time (`UNTIMED`: a headline, a lede) and the two
    give tolls apart (`tolls_apart`). A round-up's lede counts its night ("5 Dead, 17 Wounded In Weekend Shootings",
    "eight other people were wounded across the city"), and two nights' ledes read alike but for the counts; beside a
    shooting's section of the other, a night's toll counted otherwise is another night's or the night's whole, which is
    no claim of that shooting either. On the GVA crawl two round-ups' toll-giving sentences of which one is of a lede
    are apart 813 times in 1,729 (373 report pairs) where the reports tell two incidents and 28 in 100 (10 report
    pairs) where they tell one (`training/count_clock_sections.py`, session 59: asides read, one outcome apart)."""
    return (a == UNTIMED or b == UNTIMED) and tolls_apart(tolls_a, tolls_b)


def stated_weekdays(text: str) -> list[str]:
    """The weekdays the text gives (`times.times_in`: "Saturday afternoon", "early Sunday", a date's own, "Sunday,
    Feb. 12"), each as its day of the week (Monday 0) and its part ("late", "early" or ""): "5late", "6early"."""
    return sorted({f"{t.weekday}{t.part}" for t in times_in(text) if t.kind in DAY_KINDS and t.weekday is not None})


def section_days(sections: Sequence[Section], weekdays: Sequence[Iterable[str]],
                 timed: Sequence[bool]) -> list[frozenset[str]]:
    """Each sentence's days, from its section, the weekdays each sentence gives (`stated_weekdays`) and whether it
    gives a time of day (``timed``), in report order: its own weekdays and, in a timed section, those of the
    section's sentences that give a time ("About 11:30 p.m. Sunday, a man was killed"). The section's other
    sentences may be the next item's lede, told before its own time ("A teenage boy was killed Saturday night in
    Irving Park"; a police blotter's next entry, "bracing for a blizzard Monday night"), so they lend it no day. A
    lede (`UNTIMED`) has only its own, as a lede tells the whole weekend."""
    gathered: dict[Section, set[str]] = {}
    for section, days, clocked in zip(sections, weekdays, timed):
        if clocked and section != UNTIMED:
            gathered.setdefault(section, set()).update(days)
    return [frozenset(days) | frozenset(gathered.get(section, ())) for section, days in zip(sections, weekdays)]


def _days_meet(a: str, b: str) -> bool:
    """Whether weekdays ``a`` and ``b`` can tell one shooting: the same day or the next, either way. Two outlets tell
    one shooting after midnight under the night before or the day after ("Saturday", "Sunday"), and one section's
    timed sentences give the day its victim died or was named ("pronounced dead Sunday")."""
    return (int(a[0]) - int(b[0])) % 7 in (0, 1, 6)


def days_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two round-ups' units' days (`section_days`) are apart: both give a weekday and none is within a day of
    one of the other's ("Saturday afternoon" / "early Monday"; "Saturday" / "Sunday" can be one shooting after
    midnight). Two round-ups of two nights read alike sentence by sentence, and their times agree by chance at times;
    the weekday each section or lede gives is what else says which night. On the GVA crawl, close sentence pairs of
    two round-ups (a third of their content words shared) that the clock does not part (one section, or a lede) give
    weekdays apart 19 times (13 report pairs at most) where the reports tell two incidents and never in 377 where they
    tell one (`training/count_section_days.py`). Read as one weekday apart (late and early the next, one night),
    one incident's were 3 (a live page's updates, a raid the next morning) and two incidents' 33, and on the dev
    sets it cut two outlets' round-ups of one weekend telling the same shootings."""
    a, b = list(a), list(b)
    return bool(a and b) and not any(_days_meet(x, y) for x in a for y in b)
