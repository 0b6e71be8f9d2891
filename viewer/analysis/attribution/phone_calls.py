"""Calling the police is no report: "…, said neighbour Ann Greer, who called police", "She called 911 while hiding
under a bed", "Neighbors called police to check on the couple". "Call" is a cue for naming someone or something
("called him a liar", "called the shooting accidental"), and the cue model, fitted on PolNeAR, reads every "called X"
so; the crawl's "called 911" then made a report whose content was "911", given to the caller.

A call is a telephone call when its object is a police force (its word, its members' noun or its initials, as
`force_members` reads a force: "police", "the sheriff's office", "APD detectives") or a number ("911", "9-1-1",
"1-800-706-2488") and nothing says what the object is called (no predicate after it: "called police heroes").
On the GVA crawl's first 1,200 incidents (875 reports with attributions) the rule takes away 35 attributions, all read:
27 telephone calls ("called 911 for help", "called the Stokes County Sheriff's Office to do a welfare check"), 7 appeals
("Anyone with information is asked to call IMPD homicide detectives at…") and one force summoned ("called APD
detectives … to assist"), none a report; the calls naming something ("called the shooting a tragedy") stay (session
70, docs/linking.md).
"""
from __future__ import annotations

from viewer.analysis.force_members import FORCE_ACRONYM, of_a_force

_NAMING = frozenset({"oprd", "ccomp", "xcomp"})  # "called him a liar", "called it what it was"
_BEFORE_NOUN = frozenset({"compound", "poss", "amod", "nmod"})  # "the sheriff's office", "APD detectives"


def telephones(verb) -> bool:
    """Whether the cue verb is a telephone call to a police force or a number (module docstring)."""
    if verb.lemma_.lower() != "call":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = any(c.dep_ in _NAMING and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in verb.children)
    return len(objects) == 1 and not named and _force_or_number(objects[0])


def _force_or_number(noun) -> bool:
    """A force ("the sheriff's office") or a number written in digits ("911"; not the "one" of "called this one of the
    most bizarre cases")."""
    words = [noun, *(c for c in noun.children if c.dep_ in _BEFORE_NOUN and c.i < noun.i)]
    return any(ch.isdigit() for ch in noun.text) or any(of_a_force(w.text) or FORCE_ACRONYM.match(w.text) for w in words)
