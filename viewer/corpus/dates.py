"""Dates as news text writes them: "2022-04-13", "April 13, 2022", "13 April", "Wednesday".

A phrase keeps what it states and nothing more: "May 16" has no year, "April 2022" no day. What a
document's date is, given such phrases, is `dating`'s business; this module only reads them.
Month and weekday names are English, capitalised as news prose writes them ("may 16" is a verb
and a number more often than a date), or in capitals as page headers print a full date ("AUGUST 2,
2013 | 08:06AM PT", "THURSDAY, APRIL 11, 2013, 9:53 PM"): in capitals only with its day and year,
since a headline in capitals may say "MAY 16" and mean no date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
         ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"),
         ("November", "Nov"), ("December", "Dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?i:st|nd|rd|th)?"  # "APRIL 24TH" in a header in capitals
_YEAR = r"(?P<year>1[0-9]{3}|2[0-9]{3})"
_CAPITAL_MONTH = r"(?P<month>" + "|".join(sorted((m.upper() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_CAPITAL_WEEKDAY = r"(?:(?P<weekday>" + "|".join(w.upper() for w in WEEKDAYS) + r"),?\s+)?"
_PATTERNS = [
    # 2022-04-13, 2022-04-13T10:00:00Z
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])"),
    # 13.04.2022 (day first, as European datelines write it)
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})(?!\d)"),
    # Wednesday, April 13, 2022 / April 13 2022 / April 13 / Apr. 13th
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!:\d)(?:,?\s+{_YEAR}\b)?"),
    # Wednesday, 13 April 2022 / 13 April / 13th of April
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"),
    # April 2022 (month precision)
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b"),
    # page headers in capitals, with day and year: THURSDAY, APRIL 11, 2013 / MAR. 14, 2013
    re.compile(rf"\b{_CAPITAL_WEEKDAY}{_CAPITAL_MONTH}\s+{_DAY}\b(?!:\d),?\s+{_YEAR}\b"),
]
_WEEKDAY_PHRASE = re.compile(r"\b(?:(?P<relation>on|last|this|since|until|by|next)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b")


@dataclass(frozen=True)
class DatePhrase:
    """A date written in the text; ``year`` or ``day`` is None where the phrase does not say."""

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int | None
    weekday: int | None = None  # Monday = 0, when the phrase names one

    def on(self, year: int) -> date | None:
        """The day this phrase names in ``year`` (None for a month-only phrase or a 30 February)."""
        if self.day is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    @property
    def full(self) -> date | None:
        return self.on(self.year) if self.year is not None else None


@dataclass(frozen=True)
class WeekdayPhrase:
    """"on Wednesday", "since Monday": a day the reader is expected to place near the report."""

    start: int
    end: int
    text: str
    weekday: int  # Monday = 0
    relation: str  # on, last, since, … or "" for a bare name


def date_phrases(text: str, start: int = 0, end: int | None = None) -> list[DatePhrase]:
    """Every date phrase in ``text[start:end]``, in reading order, none overlapping another."""
    end = len(text) if end is None else end
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            phrase = _phrase(match)
            if phrase is not None:
                found.append(phrase)
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def _phrase(match: re.Match) -> DatePhrase | None:
    groups = match.groupdict()
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.title()]
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    weekday = WEEKDAYS.index(groups["weekday"].title()) if groups.get("weekday") else None
    phrase = DatePhrase(match.start(), match.end(), match.group(0), year, month, day, weekday)
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if day is not None and phrase.on(year if year is not None else 2000) is None:  # 2000 allows 29 February
        return None
    return phrase


def weekday_phrases(text: str, start: int = 0, end: int | None = None) -> list[WeekdayPhrase]:
    """Weekday names standing alone ("on Wednesday"), not those inside a full date phrase."""
    end = len(text) if end is None else end
    inside = [(p.start, p.end) for p in date_phrases(text, start, end) if p.weekday is not None]
    out = []
    for match in _WEEKDAY_PHRASE.finditer(text, start, end):
        if any(s <= match.start("weekday") < e for s, e in inside):
            continue
        out.append(WeekdayPhrase(match.start(), match.end(), match.group(0), WEEKDAYS.index(match["weekday"]),
                                 (match["relation"] or "").lower()))
    return out


def parse_date(value: str | None) -> date | None:
    """A metadata value as a day: ISO dates and timestamps, or a single written date with its year."""
    if not value or not value.strip():
        return None
    phrases = [p for p in date_phrases(value.strip()) if p.full is not None]
    return phrases[0].full if phrases else None


def weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


_DATE_LINE_WORDS = re.compile(r"^\W*(?:published|posted|updated|last updated|date|dated|first published)\b\W*", re.I)
_STAMP_WORDS = re.compile(r"\b(?:last updated|first published|published|posted|updated)\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|IST|HKT|JST|AEST|AEDT"
                   r"|[ECMP]T|[ECMP][SD]T)\b", re.I)
# "Sun, 15 Sep 2013", "Thu Nov 10, 2011 3:00pm EST": a header's short weekday beside its date
_SHORT_WEEKDAY = re.compile(r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?", re.I)


def only_dates(line: str, phrase: str) -> bool:
    """Whether a line holding the date ``phrase`` only dates the page ("Updated: November 11, 2011 20:09
    IST", "Friday, June 7, 2013", BBC's "9 September 2013 Last updated at 14:39 GMT"): it opens with a
    word such as "Published", or nothing of three letters is left beside the date, a time, a time zone, a
    short weekday ("Sun, 15 Sep 2013") and such words."""
    lead = _DATE_LINE_WORDS.match(line)
    rest = line[lead.end() if lead else 0:].replace(phrase, "", 1)
    return bool(lead) or not re.search(r"[A-Za-z]{3,}", _SHORT_WEEKDAY.sub("", _STAMP_WORDS.sub("", _TIME.sub("", rest))))


def dates_only(line: str) -> bool:
    """A line that only dates the page, read on its own (no day in it: not a date line)."""
    phrases = [p for p in date_phrases(line) if p.day is not None]
    return bool(phrases) and only_dates(line, phrases[0].text)


# A page's own stamp: the word, then (past a time, a time zone, "on" or "at") the date it stamps.
_STAMP = re.compile(r"\b(?P<word>(?i:first published|last updated|last modified)|(?:P(?i:ublished|osted)|C(?i:reated)"
                    r"|U(?i:pdated)|M(?i:odified))|D(?i:ate)(?=\s*:))\b")
_STAMP_GAP = re.compile(r"(?:[\s:,|@(\-]|\bon\b|\bat\b|" + _TIME.pattern + r")*", re.I)
_UPDATE_WORDS = ("updated", "modified")
# 6/28/2015, 01/31/15: which number is the month, only the numbers (or a weekday before them) can say
_NUMERIC = re.compile(rf"{_WEEKDAY}(?P<a>[01]?\d|3[01]|2\d)/(?P<b>[0-3]?\d)/(?P<year>\d{{4}}|\d{{2}})(?![\d/])")


@dataclass(frozen=True)
class Stamp:
    """"Posted: Tuesday, January 28, 2014", "Updated at 7:03 pm, December 30th, 2016": a page's word
    for when it was put out (``updated`` False) or last changed (True), and the date it names."""

    start: int  # where the stamp word starts
    word: str
    updated: bool
    date: DatePhrase

    @property
    def end(self) -> int:
        return self.date.end


def stamps(text: str, start: int = 0, end: int | None = None) -> list[Stamp]:
    """The stamps in ``text[start:end]``: a capitalised stamp word followed by a dated phrase with
    nothing but a time, a time zone, "on", "at" or punctuation between. Page furniture writes the
    word capitalised ("Posted on March 3"); prose does not ("bond was posted on December 18")."""
    end = len(text) if end is None else end
    phrases = [p for p in date_phrases(text, start, end) if p.day is not None]
    out = []
    for match in _STAMP.finditer(text, start, end):
        gap = _STAMP_GAP.match(text, match.end(), end)
        following = next((p for p in phrases if p.start == gap.end()), None) or numeric_date(text, gap.end(), end)
        if following is None:
            continue
        word = match["word"]
        out.append(Stamp(match.start(), word, word.lower().split()[-1] in _UPDATE_WORDS, following))
    return out


def numeric_date(text: str, start: int, end: int) -> DatePhrase | None:
    """A date written in numbers with slashes at ``start`` ("6/28/2015", "Wednesday, 10/7/2015",
    "01/31/15"), read only where one order is possible: a number above 12 is the day, or the weekday
    fits one order alone. "08/09/2014" is 9 August in one country and 8 September in another: None."""
    match = _NUMERIC.match(text, start, end)
    if match is None:
        return None
    a, b = int(match["a"]), int(match["b"])
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    weekday = WEEKDAYS.index(match["weekday"]) if match["weekday"] else None
    readings = []
    for month, day in {(a, b), (b, a)}:
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        readings = [r for r in readings if r.weekday() == weekday]
    if len(readings) != 1:
        return None
    day = readings[0]
    return DatePhrase(match.start(), match.end(), match.group(0), day.year, day.month, day.day, weekday)
