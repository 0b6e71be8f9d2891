"""What a researcher's own file names say about outlet and date: "nyt-2017-02-14.txt", "2058ec60_FOX.txt".

Files saved by hand are often named after their outlet, which the text of a plain-text article
never names. Which word of the name is the outlet differs from one researcher to the next, so
it is not guessed once for all: each position of a word (first, second, …, last) is offered with
what it reads, the likeliest first (a word of letters that every name has there, shared by
several files). The researcher picks and names the outlets; nothing here writes to the corpus.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

_PART = re.compile(r"[^\W_]+")  # what the name's separators (-, _, ., space) keep apart
_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_. ]?(\d\d)[-_. ]?(\d\d)(?!\d)")
POSITIONS = 3  # words counted from each end of the name
NAMED = {0: "the first word", 1: "the second word", 2: "the third word",
         -1: "the last word", -2: "the last word but one", -3: "the last word but two"}


@dataclass(frozen=True)
class Reading:
    """One position of a word in the file names, and what it reads for each document."""

    position: int  # 0, 1, 2 from the start; -1, -2, -3 from the end
    words: dict[int, str]  # document → the word there; a document whose name has none there is left out

    def describe(self) -> str:
        """How the dialog names the position: "the first word", "the last word but one"."""
        return NAMED[self.position]

    def groups(self) -> list[tuple[str, list[int]]]:
        """Each word with its documents, the most common first; "NYT" and "nyt" are one word."""
        by_key: dict[str, list[int]] = {}
        spelt: dict[str, Counter] = {}
        for document, word in self.words.items():
            by_key.setdefault(word.casefold(), []).append(document)
            spelt.setdefault(word.casefold(), Counter())[word] += 1
        return sorted(((spelt[k].most_common(1)[0][0], sorted(ds)) for k, ds in by_key.items()),
                      key=lambda group: (-len(group[1]), group[0].casefold()))


def parts(file_name: str) -> list[str]:
    """The words of a file's name without its extension, as its separators cut it."""
    return _PART.findall(_stem(file_name))


def readings(names: Mapping[int, str]) -> list[Reading]:
    """Every position where the names hold a word of letters, the likeliest outlet first: held by more names,
    then shared by more of them (an outlet repeats across files, a slug's words rarely do)."""
    cut = {document: parts(name) for document, name in names.items()}
    found = []
    for position in [p for k in range(POSITIONS) for p in (k, -k - 1)]:  # first, last, second, last but one…
        words = {}
        for document, words_of in cut.items():
            if -len(words_of) <= position < len(words_of) and words_of[position].isalpha():
                words[document] = words_of[position]
        if words and not any(r.words == words for r in found):
            found.append(Reading(position, words))
    return sorted(found, key=lambda r: (-len(r.words), len(r.groups()) == len(r.words), len(r.groups())))


def date_in(file_name: str) -> str | None:
    """The ISO date a name holds ("nyt-2017-02-14", "20170214_ap"), when it is a real day; else None."""
    for year, month, day in _DATE.findall(_stem(file_name)):
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def _stem(file_name: str) -> str:
    return file_name.rsplit(".", 1)[0] if "." in file_name else file_name
