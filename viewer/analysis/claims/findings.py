"""Whether one unit tells an official finding on how someone died that the other unit, telling the death or the
shooting, does not: two stages of one incident.

"The Spartanburg County coroner said the shooting death of a teenage girl … has been ruled accidental" and "A teen girl
has died after a shooting at the Hidden Park Apartments" share the girl, the place and the death, and read alike; but
the first states the coroner's ruling, a later stage, and carries the death only as what is ruled on. The judges read
such a link W, "another stage or action", as they read an investigation of the shooting beside it
(`stages.investigation_beside_shooting`). A finding is read from stored features: a main act of `findings.json`'s verbs
("rule", the only verb the GVA crawl gives a manner of death as its complement in at least half the sentences it meets
one, counted by training/count_findings.py) with a manner word of the table among the unit's terms ("homicide",
"accidental", "suicide"), undenied, and no killing or shooting among its own acts ("was shot and killed, and his death
was ruled a homicide" tells both). The other unit tells the killing or the shooting, holds no manner word (a unit that
calls it a homicide or accidental states the finding's claim too: "Ft. Lauderdale Woman Kills Daughter In Tragic
Murder-Suicide" beside "have been ruled a murder-suicide" is partly right) and no finding act.
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
    return json.loads(Path(__file__).with_name("findings.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def finding_acts() -> frozenset[str]:
    """The verbs of the table, as main acts' verb keys ("rule")."""
    return frozenset(verb for verb, *_counts in _table()["verbs"])


@lru_cache(maxsize=1)
def manner_words() -> frozenset[str]:
    """The term keys of the table's manners of death ("homicide", "accidental")."""
    return frozenset(term(word) for word, _count in _table()["manners"])


def tells_finding(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit rules on the manner of a death, undenied and not the killing itself."""
    acts = set(unit.acts)
    return (bool(finding_acts() & acts) and bool(manner_words() & set(unit.terms)) and not unit.negations
            and not violence_terms() & acts)


def finding_beside_death(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a finding on the death (`tells_finding`) and the other the death or the shooting with
    no manner word and no finding act (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(finding: UnitFeatures, other: UnitFeatures) -> bool:
    if not tells_finding(finding) or finding_acts() & set(other.acts) or manner_words() & set(other.terms):
        return False
    return tells_violence(other)
