"""The streets a unit gives as an address: where a police report puts an incident.

Local outlets tell every shooting of their city in the same sentences ("Two people were killed"), and the one thing
their reports of two incidents keep apart is where each happened: "the 8800 block of South Exchange Avenue" and "the
4200 block of South Talman"; "NW 12th Avenue and 65th Street" and "Northwest 20th Avenue and Northwest 62nd Street".
A street is read only in an address's shape, so that "the Supreme Court" or "Wall Street" standing for an institution
is not read as a place: a block of a street, a house number before a street, or two streets at a crossing. A street is
known by the last word of its name before the word that ends it (`street_types`: "Avenue", "St"), compass words left
out: "South Exchange Avenue" and "the 8800 block of South Exchange" are both "exchange", "NW. 12th Ave." is "12th",
and "West Sixth Street" is "6th" as "6th Street" is (one incident's reports write it both ways).
`training/count_street_places.py` counts how often reports of one incident and of two incidents give streets apart.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from difflib import SequenceMatcher

from viewer.analysis.claims.number_words import number_word
from viewer.analysis.street_types import street_types
from viewer.corpus.dates import MONTHS, WEEKDAYS

_COMPASS = r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|[NSEW]|N[EW]|S[EW])\.?"
_WORD = r"(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))"
_TYPE = rf"(?:{'|'.join(sorted(street_types(), key=len, reverse=True))})\b\.?"
# A street's name: compass words, one to three name words, and the word that ends a street's name where it has one.
_STREET = rf"(?:{_COMPASS}\s+)*(?P<{{0}}>(?:{_WORD}\s+){{{{0,2}}}}{_WORD})(?:\s+{_TYPE})?"
_TYPED = rf"(?:{_COMPASS}\s+)*(?P<{{0}}>(?:{_WORD}\s+){{{{0,2}}}}{_WORD})\s+{_TYPE}"
_ADDRESSES = (
    # "the 8800 block of South Exchange (Avenue)"
    re.compile(r"\b\d[\d,]*\s+(?:block|blk\.?)\s+of\s+(?:the\s+)?" + _STREET.format("a")),
    # "4500 W. Oak St."
    re.compile(r"(?<![\w$€£.,#:])\d{1,6}\s+" + _TYPED.format("a")),
    # "NW 12th Ave. and 65th Street", "the intersection of West 42nd Street and South Talman Avenue"
    re.compile(_TYPED.format("a") + r"\s+(?:and|&|at)\s+" + _TYPED.format("b")),
    re.compile(r"\b(?:intersection|corner)\s+of\s+" + _STREET.format("a") + r"\s+(?:and|&)\s+" + _STREET.format("b")),
)
_COMPASS_WORD = re.compile(rf"^{_COMPASS}$")
_DATED = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))  # "the corner of Birch and Larkin Tuesday"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Two spellings of one street's name ("Fairmount" / "Fairmont", "Killiam" / "Kiliam") are this alike or more
# (difflib's ratio): on the GVA crawl it takes one incident's report pairs with streets apart from 89 to 77 of 634
# and two incidents' from 663 to 662 of 703 (training/count_street_places.py; .9 leaves 78, .7 costs six of two).
SPELT_ALIKE = 0.8


def spelt_alike(a: str, b: str) -> bool:
    """Whether two names are one spelt two ways (`SPELT_ALIKE`): streets', and neighbourhoods' ("Kelvin Park" /
    "Kelvyn Park")."""
    return SequenceMatcher(None, a, b).ratio() >= SPELT_ALIKE


def stated_streets(text: str) -> list[str]:
    """The streets the text gives in an address, each as the casefolded last word of its name ("exchange", "12th")."""
    found = set()
    for pattern in _ADDRESSES:
        for hit in pattern.finditer(text):
            for group in ("a", "b"):
                name = hit.groupdict().get(group)
                if name:
                    words = [w.rstrip(".") for w in name.split() if not _COMPASS_WORD.match(w)
                             and w.rstrip(".") not in street_types() and w.casefold() not in _DATED]
                    if words:
                        found.add(_street_key(words))
    return sorted(found)


def _street_key(words: list[str]) -> str:
    """A street's last name word casefolded, and a number spelt in words as its numeral ("West Sixth", "Forty
    Second" are "6th", "42nd"), so that one numbered street written both ways is one street to `_one_street`."""
    number = number_word(" ".join(words[-2:])) if len(words) > 1 else None
    number = number or number_word(words[-1])
    if number is None:
        return words[-1].casefold()
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def streets_apart(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Whether two reports both give addresses and share no street in them: two places, so two incidents."""
    return bool(a and b) and not any(_one_street(x, y) for x in a for y in b)


def _one_street(a: str, b: str) -> bool:
    """One street written two ways: a numbered street only by its number, a named one by its spelling."""
    if a == b:
        return True
    if _ORDINAL.fullmatch(a) or _ORDINAL.fullmatch(b):
        return False
    return spelt_alike(a, b)
