"""WordNet 3.0's index and data files read one lemma or synset a line, so that the counting scripts share one
reading of the format.

A line of ``data.noun``, ``data.verb``, ``data.adj`` or ``data.adv`` (wndb(5)): the synset's offset, its lexicographer
file, its type, its word count in hex, each word with a lexical id, its pointer count, each pointer as symbol, target
offset, part of speech and source/target word numbers in hex ("0000": the whole synset), then "| gloss". Lines opening
with spaces are the licence. Adjectives may carry a syntactic marker, "(a)" or "(p)", which a lemma leaves out.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_MARKER = re.compile(r"\(.*\)$")


@dataclass(frozen=True)
class Pointer:
    symbol: str  # "@" hypernym, "+" derivationally related form, "!" antonym, …
    offset: str
    pos: str
    source: int  # the word of this synset it leaves from, 0 for the whole synset
    target: int  # the word of the target synset it reaches, 0 for the whole synset


@dataclass(frozen=True)
class Synset:
    offset: str
    lemmas: tuple[str, ...]  # lowercased, the marker left out
    pointers: tuple[Pointer, ...]
    gloss: str


def index_lemmas(index_text: str) -> list[str]:
    """The lemmas of an index file's text (``index.verb``, …), one a line after the licence, in the file's order; a
    lemma of several words is joined by "_"."""
    return [line.split(" ", 1)[0] for line in index_text.splitlines() if line and not line.startswith(" ")]


def synsets(data_text: str) -> Iterator[Synset]:
    """Each synset of a data file's text, in the file's order."""
    for line in data_text.splitlines():
        if line and not line.startswith(" "):
            yield _synset(line)


def _synset(line: str) -> Synset:
    head, _, gloss = line.partition("|")
    fields = head.split()
    count = int(fields[3], 16)
    lemmas = tuple(_MARKER.sub("", fields[4 + 2 * i]).lower() for i in range(count))
    at = 4 + 2 * count
    pointers = tuple(Pointer(symbol, offset, pos, int(where[:2], 16), int(where[2:], 16))
                     for symbol, offset, pos, where in (fields[at + 1 + 4 * i: at + 5 + 4 * i]
                                                        for i in range(int(fields[at]))))
    return Synset(fields[0], lemmas, pointers, gloss.strip())
