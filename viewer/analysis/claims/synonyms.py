"""Words news uses for one meaning ("injured" and "wounded"), as the pair model's shared terms count them.

Two reports of one claim often name one thing in two words, and the shared-terms sign saw no
overlap. The classes are read from WordNet by ``training/count_synonyms.py`` and kept narrow (lemmas
whose most frequent sense is one synset, in the part of speech news mostly writes them as); they
only widen that one sign, never the keys units are grouped or compared under elsewhere.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.vocabulary import term

TABLE = Path(__file__).with_name("synonyms.json")


@lru_cache(maxsize=1)
def synonym_table() -> dict[str, frozenset[str]]:
    """Each term key to the synsets it is one of the words for."""
    found: dict[str, set[str]] = {}
    for synset, lemmas in json.loads(TABLE.read_text(encoding="utf-8"))["synonyms"].items():
        for lemma in lemmas:
            found.setdefault(term(lemma), set()).add(synset)
    return {key: frozenset(synsets) for key, synsets in found.items()}


def meanings(terms: Iterable[str]) -> frozenset[str]:
    """The synsets the unit's terms are words for: two units share a meaning only if these meet."""
    table = synonym_table()
    return frozenset(s for t in terms for s in table.get(t, ()))


def shared_mass(a: AbstractSet[str], b: AbstractSet[str], meanings_a: AbstractSet[str], meanings_b: AbstractSet[str],
                mass: Callable[[AbstractSet[str]], float]) -> float:
    """The weight of the terms two units share, a term of one also matched by a synonym in the other: the
    geometric mean of each side's matched mass, which is the plain shared mass when the words are the same."""
    same = a & b
    if not meanings_a & meanings_b:
        return mass(same)
    table = synonym_table()
    matched_a = same | {t for t in a - same if table.get(t, frozenset()) & meanings_b}
    matched_b = same | {t for t in b - same if table.get(t, frozenset()) & meanings_a}
    return math.sqrt(mass(matched_a) * mass(matched_b))
