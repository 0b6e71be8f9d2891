"""Figures a sentence itself corrects: "280, not 300, were evacuated", "four people were injured,
not five as first reported".

The corrected figure ("300") is what an earlier report gave; the sentence states the other ("280").
Read as a count of its own, the corrected figure hid the change from the discrepancies (the
sentence seemed to give 300 as another report does), and its "not" read as the sentence denying
what it states, which kept the sentence apart from reports of the same evacuation. A "not" before a
figure corrects it only where the sentence also states the value that replaces it: right before the
"not" ("280, not 300"), or anywhere before it when the words after the figure say the figure was
what was reported ("not five as first reported"). "Not one person was hurt" denies; it corrects nothing.

A verb corrects a figure too: "Police had originally said that seven people were shot, but amended that number to
four", "the number of injured was revised from eight to six". The verbs are
those news uses to set a stated figure to another (a table counted on the GVA crawl, ECB+ train and PolNeAR train,
`training/count_revision_verbs.py`), acting on a noun that names the figure ("that number", "the toll"); the
earlier figure is the "from" of its "from … to", or one the sentence says was reported by whoever the verb says
changed it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.quantities import Figure
from viewer.analysis.claims.vocabulary import REPORTING
from viewer.analysis.nlp import text_of

_NOT_BEFORE = re.compile(r"(?<![\w'’])not\s+$", re.IGNORECASE)
# What lies between "280" and "not 300": a comma or a dash, "and" or "but", after the word the figure counts ("280 people, not 300")
_JOINED = re.compile(r"(?:\s+[^\W\d_]+)?\s*(?:[,;(—–]|\s-)?\s*(?:and\s+|but\s+)?$", re.IGNORECASE)
_AS_REPORTED = 6  # tokens after the figure in which "as (first) reported" may stand: "not five people as police first said"
_REPORTED_WITHIN = 3  # tokens after "as" in which its verb of saying stands: "as had been initially reported"


@dataclass(frozen=True)
class Correction:
    """A figure the sentence may correct (``corrected``, an index into its figures), the figure stating the
    value that replaces it (``stated``) and where its "not" is (document offsets). It corrects it
    where the two count one thing: "12 homes, not 40 cars" sets two things apart (`units`)."""

    corrected: int
    stated: int
    negation: tuple[int, int] | None  # None where a verb corrects it ("amended that number to four")


def corrections(doc, found: Sequence[Figure]) -> list[Correction]:
    """The figures among ``found`` (a span's, in order, document offsets) that the sentence corrects."""
    text = text_of(doc)
    out = []
    for k in range(1, len(found)):
        figure = found[k]
        before = text[found[k - 1].end:figure.start]
        negation = _NOT_BEFORE.search(before)
        if negation is None:
            continue
        at = found[k - 1].end + negation.start()
        stated = k - 1 if _JOINED.fullmatch(before[:negation.start()]) else _earlier_alike(found, k) if _as_reported(doc, figure) else None
        if stated is not None and found[stated].unit == figure.unit:
            out.append(Correction(k, stated, (at, at + 3)))
    return out + _restated(doc, found)


def _restated(doc, found: Sequence[Figure]) -> list[Correction]:
    """The figures a verb of the sentence sets to another ("amended that number to four"): each with the earlier
    figure it replaces, in the same unit of measure."""
    out = []
    for k, figure in enumerate(found):
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        verb = _revising_verb(span[-1]) if span is not None else None
        if verb is None:
            continue
        earlier = next((j for j in range(k - 1, -1, -1) if found[j].unit == figure.unit and _revised(doc, found[j], verb)), None)
        if earlier is not None:
            out.append(Correction(earlier, k, None))
    return out


def given_anew(doc, found: Sequence[Figure]) -> dict[int, str]:
    """The figures among ``found`` that give anew a figure the sentence before gave, named here only by a noun for a
    figure: "That number has since risen to 37", "Following an update from the FBI that number has been reduced to
    three". Each is "updated" where the figure changed by itself (its noun the subject of a verb news writes a change
    with, a table counted as the revising verbs are), "revised" where someone set it anew (its noun the passive
    subject of a revising verb). A sentence that gives the earlier figure itself ("dropped from 674 to 669", "47
    percent …, that number has dropped to 35 percent") is read where it stands, not as giving one anew."""
    out = {}
    for k, figure in enumerate(found):
        if any(found[j].unit == figure.unit for j in range(k)):
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        kind = _anew(span[-1]) if span is not None else ""
        if kind:
            out[k] = kind
    return out


def _anew(number) -> str:
    """"updated", "revised" or "" for the number a verb sets its figure noun to ("has since risen to 37")."""
    head = number.head
    if not (number.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep" and head.head.pos_ == "VERB"):
        return ""
    verb, (revising, nouns, changing) = head.head, _revision_table_with_changes()
    if any(c.dep_ == "neg" for c in verb.children):
        return ""
    subject = {c.dep_ for c in verb.children if c.lemma_.lower() in nouns and not _names_its_count(c)}
    lemma = verb.lemma_.lower()
    if "nsubjpass" in subject and lemma in revising:
        return "revised"
    return "updated" if "nsubj" in subject and lemma in changing else ""


def _names_its_count(noun) -> bool:
    """"the number of violent shootings", "the county's total": a tally of its own, kept as it grows, not a figure
    the sentence before gave ("that number", "the death toll")."""
    return any(c.dep_ in ("prep", "poss") for c in noun.children)


def _revising_verb(number):
    """The verb setting a figure to this number: its "to" ("amended that number to four"), or the "from … to" the
    parser reads as one phrase ("revised from eight to six"); none where the verb is denied."""
    head = number.head
    to = number.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep"
    from_to = number.dep_ == "pobj" and head.lower_ == "from" and any(c.lower_ == "to" for c in number.children)
    verb = head.head if to or from_to else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _revision_table()[0]:
        return None
    return None if any(c.dep_ == "neg" for c in verb.children) else verb


def _revised(doc, figure: Figure, verb) -> bool:
    """Whether the verb, acting on a noun naming the figure ("amended that number", "the number … was revised"),
    replaces this earlier one: the "from" of its "from … to" ("revised from eight to six"), or a figure the
    sentence says was reported ("had originally said that seven people were shot") when the verb's agent is the
    reporter (the verb is passive, or joined to the report with no subject of its own). A verb whose agent is an
    event adds to the figure and corrects nothing: "raised $21 million in January, bringing its total to $95 million"."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _revision_table()[1] for c in verb.children):
        return False
    number = span[-1]
    if number.dep_ == "quantmod" and number.head.head.lower_ == "from" and number.head.head.head == verb:
        return True
    above = [a for a in number.ancestors if a != verb]
    if not any(a.pos_ == "VERB" and a.lemma_.lower() in REPORTING for a in above):
        return False
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    joined = verb.dep_ == "conj" and verb.head in above and not any(c.dep_ == "nsubj" for c in verb.children)
    return passive or joined


def _revision_table() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that set a stated figure to another, and the nouns naming a figure, from a data file that says
    where they come from."""
    return _revision_table_with_changes()[:2]


@lru_cache(maxsize=1)
def _revision_table_with_changes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The revising verbs, the figure nouns, and the verbs a figure noun changes by itself with ("has risen to")."""
    table = json.loads(Path(__file__).with_name("revision_verbs.json").read_text(encoding="utf-8"))
    return frozenset(table["entries"]), frozenset(table["figure_nouns"]), frozenset(table.get("changes", ()))


def _earlier_alike(found: Sequence[Figure], k: int) -> int | None:
    """The nearest figure before the k-th in the same unit of measure."""
    return next((j for j in range(k - 1, -1, -1) if found[j].unit == found[k].unit), None)


def _as_reported(doc, figure: Figure) -> bool:
    """Whether the words after the figure say it was what was reported: "as first reported", "as police had said"."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    sentence_end = span[-1].sent.end
    after = doc[span.end:min(span.end + _AS_REPORTED, sentence_end)]
    for token in after:
        if token.text in ".;":
            return False
        if token.lower_ == "as":
            following = doc[token.i + 1:min(token.i + 1 + _REPORTED_WITHIN, sentence_end)]
            return any(t.lemma_.lower() in REPORTING or t.lower_ in REPORTING for t in following)
    return False
