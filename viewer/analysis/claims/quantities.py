"""Figures in news prose, read as the range of values their wording allows.

"more than 1,000" allows 1,026; "about 700" allows 694; "dozens" allows 24 to 99. Two
reports of one figure agree when their ranges meet, so a hedge is not mistaken for a conflict.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from viewer.analysis.claims.number_words import SPELLED, SPELLED_BARE, spelled_value
from viewer.analysis.street_types import street_types

_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
# A sum's scale written as a letter or two onto it, as headlines and business pages do ("$2.5M", "£1.2bn", "$500K",
# "$3.5T"); the abbreviations of two letters or more are also written apart ("$70 mln", "2 mn-euro"). Counted on the
# public sets' 11,271 documents (session 74): every "T" after a sum (4) is a trillion, every abbreviation apart (2) a
# scale.
_SCALE_LETTERS = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
                  "t": 1_000_000_000_000, "tn": 1_000_000_000_000}
_SCALES_APART = _SCALES | {letters: scale for letters, scale in _SCALE_LETTERS.items() if len(letters) > 1}
# Plural counts without a numeral and the values their words allow (the file says how each range is read).
_VAGUE = {words: (low, high) for words, (low, high) in
          json.loads(Path(__file__).with_name("vague_quantities.json").read_text(encoding="utf-8"))["ranges"].items()}
QUALIFIERS = {
    "more than": "above", "over": "above", "above": "above", "in excess of": "above",
    "upwards of": "above", "at least": "above", "no fewer than": "above", "no less than": "above",
    "less than": "below", "fewer than": "below", "under": "below", "below": "below",
    "nearly": "almost", "almost": "almost", "close to": "almost", "just under": "almost",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "up to": "upto", "as many as": "upto", "as much as": "upto",
    "a total of": "exact", "exactly": "exact", "precisely": "exact",
}

# "two-thirds of the vote", "three quarters of Latino votes": the number word is a fraction's, no count of anything.
_NOT_A_FRACTION = r"(?!-(?:thirds?|quarters?|fifths?)\b|\s+(?:thirds?|quarters?|fifths?)\s+of\b)"
CURRENCIES = ("$", "€", "£")  # the units a figure written with a currency sign has
_DURATION = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = "|".join(_SCALES_APART)
_SCALE_LETTER = "|".join(sorted(_SCALE_LETTERS, key=len, reverse=True))
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted((re.escape(v) for v in _VAGUE), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+(?:a\s+total\s+of\s+)?)?"
    rf"(?:(?P<vague>\b(?:{_VAGUE_RE})\b)"
    rf"|(?P<cur>[{''.join(CURRENCIES)}])?(?P<num>(?<![\w.,])(?:{_NUMERAL})(?!(?(cur)(?!(?:{_SCALE_LETTER})\b))\w|,\d|\.\d)|\b(?:{SPELLED})\b{_NOT_A_FRACTION})"
    rf"(?:(?:\s+|-)(?P<scale>{_SCALE})\b(?:(?<=hundred)\s+and\s+(?P<plus>{SPELLED})\b)?|(?<=\d)(?P<letter>{_SCALE_LETTER})\b)?(?P<pct>\s*%|\s+per\s?cent\b|\s+pct\b)?(?P<points>\s+percentage\s+points?\b)?)"
    rf"(?P<duration>(?=[\s-]+(?:{_DURATION})\b))?",
    re.IGNORECASE,
)
# The first end of a range ("20-42 years", "20 to 42", "between 9 and 20", "from $5 to $10 million"): the
# second end is a figure `_FIGURE` reads where this stops, and gives the range its unit and scale.
_RANGE_START = re.compile(
    rf"(?:\b(?P<intro>between|from)\s+)?(?P<cur>[$€£])?"
    rf"(?P<num>(?<![\w.,-])(?:{_NUMERAL})|\b(?:{SPELLED})\b)(?:\s+(?P<scale>{_SCALE})\b)?"
    rf"(?P<pct>\s*%|\s+per\s?cent\b|\s+pct\b)?(?P<link>[ ]?[-–—][ ]?|\s+to\s+|\s+and\s+)(?=[$€£]?\w)",
    re.IGNORECASE,
)
# Words that say a figure moved, counted before two rising numbers joined by "to" (training/count_change_words.py):
# after one, the numbers are a change and the level it reached ("rose by 37,000 to 412,000") or two levels ("increased
# from 30 to 64"), two figures of two measures.
# A hedge after "by" belongs to the change ("rose by about 1 million to 9.3 million"), as the count read it.
_CHANGE_WORDS = json.loads(Path(__file__).with_name("change_words.json").read_text(encoding="utf-8"))["entries"]
_AFTER_CHANGE = re.compile(rf"\b(?:{'|'.join(sorted(_CHANGE_WORDS))})\s+(?:by\s+(?:(?:{_QUAL})\s+)?)?$", re.IGNORECASE)
# Words that say a figure moved, counted before "by" and a figure (training/count_change_by.py): "fell by 92,000".
_CHANGE_BY_WORDS = json.loads(Path(__file__).with_name("change_by_words.json").read_text(encoding="utf-8"))["entries"]
_MOVED_BY = re.compile(rf"\b(?:{'|'.join(sorted(_CHANGE_BY_WORDS))})\s+by\s+$", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+to\s+[$€£]?\d")
_CHANGE_REACH = 40  # characters read back from a pair for the word of change
_DASH_CHAIN = re.compile(r"[ ]?[-–—][ ]?\w")
_YEAR = re.compile(r"(?:19|20)\d\d")
_IDENTIFIER = re.compile(
    r"(?:\b1[-. ])?(?:\(\d{3}\)\s?|\b\d{3}[-. ])?\b\d{3}[-.]\d{4}\b"
    r"|\b\d{1,2}:\d\d(?!\d)|\b\d{1,2}(?:\s*[ap]\.?m\b\.?|\s+o['’]clock\b)"
    r"|\b\d[\d,]*(?=\s+(?:block|blk\.?)\s+of\b)",
    re.IGNORECASE,
)
# Numbers that name in the way tip lines, records and links write them, each read on gva500 (scan_runs, discrep44:
# 311 figures joined to digits or letters by dashes, dots, slashes or brackets that the patterns above missed): a
# telephone number spelt in capitals ("1-800-222-TIPS", "(816) 474-TIPS", "1-800-TBI-FIND"), a chain of three or more
# numbers ("9-15-16", "07/19/98", "39-13-202": a date, a statute, a case), a number marked as one ("Inc. #165882716",
# "No. 15-CR-1234"), a ZIP code after a state's letters (", NV 89501") and the numbers in a link or its path.
_NAMING_RUN = re.compile(
    r"(?:\b1[-. ]\d{3}[-. ]|\(\d{3}\)\s?(?:\d{3}[-. ])?|\b\d{3}[-. ]\d{3}[-. ])(?:[A-Z]{3}[-. ])?[A-Z]{4,8}\b"
    r"|\b\d+(?:[-/.]\d+){2,}\b|#\d[\w-]*|\bNo\.\s?\d[\w-]*|(?<=,\s)[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
    r"|(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu)/\S*|/\d+/"
)
# A number after "<record noun> number" names that record ("case number 17-83784", "room number 8"): the nouns from a
# data file counted on the GVA crawl by training/count_record_nouns.py.
_RECORD_NOUNS = json.loads(Path(__file__).with_name("record_nouns.json").read_text(encoding="utf-8"))["entries"]
_RECORD_NUMBER = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(_RECORD_NOUNS)))})\s+number\s+#?(\d[\w-]*)",
                            re.IGNORECASE)
# A word in capitals with its keypad digits in brackets after it ("TIPS (8477)", "CRIMES (274637)"): a number to text
# or dial, told by the digits being the word's letters on a telephone's keys (its first seven, as a number dials).
_SPELT_DIGITS = re.compile(r"\b([A-Z]{3,10})\s*\((\d{3,10})\)")
_KEYPAD = {letter: str(key) for key, letters in enumerate(("ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"), 2)
           for letter in letters}

# A house number before a street's name ("at 4500 W. Oak St.", "outside 1200 Main Street"), by the words that end
# streets' names (`street_types`).
_STREET_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))"
_ADDRESS = re.compile(
    rf"(?<![\w$€£.,#:])\d{{1,6}}(?=[ ]+(?:{_STREET_NAME_WORD}[ ]+){{1,3}}(?:{'|'.join(sorted(street_types()))})\b)"
)

_AGE_NUMBER = rf"\d{{1,3}}|{SPELLED_BARE}"
# A number that says how old someone is, or which line to call: each pattern's named group is the number.
_LABEL_FIGURE = re.compile(
    rf"\b(?P<old>{_AGE_NUMBER})(?=[- ](?:years?|months?|weeks?|days?)[- ]olds?\b)"
    rf"|\bage[ds]?\s+(?:of\s+)?(?P<aged>\d{{1,3}}(?:(?:\s*,\s*|\s+(?:and|or|to|through)\s+|\s*[-–]\s*)\d{{1,3}})*)\b"
    rf"|\bturn(?:s|ed|ing)?\s+(?P<turned>\d{{1,3}})\b"
    r"|\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?)\s+(?P<call>911|999|112|9-1-1)\b"
    r"|\b(?P<line>911|9-1-1)(?=[- ](?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|tapes?|recordings?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A figure as written (``text``) with the value it names and the range its wording allows."""

    text: str
    start: int
    end: int
    value: float | None  # None for vague counts ("dozens")
    low: float
    high: float
    qualifier: str  # exact | above | below | almost | about | upto | vague | range
    unit: str = ""  # "", "%", "points" (percentage points), "duration" ("24 hours") or a currency sign

    def consistent_with(self, other: "Figure") -> bool:
        """Both wordings can describe one true value."""
        return self.unit == other.unit and (
            (self.low <= other.high and other.low <= self.high) or near_percentages(self, other)
        )


