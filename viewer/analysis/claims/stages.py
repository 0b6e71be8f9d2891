"""Whether one unit tells a court or custody stage of a shooting that the other unit only tells happened.

"A man was arrested Monday in the fatal shooting of a 16-year-old boy in Miami" and "A 16-year-old boy has died after
being shot multiple times in Miami" share the boy, his age, the place and the shooting, and read alike; but the first
states the arrest (a later stage), which the second does not tell, and carries the shooting only in a phrase. The
judges' standard since links55p reads such a link W, "another stage or action" (training/judged/README.md); sessions
49-54 had read it P, and those links were read again under the present standard (training/judged/stage_rejudged.tsv).
Counted before this was built (`bench/stage_links.py`, session 60): on every judged dev link whose one unit's main act
is an arrest, a charge or a court step and whose other unit tells the shooting without it, R 1, P 12, W 32 as first
judged and P 10, W 35 read again (main da81c543 makes P 10, W 33 of them); of all main's judged links the rule
below takes W 29 and P 4 (three
stages whose "after" clause states the shooting, "was arrested after his gun accidentally went off, shooting his
daughter", which the stored features cannot tell from a relative clause; one "turned himself in" beside "arrested").
On the GVA crawl 176 of 300 report pairs hold such a pair of sentences.

Read from stored features: the stage unit's main acts (`acts.stated_acts`) hold an act of `stage_acts.json` (the court
and custody acts writers state with the shooting only in a phrase, counted on the crawl by
training/count_stage_acts.py), it denies nothing ("no one has been charged") and none of its main acts is the killing
or the shooting itself ("shot his wife and was arrested" tells both); the other's acts hold no act of the table and its
terms no word of one ("charges", "arrested") nor a court or custody word of the table ("will serve 20-42 years in
prison": it tells that stage too); and the other tells a killing or a gunshot (the
words `identifications.violence_terms` reads).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import tells_violence, violence_terms
from viewer.analysis.claims.vocabulary import term


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(Path(__file__).with_name("stage_acts.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stage_acts() -> frozenset[str]:
    """The court and custody acts of the table, as main acts' verb keys."""
    return frozenset(act for act, _count in _table()["acts"])


@lru_cache(maxsize=1)
def stage_words() -> frozenset[str]:
    """The term keys of the table's court and custody words, singular and plural ("prison", "counts")."""
    return frozenset(term(w + end) for w, _count in _table()["words"] for end in ("", "s"))


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    """The term keys the acts' words begin with ("charge": "charges", "charged"; "arrest": "arrests")."""
    return tuple(term(act) for act in stage_acts())


def tells_stage(unit: UnitFeatures) -> bool:
    """Whether the unit's main act is a court or custody stage, undenied, and not the shooting itself too."""
    acts = set(unit.acts)
    return bool(stage_acts() & acts) and not unit.negations and not violence_terms() & acts


def stage_beside_shooting(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a court or custody stage and the other only the shooting (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(stage: UnitFeatures, other: UnitFeatures) -> bool:
    """`stage_beside_shooting` with ``stage`` the unit telling the stage."""
    if not tells_stage(stage) or stage_acts() & set(other.acts):
        return False
    if stage_words() & set(other.terms) or any(t.startswith(_stems()) for t in other.terms):
        return False
    return tells_violence(other)
