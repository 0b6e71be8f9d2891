"""How much two reports sharing a number says they report one event, read by the number's shape alone.

Two reports of one event give its figures in their own words: "959 soldiers" in one, "959 combatants"
and "the total has now spiked to 959" in the other. The story gate's shared-figures sign compares a
figure with what it counts, so those share nothing there. A number alone says as much when it is of a
shape seldom shared by chance: two reports of different events both give "two" or "2018" all the time,
and almost never both "959". How often each shape is shared by reports of one event and of different
events is counted on annotated public corpora by ``training/count_shared_values.py`` and kept in
``shared_values.json`` as the log-ratio of the two rates; the story model weighs the largest of them
among the numbers two reports share (fitted, like its other signs, by ``fit_verifier``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import ClaimUnit

TABLE_FILE = Path(__file__).with_name("shared_values.json")
_YEARS = (1900, 2099)  # a whole number in this span reads as a year more often than as a count


def value_shape(value: float) -> str:
    """The shape of a number, as rare as such numbers are: a year, a fraction, or a whole number by its
    digits (1, 2, or more: public annotated corpora hold too few pairs sharing a longer one to tell
    lengths apart) and whether it is round ("3+ digits" for 959, "3+ digits, round" for 400 or 1,000)."""
    if value < 0 or value != int(value):
        return "fraction"
    whole = int(value)
    if _YEARS[0] <= whole <= _YEARS[1]:
        return "year"
    text = str(whole)
    if len(text) == 1:
        return "1 digit"
    digits = "3+" if len(text) > 2 else "2"
    return f"{digits} digits" + (", round" if text.endswith("0") else "")


def article_values(units: Iterable[ClaimUnit]) -> frozenset[float]:
    """The numbers the units count with, whatever they count or whether they say ("spiked to 959"): not
    lengths of a term, names or picks ("Interstate 40"), nor figures a sentence corrects."""
    return frozenset(f.value for u in units for f in u.features.figures
                     if f.value is not None and f.count and not f.term and not f.corrected)


@lru_cache(maxsize=1)
def evidence_table() -> dict[str, float]:
    """Each shape's log-ratio of how often reports of one event share a number of it to how often
    reports of different events do (`training/count_shared_values.py`)."""
    data = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    return {shape: float(row["evidence"]) for shape, row in data["shapes"].items()}


def shared_value_evidence(values_a: Iterable[float], values_b: Iterable[float]) -> float:
    """The most any number both reports give says that they report one event (0 for none, or
    for numbers of shapes reports of different events share as often)."""
    table = evidence_table()
    shared = set(values_a) & set(values_b)
    return max((max(0.0, table.get(value_shape(v), 0.0)) for v in shared), default=0.0)
