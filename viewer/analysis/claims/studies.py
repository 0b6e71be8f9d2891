"""Whether one unit tells what a study did and the other, telling nothing a study did, something else: a study's
method beside its finding, two claims.

"Using the country's COVID-19 surveillance program, researchers on behalf of Public Health Scotland analyzed data to
investigate risk of hospital admission" and "Delta variant doubles risk of COVID hospitalisation - Scottish study" share
the study, the risk and the hospital, and read alike; but the first tells the method and the second the finding, and
the judges read such a link W, "another detail of the incident". A method is read from stored features: a main act of
`study_words.json`'s method verbs (WordNet's verbs of studying: "analyze", "examine", "survey", "assess") with a study's
doer in the unit's subject ("researchers", "the study"), and no finding: no finding verb among its acts or terms
("examined hundreds of residents, finding that …" tells both, and one finding verb counted on news is enough to say
so) and no doer reporting it ("…, a state study says"). The other
unit tells no study act: no method act of its own, and no doer in its subject unless it tells a finding ("An analysis
of almost 20,000 coronavirus infections … has shown …" is parted); a second account of the method ("The study …
looked at nearly 250 patients" beside "The study … examined the risk of reinfection", P) stays with the pair model.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import term


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(Path(__file__).with_name("study_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def method_acts() -> frozenset[str]:
    """The method verbs, as main acts' verb keys ("analyze")."""
    return frozenset(verb for verb, _source in _table()["method_verbs"])


@lru_cache(maxsize=1)
def finding_words() -> tuple[frozenset[str], frozenset[str]]:
    """The finding verbs as act keys ("find") and as term keys, which a participle below the act leaves in the terms."""
    verbs = frozenset(verb for verb, *_counts in _table()["finding_verbs"])
    return verbs, frozenset(term(verb) for verb in verbs)


@lru_cache(maxsize=1)
def doer_terms() -> frozenset[str]:
    """The term keys of a study's doers ("researcher", "study")."""
    return frozenset(term(word) for word in _table()["doers"])


def tells_method(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit is a study's method act, a doer in its subject, and the unit tells no finding."""
    return bool(method_acts() & set(unit.acts)) and _doer_without_finding(unit)


def _doer_without_finding(unit: UnitFeatures) -> bool:
    """A doer in the unit's subject, and no finding: no finding verb, and no doer reporting it ("…, a study says")."""
    verbs, terms = finding_words()
    return (bool(doer_terms() & set(unit.subject_terms)) and not verbs & set(unit.acts) and not terms & set(unit.terms)
            and not doer_terms() & set(unit.frame))


def method_beside_finding(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a study's method (`tells_method`) and the other no study act: no method act, and no doer
    in its subject unless it tells a finding (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(method: UnitFeatures, other: UnitFeatures) -> bool:
    return tells_method(method) and not method_acts() & set(other.acts) and not _doer_without_finding(other)
