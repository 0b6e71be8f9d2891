"""Whether one unit tells the outlet's own verdict and the other does not tell that verdict: two claims.

An opinion piece judges the event in its own words ("Texas' repugnant abortion law is pure Republican hypocrisy",
"Biden's lack of interest in investigating the origins of COVID-19 is troubling"), and the reports beside it, of the
same event, share its names; but a verdict is the outlet's claim alone, and the judges read such a link W ("another
detail of the incident", "headline beside another claim") unless the other report passes the same verdict. A verdict
is read from the parse: the unit's main clause is "be" with a complement (or an adjective of its complement) that is
a judging adjective or noun of `judgement_words.json` (VADER's strongly valenced adjectives and the nouns WordNet
derives from them, less those Pattern rates mostly objective: training/count_judgement_words.py), not the last part of
a hyphened compound ("life-threatening"), its subject no person ("Doctors are excited about the medicine" tells their
state), no clause of its own beside it nor an expletive subject ("It's unacceptable that … Trump is offering temporary
protections" tells the offer too), its complement no superlative ("the most serious breach of royal security since
1982" ranks, as news does), no quotation mark in the unit (quoted words are someone's, told as news) and, read where
the pair is compared, no reporting frame ("…, the senator said"). The other unit is then parted unless it holds the
verdict's word or a synonym of it.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.synonyms import meanings
from viewer.analysis.claims.vocabulary import term
from viewer.analysis.person_names import PERSONAL_PRONOUNS, names_people

if TYPE_CHECKING:  # the verifier imports this module, and a hand link's relink loads no spaCy
    from spacy.tokens import Token

_COMPLEMENTS = ("attr", "acomp")
_QUOTE_TAGS = ("``", "''")
# "It's unacceptable that … Trump is offering temporary protections", "It was a chaotic scene as police officers took
# cover", "there was a similar outcry": the copula wraps a fact its own clause tells, or only says something exists.
_CLAUSES = ("expl", "ccomp", "csubj", "advcl")
_SUPERLATIVE_TAGS = ("JJS", "RBS")  # "the most serious breach since 1982", "the strictest law": a rank, told as fact


@lru_cache(maxsize=1)
def judging_words() -> dict[str, dict[str, str]]:
    """Each judging word: its parts of speech ("ADJ", "NOUN") and polarity (training/count_judgement_words.py)."""
    path = Path(__file__).with_name("judgement_words.json")
    return json.loads(path.read_text(encoding="utf-8"))["words"]


def stated_verdict(tokens, judges: Callable[["Token"], bool] | None = None) -> list[str]:
    """The term keys of the verdict a copular main clause of the span passes (module docstring); [] when it passes
    none or holds a quotation. ``judges`` is the test of a word (the table's, by default): the table's script counts
    its bars on the words the reading looks up."""
    judges = judges or _judging
    if any(t.tag_ in _QUOTE_TAGS for t in tokens):  # a quotation mark, not a possessive's apostrophe
        return []
    inside = range(tokens.start, tokens.end)
    out = set()
    for root in (t for t in tokens if t.head.i == t.i or t.head.i not in inside):
        if root.lemma_.lower() != "be" or _about_someone(root) or any(c.dep_ in _CLAUSES for c in root.children):
            continue
        for complement in (c for c in root.children if c.dep_ in _COMPLEMENTS and c.i in inside):
            words = (complement, *(g for g in complement.children if g.dep_ == "amod" and g.i in inside))
            if not any(t.tag_ in _SUPERLATIVE_TAGS for w in words for t in (w, *w.children)):
                out.update(term(w.lemma_) for w in words if not _hyphened(w) and judges(w))
    return sorted(out)


def _about_someone(root) -> bool:
    """Whether the copula's subject is a person (a person noun, a personal pronoun or a name): "Doctors are excited",
    "Huckabee is a celebrated figure" tell the person's state or standing, not the outlet's verdict on an act."""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON"
                                    or subject.lower_ in PERSONAL_PRONOUNS or names_people(subject.lemma_.lower()))


def _hyphened(token) -> bool:
    """Whether the word ends a hyphened compound: "None of the injuries were life-threatening" grades the injuries,
    and "threatening" alone is not what it says."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_


def _judging(token) -> bool:
    parts = judging_words().get(token.lemma_.lower()) or judging_words().get(token.lower_) or {}
    return token.pos_ in parts or ("ANY" in parts and token.pos_ in ("ADJ", "NOUN"))


def verdict_beside_other(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit passes an unframed verdict (`stated_verdict`) that the other neither words nor names by a
    synonym."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(judging: UnitFeatures, other: UnitFeatures) -> bool:
    verdict = set(judging.verdict)
    return (bool(verdict) and not judging.frame and not verdict & set(other.terms)
            and not meanings(verdict) & meanings(other.terms))
