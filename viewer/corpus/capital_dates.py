"""Dates a page header prints in capitals, day first: "9:53 AM, MON 22 JUL 2013", "27 NOVEMBER, 2005".

`dates.date_phrases` reads capitals only month first ("THURSDAY, APRIL 11, 2013"), as American pages
print them; British and other pages print the day first. As there, a date in capitals is read only with
its day and its year: a headline in capitals may say "22 JUL" and mean no date. Only the dating reader
uses these (kept apart from `dates`, whose phrases the claim units read too).
"""
from __future__ import annotations

import re

from viewer.corpus.dates import MONTHS, WEEKDAYS, DatePhrase

_SHORT_WEEKDAYS = {name[:3].upper(): number for number, name in enumerate(WEEKDAYS)}
_WEEKDAY_NAMES = {**{name.upper(): number for number, name in enumerate(WEEKDAYS)}, **_SHORT_WEEKDAYS}
_CAPITALS = re.compile(
    r"\b(?:(?P<weekday>" + "|".join(sorted(_WEEKDAY_NAMES, key=len, reverse=True)) + r")\.?,?\s+)?"
    r"(?P<day>[0-3]?\d)(?:ST|ND|RD|TH)?\s+(?P<month>" + "|".join(sorted((m.upper() for m in MONTHS), key=len, reverse=True))
    + r")\.?,?\s+(?P<year>(?:1[89]|20)\d\d)\b"
)


def capital_dates(text: str, start: int = 0, end: int | None = None) -> list[DatePhrase]:
    """The day-first dates in capitals in ``text[start:end]`` that name a real day (and, with a weekday,
    the weekday that day fell on)."""
    end = len(text) if end is None else end
    out = []
    for match in _CAPITALS.finditer(text, start, end):
        weekday = _WEEKDAY_NAMES[match["weekday"]] if match["weekday"] else None
        phrase = DatePhrase(match.start(), match.end(), match.group(0), int(match["year"]),
                            MONTHS[match["month"].title()], int(match["day"]), weekday)
        day = phrase.full
        if day is not None and (weekday is None or day.weekday() == weekday):
            out.append(phrase)
    return out
