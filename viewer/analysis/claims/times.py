"""Clock times and calendar days as news prose writes them, read as what they allow, so two
spellings of one moment never differ ("3:30 a.m." = "3:30am" = "03:30") and two moments do
("around 3:30 a.m." / "around 3:50 a.m.").

A time allows what rounds to it at the precision it is written to (the hour; five minutes where
its minutes are a multiple of five, as most in the GVA crawl are; else the minute), and its hedge
widens that (`time_hedges.json`, counted on the crawl). A time written without a.m./p.m. is read
only after a word that sets a time ("at", "around", "before": bare "1:58" in crawled pages is
mostly a video's length) and then may be either half of the day, unless written on a 24-hour
clock ("03:30", "15:10"). A day is a month and its day, with the year where given. A day of the
week names one day of the week around what it tells, whenever the report was written, so two
sources of one moment name the same one ("Tuesday" / "Wednesday" differ); "late Tuesday" or
"Tuesday night" and "early Wednesday" can be one night. A weekday written with a date ("Sunday,
Feb. 12") is that date's, and a date with its year has a weekday of its own, so either is
compared with the other source's weekday. A habitual weekday ("Mondays") is not read, but a
named one is still its weekday ("Easter Sunday": in the GVA crawl's 14,233 weekdays the capitalised
words before one mid-sentence are places, "Chicago Tuesday", and 12 "Easter"); "yesterday" depends
on when the report was written, so is not read.
"""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.dates import MONTHS

_DAY_MINUTES = 24 * 60
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DATE = re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
# The verbs of reporting, by lemma, with the forms that set a report's day before it ("police said Sept. 26",
# "Updated 3:45 p.m."): the time of the report, not of what it tells.
REPORTING = {"say": ("said", "says"), "report": ("reported",), "announce": ("announced",), "tell": ("told",),
             "state": ("stated",), "write": ("wrote",), "post": ("posted",), "update": ("updated",), "publish": ("published",)}
_REPORT_DATE = re.compile(rf"\b(?:{'|'.join(f for forms in REPORTING.values() for f in forms)})\s+(?:on\s+)?$", re.IGNORECASE)
_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"\b(?:(?P<before>late|early)\s+(?:on\s+)?)?(?P<day>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b(?!s\b)"
    r"(?:\s+(?P<after>night|evening|morning|afternoon|overnight)\b)?", re.IGNORECASE)
_LATE, _EARLY = {"late", "night", "evening", "overnight"}, {"early", "morning"}
_DATE_AFTER = re.compile(r"(?:,|\s)\s*(?:\(\s*)?$")


@dataclass(frozen=True)
class StatedTime:
    """A moment a passage states. ``start``/``end``: its words with their hedge, in the passage;
    ``spans``: for a clock time, the minutes of the day it allows (two spans where the half of the
    day is not written); for a day, one (year or 0, month, day)."""

    start: int
    end: int
    text: str
    kind: str  # "time" (of day), "date" or "weekday"
    spans: tuple[tuple[int, ...], ...]
    weekday: int | None = None  # a date's or a weekday's day of the week, Monday 0 (a date's: written, or from its year)
    part: str = ""  # a weekday's "late" (night, evening) or "early" (morning) part, or "" for the whole day


DAY_KINDS = ("date", "weekday")  # compared with each other: the day something happened


def meet(a: StatedTime, b: StatedTime) -> bool:
    """Whether the two can be one moment (a time of day and a day always can)."""
    if a.kind in DAY_KINDS and b.kind in DAY_KINDS:
        if a.kind == b.kind == "date":
            return any(x[1:] == y[1:] and (not x[0] or not y[0] or x[0] == y[0]) for x in a.spans for y in b.spans)
        return a.weekday is None or b.weekday is None or _one_day(a, b) or _one_day(b, a)
    if a.kind != b.kind:
        return True
    return any(x0 <= y1 + shift and y0 + shift <= x1
               for x0, x1 in a.spans for y0, y1 in b.spans for shift in (-_DAY_MINUTES, 0, _DAY_MINUTES))


