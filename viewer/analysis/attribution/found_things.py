"""Finding a person or a thing is no report: "Police found a woman suffering from a gunshot wound",
"Officers found a letter in the car". A poll or a study finds what it reports ("The poll found Clinton
leading"), and anyone may find information ("found no evidence", "found considerable support"); the
cue model, fitted on PolNeAR's polls and studies, took the police's find for one too. The verbs of finding
and the nouns of physical things are WordNet's (``attribution/found_things.json``,
``training/count_found_things.py``); people are ``person_nouns.json``, written things ``written.json``.
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.speakers.kinds import names_document, names_person, written_nouns
from viewer.resources import resources_dir

_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "himself", "herself", "themselves"})


def finds_a_thing(verb) -> bool:
    """Whether the verb says someone came upon a person or a thing (not what a document found)."""
    if verb.lemma_.lower() not in _found()["verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and names_document(subjects[0]):
        return False  # "the poll found Clinton leading"
    found = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i] or \
        [s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and _small_clause(c)
         for s in c.children if s.dep_ == "nsubj"]
    return bool(found) and _person_or_thing(found[0])


def _small_clause(verb) -> bool:
    """"found a woman suffering from…", "found him dead": a participle or adjective with no auxiliary nor "that" says
    the state the thing was found in; "found that the marriage had failed" is a finding."""
    return verb.tag_ in ("VBG", "VBN", "JJ") and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _person_or_thing(noun) -> bool:
    lemma = noun.lemma_.lower()
    if noun.ent_type_ == "PERSON" or noun.lower_ in _PEOPLE_PRONOUNS or lemma == "people":
        return True
    if noun.pos_ != "NOUN":
        return False
    return names_person(lemma) or lemma in _found()["things"] or lemma in written_nouns()


@lru_cache(maxsize=1)
def _found() -> dict[str, frozenset[str]]:
    table = json.loads((resources_dir() / "attribution" / "found_things.json").read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in table["found"].items()}
