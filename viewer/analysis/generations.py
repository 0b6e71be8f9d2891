"""The generation suffixes of personal names ("Jr.", "Sr.", "III").

Every reader of names leaves them out when it keys a name or reads its surname, and keeps them to
tell a father from his son; one list, so that the speakers, attribution, ages and discrepancy
readers agree on what a suffix is.
"""
from __future__ import annotations

GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_generation(word: str) -> bool:
    """``word`` as written ("Jr.", "III", "jr") is a generation suffix."""
    return word.casefold().rstrip(".") in GENERATIONS
