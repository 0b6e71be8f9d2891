"""Whether one unit identifies a victim or a suspect that the other unit only says was killed or shot.

"A man killed in a shooting that left three others wounded has been identified by the coroner's office" and "Police
are investigating a shooting that left one dead" share the shooting, its day and its toll, and read alike; but the
first states the identification (a later act of the investigation), which the second does not tell, and carries the
shooting only in its subject. The judges' standard since links56r reads such a link W, "another stage or action"
(training/judged/README.md), while a link to a unit that gives the identity too ("Walker … was shot in the head") is
right. Counted before this was built (`bench/identification_links.py`, session 59): on every judged dev link whose one
unit's main act identifies, an other unit that names no one and tells a killing or a shooting was judged R 5, P 2,
W 14 (read again under the present standard, P 1, W 20: training/judged/identification_rejudged.tsv); one naming the
same person R 16, P 30, W 16. On the GVA crawl (300 incidents, two reports each), 32 of 126 identification sentences
that name their person face a report that does not name that person and whose killing sentences name no one.

Read from stored features: the identifying unit's main acts (`acts.stated_acts`) hold "identify", "ID" or "name" and
it denies nothing ("has not been identified", "no suspect has been identified" tell no identity); the other's hold
none of them; the two share no proper name but those of their setting (one naming the person the other names is a
shared claim of who it was; "Elm Street" is where both put the shooting);
and the other tells a killing or a gunshot (`outcome_words.json`'s death and gunshot words, as term keys).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import term

IDENTIFYING = frozenset({"identify", "id", "name"})  # verb keys of `acts.stated_acts`
_KINDS = ("death", "gunshot")  # outcome_words.json's kinds of a killing or a shooting
_ACTS = ("kill", "shoot", "die", "murder", "slay")  # the same as main acts' verb keys (lemmas, not terms)
_MORE = ("shooting", "shoot", "kill", "death", "homicide", "murder")  # the nouns and bare verbs the table lists inflected


@lru_cache(maxsize=1)
def violence_terms() -> frozenset[str]:
    """The term keys of the words that tell a killing or a shooting."""
    entries = json.loads(Path(__file__).with_name("outcome_words.json").read_text(encoding="utf-8"))["entries"]
    words = [w for w, e in entries.items() if e["kind"] in _KINDS] + list(_MORE)
    return frozenset(term(w) for w in words) | frozenset(_ACTS)


def identifies(unit: UnitFeatures) -> bool:
    """Whether the unit's main act identifies someone, undenied."""
    return bool(IDENTIFYING & set(unit.acts)) and not unit.negations


def identified_beside_killing(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit identifies someone and the other, naming no one the first names, only tells a killing or a
    shooting (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(ident: UnitFeatures, other: UnitFeatures) -> bool:
    """`identified_beside_killing` with ``ident`` the identifying unit."""
    if not identifies(ident) or IDENTIFYING & set(other.acts):
        return False
    if (set(ident.names) & set(other.names)) - set(ident.setting) - set(other.setting):
        return False
    return bool(violence_terms() & (set(other.acts) | set(other.terms)))
