"""Whether one unit tells an attribute of a thing of the shooting (its gun, its motive) that the other unit does not,
while the other tells the shooting.

"Cops: Gun in accidental shooting of boy, 9, was legal" and "9-Year-Old Boy Finds Gun in Bedroom, Accidentally Shoots
Self" share the boy, his age, the gun and the shooting, and read alike; but the first states that the gun was legal,
carrying the shooting only inside its subject, and the second never says so. The judges read such a link W, "another
detail of the incident" (links60x, gvaZ2: the headline and the lede about the gun's legality beside the boy's
shooting, six links). Counted before this was built (`bench/attribute_links.py`): on the GVA crawl the subject phrase
"the gun / the motive … of the shooting …" before a verb of state heads 49 of 381 such phrases (motive 40, gun 6,
handgun 2, rifle 1: `incident_things.json`, by training/count_incident_things.py); the judged dev links and the
crawl's sentence pairs this veto parts are in docs/linking.md ("A fourth is a rule").

Read from the parse (`stated_attribute`, stored as `UnitFeatures.attribute`): a verb the unit's clause hangs from, or
one a reporting verb reports, has a subject whose noun is a thing of the table and whose phrase holds a word of the
killing or the shooting, and the verb is not itself the killing or the shooting; the attribute is the thing's key
with the keys of what the verb says of it (the verb unless "be", its complements: "legal", "purchase", "legally",
"unclear"). The veto: the other unit states no such attribute, tells the killing or the shooting
(`identifications.tells_violence`), and holds none of the attribute's words ("Police said the gun was stolen" tells
that attribute too), nor names the thing where it is a reason ("Investigators have not released a motive for the
murders" tells of the motive; a report of the act names the weapon it was done with, "found a gun … and accidentally
shot himself").
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.acts import clause_roots
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import tells_violence, violence_terms
from viewer.analysis.claims.vocabulary import REPORTING, term

_SUBJECTS = ("nsubj", "nsubjpass")
_SAYS = ("acomp", "attr", "oprd", "advmod", "xcomp", "prep", "pobj")  # what a verb of state says of its subject
_STATE = frozenset({"be"})  # verbs that say nothing but the complement


@lru_cache(maxsize=1)
def _table() -> list:
    return json.loads(Path(__file__).with_name("incident_things.json").read_text(encoding="utf-8"))["things"]


@lru_cache(maxsize=1)
def incident_things() -> frozenset[str]:
    """The nouns of `incident_things.json`, as lemmas."""
    return frozenset(noun for noun, _kind, _count in _table())


@lru_cache(maxsize=1)
def reasons() -> frozenset[str]:
    """The keys of the table's reasons ("motive"): a unit naming one tells of it, where a report of the act names the
    weapon it was done with ("found a gun … and accidentally shot himself")."""
    return frozenset(term(noun) for noun, kind, _count in _table() if kind == "reason")


def stated_attribute(tokens) -> list[str]:
    """The thing's key and the keys of what the unit says of it, where the unit tells an attribute of a thing of the
    shooting (module docstring); empty where it does not. Stored as `UnitFeatures.attribute`."""
    for verb in _clause_verbs(tokens):
        if _violent(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
            if subject.lemma_.lower() in incident_things() and any(_violent(t) for t in subject.subtree if t is not subject):
                return [term(subject.lemma_.lower()), *_said_of(verb)]
    return []


def _clause_verbs(tokens) -> list:
    """The verbs (or copulas) the unit's clauses hang from, and what a reporting one reports ("…, police said")."""
    roots = clause_roots(tokens)
    reported = [c for r in roots if r.lemma_.lower() in REPORTING for c in r.children if c.dep_ in ("ccomp", "parataxis")]
    return [t for t in roots + reported if t.pos_ in ("VERB", "AUX")]


def _violent(token) -> bool:
    """Whether the word tells the killing or the shooting (`identifications.violence_terms`)."""
    return term(token.lemma_.lower()) in violence_terms() or term(token.lower_) in violence_terms() \
        or token.lemma_.lower() in violence_terms()


def _said_of(verb) -> list[str]:
    """The keys of the verb (unless a verb of state) and of its complements, one step down and their objects."""
    words = [] if verb.lemma_.lower() in _STATE else [verb]
    for child in verb.children:
        if child.dep_ in _SAYS:
            words.append(child)
            words.extend(c for c in child.children if c.dep_ == "pobj")
    return sorted({term(w.lemma_.lower()) for w in words if w.is_alpha and not w.is_stop} - {""})


def attribute_beside_act(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells an attribute of a thing of the shooting and the other only the shooting (module
    docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(thing: UnitFeatures, other: UnitFeatures) -> bool:
    """`attribute_beside_act` with ``thing`` the unit telling the attribute."""
    if not thing.attribute or other.attribute or not tells_violence(other):
        return False
    if thing.attribute[0] in other.terms and thing.attribute[0] in reasons():
        return False  # it tells of the reason too, not the act: "Investigators have not released a motive for the murders"
    return not set(thing.attribute[1:]) & set(other.terms)
