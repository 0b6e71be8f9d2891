"""Where a sentence ends in raw text, past the full stops of abbreviated titles and initials.

"…,'' Mr. Brown said", "Gen. Mark Hale told", "Donald J. Trump", "D.C. statehood": a stop after a
short capitalised title or a single capital letter ends no sentence.
"""
from __future__ import annotations

import re

from viewer.analysis.speakers.names import TITLES

_WORD_BEFORE = re.compile(r"(\w+)$")


def next_sentence_end(pattern: re.Pattern, text: str, start: int, end: int | None = None) -> re.Match | None:
    """The next match of ``pattern`` (the marks that may end a sentence) that is no abbreviation's stop."""
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if m.group().startswith(".") and word and _abbreviation(word.group()):
            continue
        return m
    return None


def _abbreviation(word: str) -> bool:
    """"Mr", "Gen", "Sen", an initial: a capitalised short title or a single capital, not "president"."""
    return word[0].isupper() and (len(word) == 1 or len(word) <= 4 and word.lower() in TITLES)
