"""WordNet 3.0's index and data files read one lemma or synset a line, so that the counting scripts share one
reading of the format. Every script under ``training/`` and ``bench/`` that reads WordNet 3.0's files reads them here
(``count_person_nouns.first_senses`` for the dozen first-sense tables; ``count_opposite_acts`` its antonym pointers
since session 80, when it left Open English WordNet's YAML).

A line of ``data.noun``, ``data.verb``, ``data.adj`` or ``data.adv`` (wndb(5)): the synset's offset, its lexicographer
file, its type, its word count in hex, each word with a lexical id, its pointer count, each pointer as symbol, target
offset, part of speech and source/target word numbers in hex ("0000": the whole synset), in ``data.verb`` its frame
count and each frame as "+ frame word" (word in hex, "00": every word), then "| gloss". Lines opening with spaces are
the licence. Adjectives may carry a syntactic marker, "(a)" or "(p)", which a lemma leaves out.

A line of ``index.noun``, … (wndb(5)): the lemma, its part of speech, its synset count, its pointer count and each
pointer symbol, its sense count, how many of its senses are tagged in the Semantic Concordance, then its synsets'
offsets in sense order (the first the most frequent when tagged).
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
    lexfile: int  # its lexicographer file, lexnames(5WN): 18 noun.person, 32 verb.communication, …
    words: tuple[str, ...]  # as written: case kept, "_" between words, the marker left out
    frames: tuple[tuple[int, int], ...] = ()  # a verb's (frame number, the word it holds for, 0 for every word)


def index_lemmas(index_text: str) -> list[str]:
    """The lemmas of an index file's text (``index.verb``, …), one a line after the licence, in the file's order; a
    lemma of several words is joined by "_"."""
    return [entry.lemma for entry in index_entries(index_text)]


def synsets(data_text: str) -> Iterator[Synset]:
    """Each synset of a data file's text, in the file's order."""
    for line in data_text.splitlines():
        if line and not line.startswith(" "):
            yield _synset(line)


def _synset(line: str) -> Synset:
    head, _, gloss = line.partition("|")
    fields = head.split()
    count = int(fields[3], 16)
    words = tuple(_MARKER.sub("", fields[4 + 2 * i]) for i in range(count))
    at = 4 + 2 * count
    pointers = tuple(Pointer(symbol, offset, pos, int(where[:2], 16), int(where[2:], 16))
                     for symbol, offset, pos, where in (fields[at + 1 + 4 * i: at + 5 + 4 * i]
                                                        for i in range(int(fields[at]))))
    at += 1 + 4 * len(pointers)
    frames = tuple((int(fields[at + 2 + 3 * i]), int(fields[at + 3 + 3 * i], 16))
                   for i in range(int(fields[at]))) if at < len(fields) else ()
    return Synset(fields[0], tuple(w.lower() for w in words), pointers, gloss.strip(), int(fields[1]), words, frames)


@dataclass(frozen=True)
class IndexEntry:
    lemma: str  # as the index writes it: lower case, "_" between words
    offsets: tuple[str, ...]  # its synsets in sense order
    tagged: int  # how many of its senses the Semantic Concordance tags (0: the order says nothing of use)


def index_entries(index_text: str) -> Iterator[IndexEntry]:
    """Each lemma of an index file's text with its synsets in sense order, in the file's order."""
    for line in index_text.splitlines():
        if line and not line.startswith(" "):
            fields = line.split()
            synsets, pointers = int(fields[2]), int(fields[3])
            yield IndexEntry(fields[0], tuple(fields[6 + pointers:6 + pointers + synsets]), int(fields[5 + pointers]))


def sense_counts(cntlist_text: str) -> Iterator[tuple[str, int, int]]:
    """Each line of ``cntlist.rev``: a sense key ("refuse%2:32:00::"), its sense number, how often it is tagged."""
    for line in cntlist_text.splitlines():
        key, number, count = line.split()
        yield key, int(number), int(count)


def exceptions(exc_text: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each line of an exception list (``verb.exc``, …): an irregular inflected form and its base forms ("lay":
    "lie"; "found": "find", "found")."""
    for line in exc_text.splitlines():
        form, *bases = line.split()
        yield form, tuple(bases)
