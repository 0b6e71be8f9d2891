"""Whether two figures count one thing: the rule a number discrepancy and a timeline's "what
changed" share, so a figure two reports give for different things is never shown as one changed.

A figure compared as a count is one the reader marked a count (not a label such as "Interstate
40", an age, a time of day, "one of …") and not a length of time that sets the scene. Two such figures count one thing when
they count the same word in the same unit, or when each is its side's only figure and nothing says
they count two things (`one_measure`: two sums of money only when neither names what it pays for);
a sum of money only when it is its side's only sum (`sole_sum`).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.claims.quantities import spans_of_time

# Plurals the lemmatizer leaves as they are ("people"), by the singular they count; the file says where they come from.
_SUPPLETIVE: dict[str, str] = json.loads(Path(__file__).with_name("suppletive_plurals.json").read_text(encoding="utf-8"))["entries"]
_NOT_MONEY = ("", "%", "points", "duration")  # the units that are no currency


def counts(figures: Iterable[CountedFigure], corrected: bool = False) -> list[CountedFigure]:
    """The figures that can be compared as counts, in their order: not a length of time that sets the
    scene ("in the past 24 hours"), but one the clause states ("sentenced to 20 years", "20 to 42 years");
    with ``corrected``, also those the sentence itself corrects ("300" in "280, not 300"), which it does not state."""
    return [f for f in figures if f.count and (f.unit != "duration" or f.term or spans_of_time(f)) and (corrected or not f.corrected)]


def singular(thing: str) -> str:
    """What a counted word counts one of: "73 people" and "75 persons" count persons."""
    return _SUPPLETIVE.get(thing, thing)


def same_thing(f: CountedFigure, g: CountedFigure) -> bool:
    """Both say what they count, the same word ("73 people" / "75 persons"), in the same unit."""
    return bool(f.thing and g.thing) and singular(f.thing) == singular(g.thing) and f.unit == g.unit


def one_measure(f: CountedFigure, g: CountedFigure) -> bool:
    """The only figure on each side, saying nothing that makes them count two things: in one unit
    of measure (a share) without two different things named, sums of money neither of which names
    what it is the price of, or bare counts of whoever the verb is said of ("more than 100 were
    injured", "151 wounded"). Two counted nouns that differ are two groups ("three patients"
    released, "two victims" still treated); a sum that names its item is that item's price ("a
    $43,000 Rolex watch"), not the total another source gives ("spent $750,000 in campaign cash")."""
    if f.unit != g.unit:
        return False
    if f.unit not in _NOT_MONEY:
        return not (f.thing or g.thing) and f.priced == g.priced
    return not (f.thing and g.thing) if f.unit else not (f.noun or g.noun)


def sole_sum(f: CountedFigure, side: Iterable[CountedFigure]) -> bool:
    """Not a sum of money, or the only one its side gives. What a sum pays for is said by a phrase
    the figure does not record ("$200 million from Homeland Security", "$2.5 billion from
    counternarcotics programs"), so two sides' leftover sums, among others, may fund two things."""
    if f.unit in _NOT_MONEY:
        return True
    return sum(1 for g in side if g.unit == f.unit) == 1
