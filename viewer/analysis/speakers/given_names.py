"""Given names that name one person: "Joe" and "Joseph", "Bill" and "William".

One outlet writes a politician's given name formally ("Joseph R. Biden Jr."), another familiarly
("Joe Biden"); spelling similarity cannot see that they are one name. The pairs come from the
`nicknames` package: Carlton Northern's hand-curated table of English given names and their
diminutives (MIT; first mined from a genealogy list by Old Dominion University's Web Science and
Digital Libraries group). Only a name and one of its own diminutives count, never two diminutives
of one name: "Al" is short for Albert and for Alfred, which are not one name.

The sex a given name says is read by `person_names.given_name_sex`, which the claims read too.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from nicknames import NickNamer


def same_given_name(a: str, b: str, spell: Callable[[str], str] = str) -> bool:
    """Whether ``a`` and ``b`` (lower case, written as ``spell`` writes names) are a name and its diminutive."""
    pairs = _pairs(spell)
    return (a, b) in pairs or (b, a) in pairs


@cache
def _pairs(spell: Callable[[str], str]) -> frozenset[tuple[str, str]]:
    return frozenset((spell(name), spell(short)) for name, diminutives in _table().items() for short in diminutives)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of the table, or a diminutive of one ("Bernie", "Jeb")."""
    return word.lower() in _names()


@cache
def _names() -> frozenset[str]:
    table = _table()
    return frozenset(table) | frozenset(short for diminutives in table.values() for short in diminutives)


@cache
def _table() -> dict[str, set[str]]:
    """The package's table of names and their diminutives, read once for both questions."""
    return NickNamer().nickname_lookup
