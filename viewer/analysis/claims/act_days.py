"""The days of the month a unit dates its own main acts to, and whether two units' days part them.

A police release tells one case in dated steps: "On February 11, detectives … identified five suspects involved in a
home invasion which occurred … on January 22", "On February 18, detectives … obtained warrants for a sixth suspect,
involved in a home invasion which occurred … on January 22", "On January 22 at 7:00PM, officers responded …". The
months of all their dates (`dates.stated_dates`) overlap, through the invasion's own date in a relative clause; the
day each step's main act is dated to does not. Only a date hanging from a main verb of the unit (`acts.main_verbs`,
which a reporting verb's own date never is), directly ("arrested Feb. 11") or through "on" ("On February 11,
detectives identified"), dates the act: "since", "until" or "by" a day give a span, not the act's day.
"""
from __future__ import annotations

from viewer.analysis.claims.dates import dated_word, dates_within
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.times import times_in

# The prepositions that put an act on the day they govern.
_ON_THE_DAY = {"on"}


def stated_act_days(tokens, verbs: list) -> list[int]:
    """The days (month × 100 + day: 211 for February 11) the dates hanging from ``verbs``, the unit's main verbs, give
    its acts; the year is left to `dates.stated_dates`, which parts two years already."""
    main = {verb.i for verb in verbs}
    days = set()
    for entity in dates_within(tokens):
        root = entity.root
        if root.dep_ == "pobj" and root.head.lower_ not in _ON_THE_DAY:
            continue
        if dated_word(entity).i not in main:
            continue
        days.update(_month_day(time.spans[0]) for time in times_in(entity.text) if time.kind == "date")
    return sorted(days)


def act_days_apart(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether both units date their main acts to days of the month and no day of one is a day of the other."""
    return bool(a.act_days and b.act_days) and not set(a.act_days) & set(b.act_days)


def _month_day(span: tuple[int, ...]) -> int:
    _year, month, day = span
    return month * 100 + day
