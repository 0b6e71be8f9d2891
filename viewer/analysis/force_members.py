"""Whether a clause's subject is a police force acting: the force's word or its members' noun, as a source names them.

"Benton officers responded to the 1200 block…" tells what the source "the Benton Police Department" did: the
discrepancy stage reads such a subject as the source another report names (`sourcing._acted_by_the_partners_source`).
The members' nouns are counted on the GVA crawl (training/count_force_members.py), not listed by hand.
"""
from __future__ import annotations

import json
import re
from collections.abc import Collection
from functools import lru_cache

from viewer.analysis.claims.vocabulary import term
from viewer.analysis.speakers.resolution import FORCE_SUFFIXES
from viewer.resources import resources_dir

FORCE_ACRONYM = re.compile(r"^[A-Z]{1,4}PD$")  # a police department by its initials: "HPD", "NOPD", "IMPD"


def force_acts(subject: str, wording: str, source: str) -> bool:
    """Whether a clause's subject (its key, as units record their predicates: `claims.vocabulary.term` of its lemma)
    is a police force or a force's members and ``source`` names one: a force's word ("police", "sheriff":
    `FORCE_SUFFIXES`), a police department's initials ("IMPD") or a noun of its members counted on the GVA crawl
    (force_members.json, training/count_force_members.py: "officers", "deputies", "detectives", "investigators").
    Members act as the body in the plural, as the ``wording`` writes them ("Benton officers responded"): one officer
    acting ("The first officer on the scene found a man…", "a federal officer fired his weapon, injuring another",
    against "The Brewster County Sheriff said that the officer was shot…") is a person the report tells of, maybe of
    another body, whose act the source gives an account of."""
    body = subject in _force_keys() - _member_keys() or FORCE_ACRONYM.match(subject.upper()) is not None
    members = subject in _member_keys() and any(
        plural and term(noun) == subject
        for noun, plural in (noun_and_number(w.casefold(), _force_members()) for w in wording.split()))
    return bool(subject) and (body or members) and (
        any(map(of_a_force, source_words(source))) or any(map(FORCE_ACRONYM.match, source.split())))


def of_a_force(word: str) -> bool:
    """Whether a word as written in a source's name is a force's or its members' ("police", "sheriff's", "officers")."""
    word = re.sub(r"[’']s$", "", word.casefold())
    return term(noun_and_number(word, _force_members())[0]) in _force_keys()


def members_in_plural(word: str) -> bool:
    """Whether a word is the noun of a force's members in the plural ("deputies", "officers", "investigators"): several
    members speaking or acting for their force, as the force's own word does ("police said")."""
    noun, plural = noun_and_number(word.casefold(), _force_members())
    return plural and noun in _force_members()


@lru_cache(maxsize=1)
def _force_keys() -> frozenset[str]:
    """The forces' words and their members' nouns as units key a subject."""
    return frozenset(term(w) for w in FORCE_SUFFIXES) | _member_keys()


@lru_cache(maxsize=1)
def _member_keys() -> frozenset[str]:
    return frozenset(term(w) for w in _force_members())


_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))


def noun_and_number(word: str, nouns: Collection[str]) -> tuple[str, bool]:
    """Which of ``nouns`` a word is, and whether it is written in the plural ("deputies" is "deputy", plural); the
    word itself, singular, when it is none of them in the plural."""
    for ending, instead in _PLURALS:
        if word.endswith(ending) and (base := word[:-len(ending)] + instead) in nouns:
            return base, True
    return word, False


@lru_cache(maxsize=1)
def _force_members() -> frozenset[str]:
    """The nouns of a force's members (training/count_force_members.py), read when first asked."""
    table = json.loads((resources_dir() / "attribution" / "force_members.json").read_text(encoding="utf-8"))
    return frozenset(table["members"])


def source_words(name: str) -> frozenset[str]:
    """The words of a source's name, folded, without a possessive or "the" ("the Sheriff's Office": sheriff, office)."""
    return frozenset(re.findall(r"[^\W\d_]+", re.sub(r"[’']s\b", "", name.casefold()))) - {"the"}
