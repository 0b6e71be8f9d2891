"""Who does what to whom in a claim unit, and how two units' predicates agree.

Shared words are weak evidence when the roles differ: "the army accused M23" and "M23 accuses
the army" share every word, and "rescue teams pulled 57 people alive" is another claim than
"rescue teams were searching the rubble", though both are about the teams.
"""
from __future__ import annotations

from dataclasses import dataclass

from viewer.analysis.claims.features import Predicate, UnitFeatures
from viewer.analysis.claims.synonyms import meanings
from viewer.analysis.claims.vocabulary import LIGHT, REPORTING, canonical, term

_PRONOUNS = {"PRON", "DET"}


def predicates(tokens) -> list[Predicate]:
    """[subject, verb, object] keys of the unit's verbs that state something (not "said")."""
    out = []
    for verb in tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in REPORTING or lemma in LIGHT or canonical(lemma) in LIGHT:
            continue
        subject, obj = _argument(verb, ("nsubj",)), _argument(verb, ("dobj",))
        passive = _argument(verb, ("nsubjpass",))
        if passive:
            subject, obj = _agent(verb), passive
        if subject or obj:
            out.append((subject, term(lemma), obj))
    return out


def _argument(verb, deps: tuple[str, ...]) -> str:
    """The key of the verb's argument; a coordinated or controlled verb ("denies striking and
    accuses") shares the subject of the verb it hangs from."""
    child = next((c for c in verb.children if c.dep_ in deps), None)
    while child is None and verb.dep_ in ("conj", "xcomp") and deps[0].startswith("nsubj") and verb.head != verb:
        verb = verb.head
        child = next((c for c in verb.children if c.dep_ in deps), None)
    if child is None or child.pos_ in _PRONOUNS or child.like_num:
        return ""
    return argument_key(child)


def argument_key(word) -> str:
    """An argument's key: a name by its text (a headline's "Claims" stays a name), another word by its lemma."""
    return term(word.text if word.pos_ == "PROPN" else word.lemma_.lower())


def _agent(verb) -> str:
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return "" if noun is None else argument_key(noun)


@dataclass(frozen=True)
class Roles:
    """A unit's predicates, their subjects and verbs, and its terms, as sets built once: a unit is
    compared with dozens of others, and building them for every pair was a tenth of verifying."""

    predicates: frozenset[Predicate]
    subjects: frozenset[str]
    verbs: frozenset[str]
    terms: frozenset[str]
    acts: frozenset[str] = frozenset()  # its verbs and its main verbs' acts, reporting and light verbs aside

    @classmethod
    def of(cls, features: UnitFeatures) -> Roles:
        found = features.predicates
        verbs = frozenset(v for _s, v, _o in found)
        return cls(frozenset(found), frozenset(s for s, _v, _o in found if s), verbs, frozenset(features.terms),
                   verbs | _main_acts(features.acts))


def _main_acts(acts: list[str]) -> frozenset[str]:
    """The verbs of `acts.stated_acts`' keys ("not hire" and "check out" as "hire" and "check"), as terms: a
    headline's verb ("Dad charged in shooting") has no subject of its own, so no predicate keeps it."""
    lemmas = {key.removeprefix("not ").split(" ")[0] for key in acts}
    return frozenset(term(v) for v in lemmas if v not in REPORTING and v not in LIGHT and canonical(v) not in LIGHT)


def roles_swapped(a: Roles, b: Roles) -> bool:
    """X accuses Y in one, Y accuses X in the other: the other party's claim, however alike the words."""
    return any(s and o and s != o and (o, v, s) in b.predicates for s, v, o in a.predicates)


def predicates_differ(a: Roles, b: Roles) -> bool:
    """Both say what one subject did, and no verb of either appears in the other at all."""
    if not a.subjects & b.subjects:
        return False
    return not (a.verbs & b.terms or b.verbs & a.terms)


def no_shared_act(a: Roles, b: Roles) -> bool:
    """Both state an act and no act of either appears among the other's words, whoever does it: two
    sentences of one incident reporting two of its actions ("police arrested the driver", "the driver
    crashed into a bus"), or a headline beside another claim of its story, share the story's words and
    no act. An act the other states in a synonym ("was hit", "was struck"; "were injured", "151 wounded")
    is shared. On ECB+ train links such pairs are wrong three times as often (`bench/shared_acts.py`)."""
    if not (a.acts and b.acts):
        return False
    if a.acts & (b.acts | b.terms) or b.acts & a.terms:
        return False
    return not (meanings(a.acts) & meanings(b.acts | b.terms) or meanings(b.acts) & meanings(a.acts | a.terms))
