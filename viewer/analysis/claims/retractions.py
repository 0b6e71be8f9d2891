"""Figures a sentence itself corrects: "280, not 300, were evacuated", "four people were injured,
not five as first reported".

The corrected figure ("300") is what an earlier report gave; the sentence states the other ("280").
Read as a count of its own, the corrected figure hid the change from the discrepancies (the
sentence seemed to give 300 as another report does), and its "not" read as the sentence denying
what it states, which kept the sentence apart from reports of the same evacuation. A "not" before a
figure corrects it only where the sentence also states the value that replaces it: right before the
"not" ("280, not 300"), or anywhere before it when the words after the figure say the figure was
what was reported ("not five as first reported"). "Not one person was hurt" denies; it corrects nothing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
    negation: tuple[int, int]


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
    return out


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
