"""Whether two units name different neighbourhoods for what they tell, so tell two incidents.

A round-up tells each shooting of a night under its neighbourhood ("Around 9:10 p.m., a 23-year-old man was wounded in
a shooting in the Hermosa neighborhood"), and two round-ups of two nights, or a round-up beside a report of one
shooting, hold sentences that read alike but for it ("A 15-year-old boy was shot in the Lawndale neighborhood" / "a
16-year-old boy was fatally shot … in the Park Manor neighborhood"). The name read is the capitalised words before
"neighborhood" (or "neighbourhood"), after any possessive ("Chicago's Park Manor", "the West Side's Humboldt Park"):
a list of several ("the Austin and Humboldt Park neighborhoods") is not read. Two names are one neighbourhood when
one's words run inside the other's ("South Austin" / "Austin"), as outlets name a neighbourhood or the larger one round
it, or they are one name spelt two ways ("Kelvin Park" / "Kelvyn Park").
Counted before the veto was built (`training/count_other_incidents.py`, docs/linking.md "Another incident in a report").
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.analysis.claims.streets import spelt_alike

_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})neighbou?rhood\b(?!s)")
_POSSESSIVE = re.compile(r"^.*['’]s?\s+")
_LEADING = frozenset({"the", "a", "an", "in", "his", "her", "their", "that", "this", "same", "its", "our", "quiet",
                      "at", "on", "of", "near"})


def stated_neighbourhoods(text: str) -> list[str]:
    """The neighbourhoods the text names, each as its casefolded words ("park manor"). Stored as
    `UnitFeatures.neighbourhoods`."""
    found = set()
    for hit in _NAME.finditer(text):
        words = _POSSESSIVE.sub("", hit.group(1)).split()
        while words and words[0].casefold() in _LEADING:
            words = words[1:]
        if words:
            found.add(" ".join(words).casefold())
    return sorted(found)


def neighbourhoods_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether both name a neighbourhood and none of one is one of the other's (the module docstring)."""
    return bool(a and b) and not any(_one_neighbourhood(x, y) for x in a for y in b)


def _one_neighbourhood(x: str, y: str) -> bool:
    """Whether two names are one neighbourhood: one's words run inside the other's ("south austin" / "austin",
    "chennault beach" / "chennault"), or they are one name spelt two ways."""
    xs, ys = x.split(), y.split()
    shorter, longer = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    inside = any(longer[k:k + len(shorter)] == shorter for k in range(len(longer) - len(shorter) + 1))
    return inside or spelt_alike(x, y)
