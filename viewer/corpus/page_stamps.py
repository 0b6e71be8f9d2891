"""A page's stamps as the dating reader reads them: "Posted: Tuesday, January 28, 2014", and those whose date
`dates.stamps` leaves alone because only the page can say how to read it.

`dates.stamps` reads a date in numbers only when the numbers read one way by themselves ("6/28/2015"), since
the claim units read it too and know nothing of the page. Here the date is read as the page writes its
numbers (`numeric_dates.page_order`): "Created: 08/09/2014 5:14 AM" is 9 August on a page whose other
dates, time zone or declared locale say month first, and nothing on a page that says no order (`two_way`
keeps both readings, so the page can say why it stays undated). Also read: tokenised slashes ("First
Posted: 08 / 04 / 11 06:44 PM ET"), a clock time with seconds before the date ("First Posted 23:37:00 05 /
05 / 2010"), a dotted date whose first numbers are no clock time ("Published: 03.04.2022": `dates.stamps`
takes "03.04" for one), day-first capitals ("UPDATED 22 JUL 2013"), and "Originally published", "First
posted" as stamp words. The word is capitalised, as page furniture writes it; prose writes "was posted on".
"""
from __future__ import annotations

import re

from viewer.corpus.capital_dates import capital_dates
from viewer.corpus.dates import DatePhrase, Stamp, date_phrases
from viewer.corpus.numeric_dates import is_numeric, numeric_dates, two_readings

_WORD = re.compile(r"\b(?P<word>(?i:first published|last updated|last modified)|O(?i:riginally published)"
                   r"|F(?i:irst posted)|(?:P(?i:ublished|osted)|C(?i:reated)|U(?i:pdated)|M(?i:odified))"
                   r"|D(?i:ate)(?=\s*:))\b")
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?![.\d])(?:\s*[ap]\.?m\.?)?|\b(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|IST|HKT|JST|AEST|AEDT" \
        r"|[ECMP]T|[ECMP][SD]T)\b"
_GAP = re.compile(rf"(?:[\s:,|@(\-]|\bon\b|\bat\b|{_TIME})*", re.IGNORECASE)
_UPDATE_WORDS = ("updated", "modified")


def stamps(text: str, start: int = 0, end: int | None = None, order: str | None = None) -> list[Stamp]:
    """The stamps in ``text[start:end]``, a date in numbers read in the page's ``order`` (None: one way only)."""
    end = len(text) if end is None else end
    out = []
    for match in _WORD.finditer(text, start, end):
        if any(s.start <= match.start() < s.end for s in out):  # "First Posted": one stamp, not two
            continue
        position = _GAP.match(text, match.end(), end).end()
        following = next((p for p in _dates(text, position, end, order) if p.start == position and p.day is not None), None)
        if following is not None:
            out.append(Stamp(match.start(), match["word"], _updated(match["word"]), following))
    return out


def two_way(text: str, start: int = 0, end: int | None = None) -> list[tuple[Stamp, DatePhrase]]:
    """The stamps in ``text[start:end]`` whose date in numbers reads two ways: (the stamp read month first,
    the day-first reading), for a page that does not say its order."""
    end = len(text) if end is None else end
    out = []
    for match in _WORD.finditer(text, start, end):
        if any(s.start <= match.start() < s.end for s, _day_first in out):
            continue
        position = _GAP.match(text, match.end(), end).end()
        both = next(((m, d) for m, d in two_readings(text, position, end) if m.start == position), None)
        if both is not None:
            out.append((Stamp(match.start(), match["word"], _updated(match["word"]), both[0]), both[1]))
    return out


def is_stamp(words: str) -> bool:
    """Whether the words open with a page stamp's word ("Posted", "Updated: …", "Last modified"): a byline made of
    one is the page's furniture, not its author."""
    return (match := _WORD.match(words.strip())) is not None and match.start() == 0


def _updated(word: str) -> bool:
    return word.lower().split()[-1] in _UPDATE_WORDS


def _dates(text: str, start: int, end: int, order: str | None) -> list[DatePhrase]:
    """The dates at ``start``: in words, in day-first capitals, or in numbers as the page writes them."""
    words = [p for p in date_phrases(text, start, end) if not is_numeric(p)]
    return words + capital_dates(text, start, end) + numeric_dates(text, start, end, order)
