"""Numbers written in words: "five", "Twenty-five", "twenty five", "a half-dozen", and ordinals ("Forty-Second").

A compound of tens and ones is one number: read word by word, "Twenty-five people" was 20 and 5, and "Thirty-seven
per cent" a count of 30 beside a share of 7% (12 of the GVA crawl's 1,828 first two reports of an incident write one,
most of them ages; 18 of MSRP's sentences; session 71, bench/figure_misreads.py).
"""
from __future__ import annotations

import re

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "half a dozen": 6, "a half-dozen": 6, "a half dozen": 6, "half-dozen": 6,
    "a hundred": 100, "a thousand": 1000, "a million": 1_000_000,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_COMPOUND = rf"(?:{_TENS})(?:-|[ ])(?:{_UNITS})"
# One number in words, a compound of tens and ones first: to be read between word boundaries, case ignored.
SPELLED = rf"{_COMPOUND}|{'|'.join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))}"
# The same without the ones an article begins ("a dozen"): the shape an age takes ("Twenty-nine-year-old").
SPELLED_BARE = rf"{_COMPOUND}|{'|'.join(sorted((re.escape(w) for w in WORDS if ' ' not in w), key=len, reverse=True))}"

# Ordinals whose cardinal is not the ordinal less its "th" ("fifth" / "five"); the rest drop "th" or turn "-ieth" to "-y".
_IRREGULAR_ORDINALS = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
                       "ninth": "nine", "twelfth": "twelve"}


def spelled_value(words: str) -> float:
    """The value of words `SPELLED` matched: one entry of `WORDS` or a compound of tens and ones."""
    key = " ".join(words.lower().split())
    if key in WORDS:
        return float(WORDS[key])
    value = number_word(key)
    if value is None:
        raise ValueError(f"{words!r} is not a number in words")
    return float(value)


def number_word(words: str) -> int | None:
    """The whole number below a hundred that words spell, cardinal or ordinal ("six", "sixth", "Forty-Second",
    "forty second"), read with the cardinals `quantities.figures` reads; None where the words are not one."""
    parts = words.casefold().replace("-", " ").split()
    if not 1 <= len(parts) <= 2:
        return None
    values = [WORDS.get(_IRREGULAR_ORDINALS.get(w) or (w[:-4] + "y" if w.endswith("ieth") else w.removesuffix("th")))
              or WORDS.get(w) for w in parts]
    if None in values or any(v >= 100 for v in values):
        return None
    if len(values) == 2 and not (values[0] % 10 == 0 and values[0] >= 20 and values[1] < 10):
        return None
    return sum(values)
