"""The words a "they", "their" or "its" left unresolved stands for within its own sentence.

A plural pronoun or "it" resolves against earlier speakers and named bodies; a group the sentence
describes ("Latino Republicans have been unsparing in their criticism of Mr. Cruz", "the Washington
Post's fact-checkers are so brazen that they ridicule the idea…", "GOP primary voters saying they
want a ban") is neither, so the pronoun named no one and its words said no kind of source. PolNeAR's annotators give
such a report to the description about as often as to the pronoun (training/count_antecedents.py: of the
reports in the first 250 articles of its train split's fit part whose cue such a pronoun holds and for which a
description is found here, 11 to the description, 12 to the pronoun, 3 to no one), so the pronoun stays the
speaker's words and the description becomes who it is, as a person becomes who a "he" is.
The description is the subject of the nearest clause above the pronoun's own that has one, or the noun
a participle or relative clause hangs on, when it comes first and agrees in number.
"""
from __future__ import annotations

from viewer.analysis.speakers.kinds import names_person

PLURAL = frozenset({"they", "their", "them"})
SINGULAR = frozenset({"it", "its"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFIED = frozenset({"acl", "relcl"})  # "voters saying they…": the noun is the participle's subject
_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def subject_above(pronoun) -> list | None:
    """The tokens of the description ``pronoun`` (a spaCy token) stands for, or None when the nearest
    subject above it is not one that comes first and agrees in number."""
    lower = pronoun.lower_
    if lower not in PLURAL | SINGULAR:
        return None
    token = pronoun
    while token.head.i != token.i:
        token = token.head
        subject = _subject_of(token, pronoun)
        if subject is None:
            continue
        if subject.i > pronoun.i or subject.pos_ not in _NOUNS or not _agrees(subject, lower in PLURAL):
            return None
        return _phrase(subject)
    return None


def _subject_of(token, pronoun):
    if token.dep_ in _MODIFIED and token.pos_ in ("VERB", "AUX") and token.head.pos_ in _NOUNS:
        return token.head
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.i != pronoun.i
                and not c.left_edge.i <= pronoun.i <= c.right_edge.i]
    return subjects[0] if subjects else None


def _agrees(noun, plural: bool) -> bool:
    coordinated = any(c.dep_ == "conj" for c in noun.children)
    if plural:
        return noun.tag_ in ("NNS", "NNPS") or coordinated
    return noun.tag_ in ("NN", "NNP") and not coordinated and noun.ent_type_ != "PERSON" and \
        not names_person(noun.lemma_.lower())


def _phrase(noun) -> list:
    """The noun with what stands before it and its complements, without a clause, aside or comma after it;
    a coordinated pair ("his father and mother") whole."""
    cut = [c for c in noun.children if c.i > noun.i and c.dep_ in _ASIDES and c.dep_ not in ("cc", "conj")]
    last = noun.right_edge.i if not cut else min(c.left_edge.i for c in cut) - 1
    if any(c.dep_ == "conj" for c in noun.children):
        last = max(c.i for c in noun.children if c.dep_ == "conj")
    return [t for t in noun.doc[noun.left_edge.i:last + 1] if not t.is_space]
