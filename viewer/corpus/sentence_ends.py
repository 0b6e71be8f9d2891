"""Where a sentence ends in raw text, past the full stops of abbreviated titles, initials and clock times.

"…,'' Mr. Brown said", "Gen. Mark Hale told", "Donald J. Trump", "D.C. statehood": a stop after a
short capitalised title or a single capital letter ends no sentence; nor does a month's abbreviation before its day
("made public Aug. 25 that", `_month_before_day`); nor does the stop of a clock time's
"a.m."/"p.m." before a word that goes on with it ("at 11:30 p.m. Saturday", "about 3 a.m. as …"), `clock_goes_on`.
Read by the date reader (`dating`, whether a day is to come) and by analysis (sourcing, attribution), so it lies here.
"""
from __future__ import annotations

import re

from viewer.corpus.titles import TITLES
from viewer.corpus.dates import MONTHS, WEEKDAYS
from viewer.corpus.numeric_dates import TIME_ZONES
from viewer.corpus.stop_words import stop_words

_WORD_BEFORE = re.compile(r"(\w+)$")
_CLOCK_STOP = re.compile(r"(?<![^\W\d_])[ap]\.m\.", re.IGNORECASE)  # no letter before ("10p.m." too); ends at the stop
_NEXT_WORD = re.compile(r"[ \t]+[\"“'‘(]*([^\W\d_][\w’'-]*)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A sentence's end before a clock time: a capital after it ("St. around", "Dec. 29, at" end none)
_STOP = re.compile(r"[.!?][\"”’)\]]*\s+(?=[A-Z\"“‘'(])")
# The US zones `TIME_ZONES` abbreviates, written out: PolNeAR train has "at 9 p.m. Eastern" three times (GVA none).
_ZONE_NAMES = ("eastern", "central", "mountain", "pacific")
# A month's abbreviation, a space and a number: the stop is the abbreviation's. On the GVA crawl and the sets' reports
# the sentence readers cut 1,825 times there; 30 of 30 drawn (seed 79) went on ("on Aug. 26, 2015, in", "a Jan. 21
# memo"); the 2 such stops before a word were a name ("said neighbor Saher Jan.") and a headline's end, kept as ends.
_DAY_AFTER = re.compile(r"\.[ \t]+\d")
_MONTH_ABBREVIATIONS = frozenset(name for name in MONTHS if name != max((n for n in MONTHS if MONTHS[n] == MONTHS[name]), key=len))
_HEAD_REACH = 300  # characters of a sentence read before a clock time
# The kinds of word a clock time's stop goes on before. Counted by training/count_clock_stops.py on the GVA crawl
# (5,955 texts, 4,165 stops before a word or mark): before a word in lower case (1,957), a weekday (1,532), a month
# (108) or a time zone (30) the sentence goes on ("at 3:17 p.m. as both schools let out", "at 11:30 p.m. Saturday",
# "at 10 p.m. March 5", "at 9 p.m. ET"). Before another capitalised word (470) it goes on only where the clock time
# opens its sentence (`clock_opens_sentence`, 114: "At about 1:22 a.m. Metro received an alert", or a time heading
# an update or a timeline's line); after a clause (356) it ends it ("It happened about 3 a.m. Police said …", "… was
# shot at 10 p.m. He died"): 49 of 50 drawn (seed 55) started a sentence there. Cases read: session 55's clock note.
GOES_ON = frozenset({"lower case", "weekday", "month", "time zone"})


def next_sentence_end(pattern: re.Pattern, text: str, start: int, end: int | None = None) -> re.Match | None:
    """The next match of ``pattern`` (the marks that may end a sentence) that is no abbreviation's stop
    and no stop of a clock time its sentence goes on after."""
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        if not m.group().startswith("."):
            return m
        word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if not (word and (_abbreviation(word.group()) or _month_before_day(word.group(), text, m.start()))) \
                and not clock_goes_on(text, m.start()):
            return m
    return None


def clock_goes_on(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a clock time's "a.m." or "p.m." and its sentence goes on after it:
    the next word on its line is of a kind in `GOES_ON`."""
    if stop < 3 or not _CLOCK_STOP.match(text, stop - 3, stop + 1):
        return False
    after = _NEXT_WORD.match(text, stop + 1)
    kind = word_kind(after.group(1)) if after else ""
    return kind in GOES_ON or kind == "capitalised" and clock_opens_sentence(text, stop - 3)


def clock_opens_sentence(text: str, clock: int) -> bool:
    """Whether the clock time ending at ``clock`` opens its sentence: the words before it in its sentence (on its line,
    from the last sentence end) are function words (spaCy's stop words) or capitalised ("At about 1:22", "On Sunday,
    at about 8:50", "Shortly after 8"), so no clause has been said that the stop could end."""
    start = max(text.rfind("\n", 0, clock) + 1, clock - _HEAD_REACH)
    while (end := next_sentence_end(_STOP, text, start, clock)) is not None:
        start = end.end()
    return not any(w.islower() and w not in stop_words() for w in _WORD.findall(text, start, clock))


def word_kind(word: str) -> str:
    """"lower case", "weekday", "month", "time zone" or "capitalised", for a word starting with a letter."""
    if word[0].islower():
        return "lower case"
    if word.capitalize() in WEEKDAYS:
        return "weekday"
    if word.capitalize() in MONTHS:
        return "month"
    return "time zone" if word in TIME_ZONES or word.lower() in _ZONE_NAMES else "capitalised"


def _abbreviation(word: str) -> bool:
    """"Mr", "Gen", "Sen", an initial: a capitalised short title or a single capital, not "president"."""
    return word[0].isupper() and (len(word) == 1 or len(word) <= 4 and word.lower() in TITLES)


def _month_before_day(word: str, text: str, stop: int) -> bool:
    """Whether the stop at ``stop`` closes a month's abbreviation ("Aug", "Sept") with a day number after it."""
    return word in _MONTH_ABBREVIATIONS and bool(_DAY_AFTER.match(text, stop))
