"""Dates written in numbers ("2012.08.08", "08.08.2012", "6/28/2015", "4 / 9 / 2007") and which order a
page writes them in.

"03.04.2022" is 3 April in Kyiv and March 4 in Ohio, so such a date is read only when one order is
possible: a number above 12 is the day, both orders give the same day, the year comes first (nobody
writes year, day, month), a weekday beside it fits one order alone, or the page says its order. A page
says it by another numeric date on it that reads one way only ("24/05/2015" elsewhere: day first), or
by a clock time's zone beside a date ("9:00 PM PDT": a North American page, month first; "13:26 BST":
day first), or by the locale it declares: a language tag with its region ("en-GB"), a language whose every
locale writes one order ("ru", "de"; not "en"), an address in a country's domain ("dailymail.co.uk"), each
as the Unicode CLDR says that locale writes dates (`date_orders.json`). Sources that disagree settle nothing,
and the page's own dates beat what it declares. Otherwise the date is refused: an undated article is honest, a wrongly dated one misleads
the timeline. Impossible dates ("2012.13.45", "31/02/2015") read as nothing.

The slashes may stand apart ("11 / 27 / 2005"): a tokenised page (the ECB+ corpus) writes them so. A
dash is not read ("1-19-17" is as often a case or phone number); a dotted date needs its four-digit year
("5.01.10" is a version). Only the dating reader uses these: `dates.date_phrases` reads words.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

from viewer.corpus.dates import WEEKDAYS, DatePhrase

MONTH_FIRST, DAY_FIRST = "month first", "day first"

_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+)?"
_NUMBERS = re.compile(
    rf"{_WEEKDAY}(?<![\d/.])(?:"
    r"(?P<y>(?:19|20)\d\d)(?P<ysep>\.|/)(?P<ym>\d{1,2})(?P=ysep)(?P<yd>\d{1,2})"  # 2012.08.08, 2012/08/08
    r"|(?P<a>\d{1,2})(?P<sep>\.|/| / )(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"  # 08.08.2012, 6/28/15, 4 / 9 / 2007
    r")(?![\d/]|\.\d)"
)
# A zone written after a clock time ("9:00 PM PDT", "06:37:46 AM ET", "13:26 BST"): where the page is.
_ZONED = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?P<zone>[A-Z]{2,4})\b", re.IGNORECASE)
_ZONES = {MONTH_FIRST: {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST"},
          DAY_FIRST: {"BST", "CET", "CEST", "EET", "EEST", "MSK", "WET", "WEST", "IST", "AEST", "AEDT", "ACST", "AWST",
                      "NZST", "NZDT", "SAST"}}
TIME_ZONES = frozenset().union(*_ZONES.values())


def page_order(text: str, language: str | None = None, address: str | None = None) -> str | None:
    """The order the page writes numeric dates in (MONTH_FIRST or DAY_FIRST), None when it does not say
    or says both. ``language``: the language tag the page declares or was detected in ("en-GB", "ru");
    ``address``: the page's own address."""
    said = order_said(text, language, address)
    return said[0] if said else None


def order_said(text: str, language: str | None = None, address: str | None = None) -> tuple[str, str, bool] | None:
    """`page_order` with what says it: (order, reason in words the window can show, whether the page's
    text says it rather than its file's metadata)."""
    orders = {order: match.group(0) for match in _NUMBERS.finditer(text) if match["a"] and (order := _only_order(match))}
    if len(orders) == 1:
        order, written = orders.popitem()
        return order, f"“{written}” on the page reads only {order}", True
    if orders:
        return None
    said = {}
    for match in _ZONED.finditer(text):
        for order, names in _ZONES.items():
            if match["zone"] in names:
                said.setdefault(order, (f"the page's time zone {match['zone']}", True))
    if order := language_order(language):
        said.setdefault(order, (f"the page's language {language}", False))
    if order := address_order(address):
        said.setdefault(order, (f"the country of its address's domain .{_domain(address)}", False))
    if len(said) != 1:
        return None
    order, (reason, in_text) = said.popitem()
    return order, reason, in_text


