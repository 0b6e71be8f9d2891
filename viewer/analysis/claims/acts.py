"""The acts a claim unit states, and whether two units state opposite acts.

Two reports of one story name the same people, place and thing, and their sentences read alike,
when one says what the other undoes: "Lindsay Lohan checks into Betty Ford Center" and "Lindsay
Lohan has checked out of the Betty Ford Treatment Center", "the Hawks hired Moreno" and "the Hawks
fired Moreno". The sentence vectors and the shared rare words put such pairs in one claim; the main
verbs tell them apart, when one doer does both. The opposite acts are WordNet's antonym links
between verbs (`opposite_acts.json`), a phrasal verb read with its particle ("checks out of",
"checked into" for "check in"). A unit's main verbs are those its clause hangs from and the verbs
joined to them ("Leaves Betty Ford, Checks Into Malibu Rehab" states both), not the verbs of
clauses inside it; a negated one ("did not hire") is written with "not ", as saying an act did not
happen is no opposite of its opposite ("remains unchanged" / "has not changed").
"""
from __future__ import annotations

import json
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import REPORTING, term

_DATA = json.loads(Path(__file__).with_name("opposite_acts.json").read_text(encoding="utf-8"))
_OPPOSITES = frozenset((a, b) for a, b in _DATA["pairs"]) | frozenset((b, a) for a, b in _DATA["pairs"])
_PHRASAL = frozenset(w for pair in _DATA["pairs"] for w in pair if " " in w)
# Prepositions that carry a phrasal verb's particle: "checked into rehab" is "check in".
_PARTICLE_OF = {"into": "in", "onto": "on", "out": "out", "in": "in", "on": "on", "off": "off", "up": "up", "down": "down"}
_NOT = "not "
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_COMPLEMENT = {"acomp", "xcomp", "oprd"}


def stated_acts(tokens) -> list[str]:
    """The acts of the unit's main verbs (``tokens``: the unit's span of its parse), as verb keys:
    the lemma, or the phrasal verb the table knows ("check out"), after "not " when negated."""
    return acts_of(main_verbs(tokens))


def acts_of(verbs: list) -> list[str]:
    """`stated_acts` of main verbs found already (`main_verbs`), each act once."""
    return list(dict.fromkeys(verb_act(v) for v in verbs))


def main_verbs(tokens) -> list:
    """The unit's main verbs as tokens, which `stated_acts` keys: those its clause hangs from (a headline's participle
    after its noun) and the verbs joined to them, or what a reporting verb reports."""
    inside = range(tokens.start, tokens.end)
    found = []
    for root in clause_roots(tokens):
        if root.pos_ in _NOMINAL:  # a headline's dropped auxiliary: "Jackson arrested"
            found.extend(v for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" for v in _joined(c, inside))
        elif root.pos_ == "VERB":
            found.extend(_joined(root, inside))
    return found


def clause_roots(tokens) -> list:
    """The tokens the unit's clauses hang from: the parse's roots inside it, and words whose head lies outside it."""
    inside = range(tokens.start, tokens.end)
    return [t for t in tokens if t.head.i == t.i or t.head.i not in inside]


def _joined(verb, inside: range) -> list:
    """The verb and the verbs coordinated with it inside the unit ("leaves X, checks into Y"), or
    for a reporting verb the verbs of what it reports ("police said he was fired"). A clause the
    parser hangs before its verb with a comma is coordinated too ("Checks Into Rehab, Checks Out")."""
    out, todo = [], [verb]
    while todo:
        v = todo.pop()
        said = v.lemma_.lower() in REPORTING
        if not said:
            out.append(v)
        todo.extend(c for c in v.children if c.pos_ == "VERB" and c.i in inside and (
            c.dep_ == "conj" or (c.dep_ == "ccomp" and (said or c.i < v.i))))
    return out


def verb_act(verb) -> str:
    """The act key of one verb: its lemma, or the phrasal verb the opposite table knows, after "not " when negated."""
    lemma = verb.lemma_.lower()
    key = lemma
    for child in verb.children:
        particle = child.lemma_.lower() if child.dep_ == "prt" else _PARTICLE_OF.get(child.lower_) if child.dep_ == "prep" else None
        if particle and f"{lemma} {particle}" in _PHRASAL:
            key = f"{lemma} {particle}"
            break
    negated = any(c.dep_ == "neg" for c in verb.children)
    key = _NOT + key if negated else key
    return key + next((f" {_NOT}{c.lemma_.lower()}" for c in verb.children if _denied_complement(c)), "")


def _denied_complement(child) -> bool:
    """An adjective completing the verb that is denied: "pleaded not guilty", "was found not guilty".
    The plea is another act than "pleaded guilty", though the verb is one and is not negated."""
    return child.dep_ in _COMPLEMENT and child.pos_ == "ADJ" and any(g.dep_ == "neg" for g in child.children)


def acts_opposed(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit states an act whose opposite the other states of the same doer, with neither
    stating both (a headline "Checks Into Rehab, Checks Out" tells both, and meets a report of either).
    The doer is the verb's named subject (`predicates`) in both: some opposites tell one happening
    from its two sides ("the Colts won" / "the Jaguars lost", "Lee bought the house" / "the house was
    sold"), never with one doer."""
    return bool(opposed_acts(a, b))


def opposed_acts(a: UnitFeatures, b: UnitFeatures) -> list[tuple[str, str]]:
    """The acts of ``a`` and of ``b`` that `acts_opposed` finds opposed, as (act of a, act of b)."""
    if not (a.acts and b.acts):
        return []
    first, second = set(a.acts), set(b.acts)
    return [(x, y) for x in a.acts for y in b.acts
            if _opposite(x, y) and y not in first and x not in second and _doers(a, x) & _doers(b, y)]


def one_patient(a: UnitFeatures, x: str, b: UnitFeatures, y: str) -> bool:
    """Whether act ``x`` of ``a`` and act ``y`` of ``b`` are done to one thing, as far as their
    objects tell: "the Sixers fired King" and "the Sixers hired Cheeks" are opposite acts of one
    doer done to two people; an act with no object named ("pleaded guilty") may be done to anything."""
    first, second = _objects(a, x), _objects(b, y)
    return not (first and second) or bool(first & second)


def _doers(features: UnitFeatures, act: str) -> set[str]:
    verb = _verb(act)
    return {s for s, v, _o in features.predicates if v == verb and s}


def _objects(features: UnitFeatures, act: str) -> set[str]:
    verb = _verb(act)
    return {o for _s, v, o in features.predicates if v == verb and o}


def _verb(act: str) -> str:
    """The verb key of an act, as `predicates` writes it: "check" for "check out", "plead" for "not plead"."""
    return term(act.removeprefix(_NOT).split(" ")[0])


def _opposite(x: str, y: str) -> bool:
    """Opposite acts said alike: both stated, or both denied; or one verb with its complement said
    and denied ("pleaded guilty" / "pleaded not guilty": the act "plead" and "plead not guilty")."""
    if x.startswith(_NOT) and y.startswith(_NOT):
        x, y = x[len(_NOT):], y[len(_NOT):]
    return (x, y) in _OPPOSITES or _stated_form(x) == y or _stated_form(y) == x


def _stated_form(act: str) -> str:
    """The act without its denied complement: "plead" for "plead not guilty", "" for an act without one."""
    verb, sep, _complement = act.partition(f" {_NOT}")
    return verb if sep and not verb.startswith(_NOT) else ""
