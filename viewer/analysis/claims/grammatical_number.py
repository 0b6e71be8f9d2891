"""Whether a claim unit says its subject is one ("A British climber has fallen") or several ("One
Australian and one English climber have fallen", "Australian, English climbers killed").

Two reports of one event can agree on every word but the number of those it befell: one climber's
death and two climbers' deaths are two claims, as "one dead" and "two dead" are. A figure says so
when it is written ("two climbers"); the article and the plural say it when it is not.
"""
from __future__ import annotations

from viewer.analysis.claims.vocabulary import REPORTING, term

_SUBJECTS = ("nsubj", "nsubjpass")
_INDEFINITE = ("a", "an")


def subjects_by_number(tokens) -> tuple[list[str], list[str]]:
    """The keys of the things the unit's clauses state as one (a singular subject with "a" or
    "an", and no other subject joined to it) and as several: subjects joined by "and" that share
    their noun ("one Australian and one English climber"), or a plural subject counted
    ("two men") or listed by kind ("English and Australian climbers"). A plural alone is not
    several: "investigations are ongoing" and "an investigation has begun" are one claim."""
    one, several = set(), set()
    for token in tokens:
        if not _subject(token) or token.pos_ not in ("NOUN", "PROPN", "ADJ"):  # "One Danish and one Swedish hiker": a name
            continue
        joined = [c for c in token.children if c.dep_ == "conj"]
        if joined and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children):
            several.update(_shared_noun([token, *joined]))
        elif token.tag_ == "NNS" and (_counted(token) or _listed(token)):
            several.add(term(token.lemma_.lower()))
        elif token.tag_ == "NN" and not joined and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
            one.add(term(token.lemma_.lower()))
    return sorted(one), sorted(several)


def _shared_noun(conjuncts) -> set[str]:
    """The noun that subjects joined by "and" share: named once after kinds of it ("one Australian
    and one English climber") or twice. "A girl and a man" are one of each, not several of either."""
    nouns = [c for c in conjuncts if c.pos_ == "NOUN"]
    if not nouns:
        return set()
    keys = [term(c.lemma_.lower()) for c in nouns]
    kinds = [c for c in conjuncts if c.pos_ != "NOUN"]
    if kinds:  # "one Australian and one English climber"; "Smith and a man" share nothing
        return {keys[-1]} if all(_kind(c) for c in kinds) else set()
    return {k for k in keys if keys.count(k) > 1}


def _kind(word) -> bool:
    """A word standing for a kind of the noun named after it: an adjective, a nationality the
    parser calls a name ("Danish"), or a word counted ("one Danish")."""
    return word.pos_ == "ADJ" or word.ent_type_ == "NORP" or any(c.dep_ == "nummod" for c in word.children)


def _counted(noun) -> bool:
    """"Two men", "3 climbers": a number of two or more before the plural."""
    return any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in noun.children)


def _listed(noun) -> bool:
    """"English and Australian climbers", "Australian, English climbers": kinds listed before the
    plural, each one of them at least."""
    kinds = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
    if any(k.dep_ == "conj" for first in kinds for k in first.children):
        return True
    return len(kinds) >= 2 and any(t.text == "," for t in noun.doc[kinds[0].i:kinds[-1].i])


def _subject(token) -> bool:
    """The subject of a clause, or the head noun of a headline with no verb of its own
    ("Australian, English climbers killed in New Zealand"). Who says it ("a friend of the actress
    said") is the source, not what the claim is about."""
    if token.dep_ == "ROOT":
        return token.pos_ == "NOUN"
    return token.dep_ in _SUBJECTS and token.head.lemma_.lower() not in REPORTING


def one_against_several(one: list[str], several: list[str]) -> bool:
    """Whether a thing one unit states as one (``one``) the other states as several (``several``)."""
    return not set(one).isdisjoint(several)
