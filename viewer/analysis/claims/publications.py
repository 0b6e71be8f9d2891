"""Whether one unit tells the publication of information about a shooting that the other unit tells happened.

"Louisville Metro Police have released new details about an officer-involved shooting that happened in South
Louisville on Saturday" and "a Louisville Metro police officer was injured in an officer-involved shooting Saturday
night" share the police, the place, the day and the shooting, and read alike; but the first states a release (the
police publishing details, a statement, a 911 call or the cause of death), an act the second does not tell, and carries
the shooting only as the topic of what was released. The judges read such a link W, "another stage or action"
(training/judged/README.md), as they read a photo or footage of the shooting beside it (`stages.depiction_beside_act`)
and a released name beside the killing (`identifications`).

Read from stored features: a main act of the unit is a publishing verb of `publications.json` whose object (or passive
subject) is a piece of information of the table ("statement", "information", "details", "call", "report", "cause"),
counted on the GVA crawl by training/count_publications.py; the unit denies nothing and neither its main acts nor its
"after" clause tell the shooting ("released a statement after the shooting of" states both); the other unit tells the
shooting, holds no publishing verb of the table and not the published noun ("the 911 call captured …" tells the call).

Counted before it was built (session 65, `bench/publication_links.py`): on every judged dev link it parts W 3, R 0,
P 0 that no other veto parts, all made by main (two of class "another stage or action"); on the GVA crawl (914
incidents, two reports each) 117 sentences publish so, 116 beside a sentence of the other report telling the shooting,
in 90 report pairs; of the 45 publishing sentences of the first 107 close pairs newly parted, read by hand, 40 are the
shape, 4 carry what was published as a clause the other report tells in part ("autopsy reports, which indicate that
… were homicides"), 1 is a misparse.
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
    return json.loads(Path(__file__).with_name("publications.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def publishing_verbs() -> frozenset[str]:
    """The table's publishing verbs, keyed as predicates key their verbs ("release", "reveal")."""
    return frozenset(term(verb) for verb, _count in _table()["verbs"])


@lru_cache(maxsize=1)
def information_nouns() -> frozenset[str]:
    """The term keys of the table's pieces of information ("detail", "statement", "call")."""
    return frozenset(term(noun) for noun, _count in _table()["nouns"])


def published(unit: UnitFeatures) -> frozenset[str]:
    """The pieces of information a main act of the unit publishes ("released new details": "detail"), none when the
    unit denies something or its main acts or "after" clause tell the shooting."""
    if unit.negations or violence_terms() & (set(unit.acts) | set(unit.after)):
        return frozenset()
    main = _act_keys(unit)
    return frozenset(obj for _subject, verb, obj in unit.predicates
                     if verb in main and verb in publishing_verbs() and obj in information_nouns())


def _act_keys(unit: UnitFeatures) -> frozenset[str]:
    """The unit's main acts keyed as its predicates key their verbs (`vocabulary.term`: "announce", "anounce")."""
    return frozenset(term(act) for act in unit.acts)


def publication_beside_act(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit publishes information (`published`) and the other tells the shooting (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(publication: UnitFeatures, other: UnitFeatures) -> bool:
    pieces = published(publication)
    if not pieces or pieces & set(other.terms) or publishing_verbs() & (_act_keys(other) | set(other.terms)):
        return False
    return tells_violence(other)