def two_readings(text: str, start: int = 0, end: int | None = None) -> list[tuple[DatePhrase, DatePhrase]]:
    """The numeric dates in ``text[start:end]`` that read two ways, each as (month first, day first)."""
    end = len(text) if end is None else end
    out = []
    for match in _NUMBERS.finditer(text, start, end):
        month_first, day_first = _phrase(match, MONTH_FIRST), _phrase(match, DAY_FIRST)
        if month_first and day_first and month_first.full != day_first.full:
            out.append((month_first, day_first))
    return out


def language_order(tag: str | None) -> str | None:
    """The order a language tag's locale writes numeric dates in: "en-GB" day first, "en-US" month first,
    "ru" day first, "en" (written both ways) None."""
    parts = re.split(r"[-_]", (tag or "").strip())
    language = parts[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", language):
        return None
    region = next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}|\d{3}", p)), None)
    table = _orders()
    if region:
        return table["locales"].get(f"{language}_{region}") or table["territories"].get(region)
    return table["languages"].get(language)


def address_order(address: str | None) -> str | None:
    """The order the country of an address's domain writes numeric dates in ("…co.uk/…" day first); None for
    a generic domain (.com, .org, and the country codes used as generic names: .tv, .io, .co…). An archive's
    capture address names the original page's after its own."""
    domain = _domain(address)
    table = _orders()
    if domain is None or len(domain) != 2 or domain in table["generic_domains"]:
        return None
    return table["territories"].get(table["domain_territories"].get(domain, domain.upper()))


def _domain(address: str | None) -> str | None:
    hosts = re.findall(r"(?:https?:)?//+([A-Za-z0-9.-]+)", address or "")
    return hosts[-1].rstrip(".").rsplit(".", 1)[-1].lower() if hosts else None


@cache
def _orders() -> dict:
    return json.loads(Path(__file__).with_name("date_orders.json").read_text(encoding="utf-8"))


def numeric_dates(text: str, start: int = 0, end: int | None = None, order: str | None = None) -> list[DatePhrase]:
    """The numeric dates in ``text[start:end]`` that read one way, given the page's ``order``."""
    end = len(text) if end is None else end
    return [p for match in _NUMBERS.finditer(text, start, end) if (p := _phrase(match, order)) is not None]


def is_numeric(phrase: DatePhrase) -> bool:
    """Whether a phrase `dates.date_phrases` read is a numeric date ("13.04.2022", which it reads day first)."""
    return bool(_NUMBERS.fullmatch(phrase.text)) and not _NUMBERS.fullmatch(phrase.text)["y"]


def _readings(match: re.Match) -> list[tuple[str, date]]:
    if match["y"]:
        day = _on(int(match["y"]), int(match["ym"]), int(match["yd"]))
        return [(MONTH_FIRST, day), (DAY_FIRST, day)] if day else []
    if match["sep"] == "." and len(match["year"]) != 4:
        return []
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    a, b = int(match["a"]), int(match["b"])
    readings = [(order, day) for order, day in ((MONTH_FIRST, _on(year, a, b)), (DAY_FIRST, _on(year, b, a))) if day]
    if match["weekday"]:
        readings = [(order, day) for order, day in readings if day.weekday() == WEEKDAYS.index(match["weekday"])]
    return readings


def _only_order(match: re.Match) -> str | None:
    """The order a numeric date shows by itself ("24/05/2015": day first), None when both or neither fit."""
    readings = _readings(match)
    return readings[0][0] if len(readings) == 1 else None


def _phrase(match: re.Match, order: str | None) -> DatePhrase | None:
    readings = _readings(match)
    days = {day for _order, day in readings}
    if len(days) > 1:
        days = {day for o, day in readings if o == order}
    if len(days) != 1:
        return None
    day = days.pop()
    weekday = WEEKDAYS.index(match["weekday"]) if match["weekday"] else None
    return DatePhrase(match.start(), match.end(), match.group(0), day.year, day.month, day.day, weekday)


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
