"""The forms words are compared under, and the general word classes linking leaves aside.

Names are folded (case, accents) and transliteration variants squashed ("Boychenko" /
"Boichenko"), and a demonym counts as its country ("Ukrainian" meets "Ukraine"). Reporting verbs
and light words are set aside as content. The lists live in ``vocabulary.json`` with where each
comes from; there are no synonym classes: meaning is compared by the sentence embeddings (only the
pair model's shared-terms sign also counts WordNet synonyms, `synonyms`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = json.loads(Path(__file__).with_name("vocabulary.json").read_text(encoding="utf-8"))
_DEMONYMS: dict[str, str] = _DATA["demonyms"]["entries"]
# Verbs that frame a claim rather than state it; they say nothing about what is claimed.
REPORTING = frozenset(_DATA["reporting_verbs"]["entries"])
# Words that weigh nothing in a claim whatever their frequency.
LIGHT = frozenset(_DATA["light_words"]["entries"])
# Words whose keys are remembered: a corpus repeats its words, and every content token is looked up.
_WORDS_KEPT = 1 << 16


def fold(text: str) -> str:
    """Lower case without accents, so "Mikhaïlo" and "Mikhailo" compare equal. The accents are
    found among the text's distinct characters beyond ASCII (a mention's text has a handful),
    not by testing it character by character."""
    text = unicodedata.normalize("NFKD", text)
    accents = {ord(c): None for c in set(text) if c > "\x7f" and unicodedata.combining(c)}
    return (text.translate(accents) if accents else text).casefold().replace("’", "'")


def squash(word: str) -> str:
    """One spelling for transliteration variants (y/i, j/i, kh/h, doubled letters)."""
    if " " in word:
        return word
    word = word.replace("kh", "h").replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=_WORDS_KEPT)
def canonical(word: str) -> str:
    """The word folded, or the country a demonym names ("Ukrainian" -> "ukraine")."""
    word = fold(word)
    return _DEMONYMS.get(word) or word


@lru_cache(maxsize=_WORDS_KEPT)
def term(word: str) -> str:
    """The key a content word or name is indexed and compared under."""
    return squash(canonical(word))


def demonym_or_country(word: str) -> bool:
    """Whether a name word names a country or its people ("Ukrainian", "Russia")."""
    word = fold(word)
    return word in _DEMONYMS or word in _PLACES


_PLACES = frozenset(squash(p) for p in _DEMONYMS.values()) | frozenset(_DEMONYMS.values())
