"""Roles an article gives a person with "to be": "Oleg Petrenko, who is the ministry's spokesman,
said…", "Petrenko is the spokesman for the ministry."

News gives a role by apposition ("Petrenko, the ministry's spokesman, said") and as often with a
copula, in a relative clause on the name or in a sentence of its own. Read only from appositions,
the role was lost: a later "the spokesman added" found no one who held it and became an unnamed
speaker of its own beside the name. A copula role is an office or post (``names.ROLE_WORDS``:
"spokesman", "adviser", "chairman", "secretary of state") that says whose or where it is held (a
possessive, a name before it, or "of"/"to"/"for"/"at" after it), said of a person the recogniser
names, as a fact: not negated, not with "would" or "could", not inside quotation marks (nor the two
apostrophes archive texts quote with: "''Trump is the leader of a populism…''" is a columnist's view).
"Of"/"for" must say where the office is held, not what idea is led or why ("leader of a populism",
"pope for his role during the Cold War"). Read on
PolNeAR fit and BASIL, a role without those ("a bad president", "a loyal Democratic lieutenant",
"the next president") was someone's opinion of them or a guess. A surname the article gives two
people ("Jeb Bush", "Prescott Bush") takes no copula role: whose it is cannot be told.
"""
from __future__ import annotations

from viewer.analysis.speakers.kinds import names_person, owned_nouns
from viewer.analysis.speakers.names import DETERMINERS, ORG_WORDS, ROLE_WORDS

_QUOTES = frozenset({'"', '“', '”', "''", '``'})  # archive texts quote with two apostrophes (quotes.py)
_WHERE = frozenset({"of", "to", "for", "at"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})


def copula_roles(doc) -> dict[str, str]:
    """Each person's surname (lower case) with the role a copula gives them, when the article gives
    that surname one role and one person."""
    found: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        surname = _surname(ent)
        if len(ent) > 1:
            given.setdefault(surname, set()).add(ent[0].lower_)
        role = _role(ent.root)
        if role:
            found.setdefault(surname, set()).add(role)
    return {surname: roles.pop() for surname, roles in found.items()
            if len(roles) == 1 and len(given.get(surname, ())) <= 1}


def _surname(ent) -> str:
    return ent[-1].lower_.removesuffix("'s").removesuffix("’s")


def _role(name) -> str | None:
    """"X is the N…" (the name the subject of "be") or "X, who is the N…" (a relative clause on it)."""
    if name.dep_ == "nsubj" and name.head.lemma_ == "be":
        return _attribute(name.head)
    for clause in name.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "be" and \
                any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            return _attribute(clause)
    return None


def _held_in(preposition) -> bool:
    """Whether "of", "to", "for" or "at" says where an office is held: a name ("at Amazon", "to
    President Reagan"), a body or an office ("chief of staff", "adviser to the president"), something
    PolNeAR's annotators let speak after "his" ("spokesman for his campaign"), or a bare noun of a
    title ("secretary of state"). "Leader of a populism" or "pope for his role during the Cold War"
    says what the person leads or why, not where: an idea or a deed held with "a" or "his"."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects:
        return False
    thing = objects[0]
    if _named(thing) or any(_named(c) for c in thing.children if c.dep_ in ("compound", "poss")):
        return True
    word = thing.lemma_.lower()
    if word in ORG_WORDS or word in ROLE_WORDS or names_person(word) or word in owned_nouns():
        return True
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" for c in thing.children)


def _named(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


def _attribute(verb) -> str | None:
    if any(c.dep_ in ("neg", "aux") for c in verb.children) or any(t.text in _QUOTES for t in verb.sent):
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ROLE_WORDS or not names_person(noun.lemma_):
        return None
    if not any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP"
               or c.dep_ == "prep" and c.lower_ in _WHERE and _held_in(c) for c in noun.children):
        return None
    skipped = {t.i for c in noun.children if c.dep_ in _CLAUSES and c.i > noun.i for t in c.subtree}
    words = []
    for t in noun.subtree:
        if t.i in skipped:
            break  # the role ends where a clause on it starts
        words.append(t)
    while words and (words[0].lower_ in DETERMINERS or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return "".join(t.text_with_ws for t in words).strip() or None