@lru_cache(maxsize=8192)
def times_in(text: str, told: bool = False) -> tuple[StatedTime, ...]:
    """The clock times and days the text states, in reading order; with ``told`` also the days a verb of reporting
    gives ("announced Tuesday"), which are a report's time where a time is compared, but the day of its act where the
    act is the news (`dated_acts`)."""
    found = [t for m in _clock().finditer(text) if (t := _clock_time(m)) is not None]
    dates = [_date(m) for m in _DATE.finditer(text) if told or not _REPORT_DATE.search(text[:m.start()])]
    for m in _WEEKDAY.finditer(text):
        dated = next((i for i, d in enumerate(dates) if d.start >= m.end() and _DATE_AFTER.fullmatch(text, m.end(), d.start)), None)
        if not told and _REPORT_DATE.search(text, 0, m.start()):
            if dated is not None:
                del dates[dated]  # "posted Monday, March 3": the report's day, both spellings of it
            continue
        if dated is not None:  # "Sunday, Feb. 12": the date's weekday, as written
            d = dates[dated]
            dates[dated] = StatedTime(m.start(), d.end, text[m.start():d.end], "date", d.spans, _weekday(m), _part(m))
        else:
            found.append(StatedTime(m.start(), m.end(), " ".join(m.group().split()), "weekday", (), _weekday(m), _part(m)))
    return tuple(sorted(found + dates, key=lambda t: t.start))


def _weekday(m: re.Match) -> int:
    return WEEKDAYS.index(m.group("day").lower())


def _part(m: re.Match) -> str:
    words = {(m.group("before") or "").lower(), (m.group("after") or "").lower()}
    return "late" if words & _LATE and not words & _EARLY else "early" if words & _EARLY else ""


def _one_day(a: StatedTime, b: StatedTime) -> bool:
    """Whether ``a``'s day can be ``b``'s: the same weekday, or ``a`` the night before the early hours of ``b``."""
    return a.weekday == b.weekday or (a.weekday + 1) % 7 == b.weekday and a.part == "late" and b.part == "early"


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(Path(__file__).with_name("time_hedges.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _clock() -> re.Pattern:
    table = _table()
    hedges = sorted((w for k in ("about", "shortly_before", "shortly_after", "before", "after") for w in table[k]), key=len, reverse=True)
    hedge = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in hedges)
    half = r"(?P<half>[ap])\.?\s?m\b\.?"
    return re.compile(
        rf"(?:\b(?P<hedge>{hedge})\s+)?(?:"
        rf"\b(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?\s*{half}"  # "3:30 a.m.", "3:30am", "10 PM", "5.30am"
        rf"|\b(?P<oclock>\d{{1,2}})\s+o['’]clock\b"
        rf"|\b(?P<word>noon|midnight)\b"
        rf"|\b(?P<bare>\d{{1,2}}):(?P<bare_minute>[0-5]\d)\b(?![:.]\d))",
        re.IGNORECASE)


def _clock_time(m: re.Match) -> StatedTime | None:
    if m.group("bare") and not m.group("hedge") and not _AT.search(m.string, 0, m.start()):
        return None  # "1:58" alone: a clip's length as often as a time
    if m.group("word"):
        hours, minute, halves, step = [12 if m.group("word").lower() == "noon" else 0], 0, 1, _table()["minute_steps"]
    else:
        written = m.group("hour") or m.group("oclock") or m.group("bare")
        hour, minute = int(written), int(m.group("minute") or m.group("bare_minute") or 0)
        if m.group("half"):
            if not 1 <= hour <= 12:
                return None
            hours = [hour % 12 + (12 if m.group("half").lower() == "p" else 0)]
        elif m.group("bare") and (written.startswith("0") or hour >= 13):
            if hour > 23:
                return None
            hours = [hour]  # a 24-hour clock
        elif 1 <= hour <= 12:
            hours = [hour % 12, hour % 12 + 12]
        else:
            return None
        written_minutes = m.group("minute") or m.group("bare_minute")
        step = 60 if not written_minutes else _table()["minute_steps"] if minute % _table()["minute_steps"] == 0 else 1
    low, high = _allowed(" ".join((m.group("hedge") or "").lower().split()), step)
    spans = tuple((h * 60 + minute + low, h * 60 + minute + high) for h in hours)
    return StatedTime(m.start(), m.end(), " ".join(m.group().split()), "time", spans)


def _allowed(hedge: str, step: int) -> tuple[float, float]:
    """The minutes before and after the written time its hedge allows, at the precision ``step``."""
    table = _table()
    if hedge in table["about"]:
        return -step, step
    if hedge in table["shortly_before"]:
        return -30, step / 2
    if hedge in table["shortly_after"]:
        return -step / 2, 30
    if hedge in table["before"]:
        return -180, step / 2
    if hedge in table["after"]:
        return -step / 2, 180
    return -step / 2, step / 2


def _date(m: re.Match) -> StatedTime:
    year, month, day = int(m.group("year") or 0), MONTHS[m.group("month").lower()], int(m.group("day"))
    try:
        weekday = datetime.date(year, month, day).weekday() if year else None
    except ValueError:  # "Feb. 30, 2017"
        weekday = None
    return StatedTime(m.start(), m.end(), " ".join(m.group().split()), "date", ((year, month, day),), weekday)