@dataclass(frozen=True)
class NumbersRead:
    """A text's figures and the numbers in it that identify rather than count, read once for every reader of a unit
    (`units.counted_figures`, `outcomes.stated_outcomes`): each is a full pass of the number patterns."""

    figures: list[Figure]
    identifiers: list[tuple[int, int]]


def numbers_read(text: str, offset: int = 0) -> NumbersRead:
    """`figures` and `identifiers` of ``text``, at offsets from ``offset``."""
    return NumbersRead(figures(text, offset), identifiers(text, offset))


def figures(text: str, offset: int = 0) -> list[Figure]:
    """Every figure in ``text`` with its hedge, a range as one figure; years and ordinals are left out."""
    found = _ranges(text, offset)
    taken = [(f.start - offset, f.end - offset) for f in found]
    for m in _FIGURE.finditer(text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        figure = _figure(m, offset)
        if figure is not None:
            found.append(figure)
    return sorted(found, key=lambda f: f.start)


def _ranges(text: str, offset: int) -> list[Figure]:
    """The ranges in ``text``, each one figure allowing the values between its ends ("20-42 years":
    20 to 42 years; "5 to 10 million": 5 to 10 million). Read as two figures, each end was compared
    alone, the first without the unit the second carries, so two sentences of 20 to 42 and of 9 to
    20 years shared a figure and conflicted in none. Only a rising pair is a range: "won 31-24", "a
    3-2 vote" and "24 to 17" are two counts; so is a pair with a year or a telephone number in it."""
    found: list[Figure] = []
    named = None  # the identifiers, read at the first pair of numbers joined as a range's are (most texts have none)
    position = 0
    while (m := _RANGE_START.search(text, position)) is not None:
        position = m.start("num") + 1
        second = _FIGURE.match(text, m.end())
        if second is None or not second.group("num") or second.group("qual") or not _linked(m, second):
            continue
        high = _figure(second, offset)
        named = identifiers(text) if named is None else named
        if high is None or _change_and_level(m, high, second) \
                or any(start < second.end() and m.start() < end for start, end in named):
            continue
        first = m.group("num")
        if first.isdigit() and _YEAR.fullmatch(first) and not m.group("scale"):
            continue
        low = _value(first) * _SCALES_APART.get((m.group("scale") or second.group("scale") or "").lower(), 1)
        if low >= high.low:
            continue
        start = m.start("intro") if m.group("intro") else m.start("cur") if m.group("cur") else m.start("num")
        found.append(Figure(text[start:second.end()].strip(), start + offset, second.end() + offset, None, low, high.high,
                            "range", high.unit))
        position = second.end()
    return found


def _change_and_level(first: re.Match, high: Figure, second: re.Match) -> bool:
    """Two numbers joined by "to" that are two figures: a share and a figure that is not one ("fell 21 percent to
    $107.6 million"), or two after a word saying a figure moved (`_AFTER_CHANGE`) when the first is whole without the
    second ("New jobless claims fell 34,000 to 444,000", "increased from 30 to 64"); "rose by 5 to 10 percent" and
    "rose from 10 to 15 percent" give the first its unit from the second, as ranges do, and a hedge before the pair
    spans both ends ("NBC lost an estimated $10 million to $15 million in advertising revenue", ECB+ dev). Counted
    before it was built (session 71, bench/figure_misreads.py): 65 of MSRP's sentences and 7 of the AllSides dev sets'
    documents write one, none of the GVA crawl's first two reports of an incident; the true ranges counted beside them
    stand after other words ("sentenced to 15 to 30 years", "ages 11 to 15", "punishable by 20 to 50 years")."""
    if first.group("link").strip().lower() != "to" or (first.group("intro") or "").lower() == "between":
        return False
    if first.group("pct") and high.unit != "%":
        return True
    whole = any(first.group(g) for g in ("pct", "cur", "scale")) \
        or not any(second.group(g) for g in ("pct", "cur", "scale", "letter"))
    start = first.start()
    return whole and _AFTER_CHANGE.search(first.string, max(0, start - _CHANGE_REACH), start) is not None


def moved_by(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` of ``text`` says by how much something moved, not where it stands: after
    a word of change and "by" ("fell by 92,000", "rose by about 1 million"; change_by_words.json), or the first of a
    change and the level it reached ("fell 34,000 to 444,000", `_change_and_level`). Two reports of one claim may give
    one the change and the other the level ("fell to 498,000 from a revised 590,000"), which do not contradict each
    other. Counted before it was read (session 73, training/count_change_by.py): of the words before "by" and a figure
    on the GVA crawl, BASIL, WCEP, ECB+ train and MSRP, 56 are such words, each a change; the rest are agents ("shot by
    two men"), margins ("won by 23 points") and phrasal verbs ("taken down by two other patrons")."""
    reach = max(0, start - _CHANGE_REACH)
    return _MOVED_BY.search(text, reach, start) is not None or (
        _AFTER_CHANGE.search(text, reach, start) is not None and _TO_LEVEL.match(text, end) is not None)


def spans_of_time(figure: Figure) -> bool:
    """A length of time given as a range ("20 to 42 years" in prison, "three to five minutes" of
    gunfire, "18-22 years of age"): a measure the sentence states, compared as a count. The parser
    tags it a date, and a single length of time is most often the setting ("in the past 24 hours"),
    so other durations are neither kept as figures nor compared."""
    return figure.unit == "duration" and figure.qualifier == "range"


def _linked(first: re.Match, second: re.Match) -> bool:
    """The two ends are joined as a range's are: "and" only after "between", a dash between numerals."""
    link = first.group("link").strip().lower()
    if link == "and":
        return (first.group("intro") or "").lower() == "between"
    if link == "to":
        return (first.group("intro") or "from").lower() == "from"
    chained = _DASH_CHAIN.match(second.string, second.end()) is not None  # "1-800-222-TIPS", "1-9-14": a number, a date
    return first.group("num")[:1].isdigit() and second.group("num")[:1].isdigit() and not first.group("intro") and not chained


def identifiers(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Where ``text`` writes a number that identifies rather than counts: a telephone number
    ("(405) 555-1234", "1-800-222-8477", "713-222-TIPS (8477)"), a date, record or link number (`_NAMING_RUN`,
    `_RECORD_NUMBER`: "case number 17-83784"), a time
    of day ("3:30", "10 p.m.", "9 o'clock"), the block of a street address as US police give it ("the 4000 block of
    Main Street"; "three blocks of" counts, so only the singular) or a house number ("at 4500 W. Oak St.")."""
    found = [(m.start() + offset, m.end() + offset) for pattern in (_IDENTIFIER, _ADDRESS, _NAMING_RUN)
             for m in pattern.finditer(text)]
    found += [(m.start(1) + offset, m.end(1) + offset) for m in _RECORD_NUMBER.finditer(text)]
    found += [(m.start(2) + offset, m.end(2) + offset) for m in _SPELT_DIGITS.finditer(text)
              if "".join(_KEYPAD[c] for c in m.group(1)).startswith(m.group(2))]
    return sorted(found)


def labels(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Where ``text`` writes a number that says how old someone is ("a 17-year-old", "aged 17",
    "turned 29") or which emergency line was called ("called 911", "a 911 dispatcher"): read as a
    count, "17 shot" and "a 17-year-old" would look like two reports disagreeing."""
    return [(m.start(name) + offset, m.end(name) + offset)
            for m in _LABEL_FIGURE.finditer(text) for name in _LABEL_GROUPS if m.group(name) is not None]


_LABEL_GROUPS = ("old", "aged", "turned", "call", "line")


def _figure(m: re.Match, offset: int) -> Figure | None:
    qualifier = QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()), "exact")
    if m.group("vague"):
        low, high = _VAGUE[" ".join(m.group("vague").lower().split())]
        return Figure(m.group().strip(), m.start() + offset, m.end() + offset, None, low, high, "vague")
    raw = m.group("num")
    if raw.isdigit() and _YEAR.fullmatch(raw) and not m.group("scale"):
        return None
    value = _value(raw) * _SCALES_APART.get((m.group("scale") or "").lower(), _SCALE_LETTERS.get((m.group("letter") or "").lower(), 1))
    value += spelled_value(m.group("plus")) if m.group("plus") else 0
    unit = "%" if m.group("pct") else "points" if m.group("points") else "duration" if m.group("duration") is not None else (m.group("cur") or "")
    low, high = interval(value, qualifier)
    start = m.start() if m.group("qual") else m.start("cur") if m.group("cur") else m.start("num")
    return Figure(m.group()[start - m.start():].strip(), start + offset, m.end() + offset, value, low, high, qualifier, unit)


def _value(raw: str) -> float:
    return float(raw.replace(",", "")) if raw[:1].isdigit() else spelled_value(raw)


def interval(value: float, qualifier: str) -> tuple[float, float]:
    """The values a hedged figure allows, using how round the figure is as its precision."""
    step = max(_roundness(value), 0.25 * value)
    near = max(min(_roundness(value) / 2, 0.15 * value), 0.1 * value)
    return {
        "above": (value, value + step),
        "below": (max(0.0, value - step), value),
        "almost": (value - near, value),
        "about": (value - near, value + near),
        "upto": (value - 2 * near, value),
    }.get(qualifier, (value, value))


def _roundness(value: float) -> float:
    if value <= 0 or value != int(value):
        return 1.0
    n, step = int(value), 1
    while n % 10 == 0:
        n //= 10
        step *= 10
    return float(step)


def magnitude_key(value: float) -> int:
    """Bucket on a logarithmic scale (steps of 10%), so close figures share or touch a bucket."""
    return int(math.floor(math.log(max(value, 1.0), 1.1)))


NEAR_PERCENT = 0.3  # points: 49.7% and 49.6 percent are one share, rounded or counted a little later


def near_percentages(a: Figure, b: Figure) -> bool:
    """Two exact shares within a few tenths of a point of each other: one figure, not two."""
    return (
        a.unit == b.unit == "%" and a.value is not None and b.value is not None
        and a.qualifier == b.qualifier == "exact" and abs(a.value - b.value) <= NEAR_PERCENT + 1e-9
    )
