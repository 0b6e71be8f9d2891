"""Where a speaker's name is cut from a run of capitalised words, on small made-up sentences."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span as EntitySpan

from viewer.analysis.nlp import english
from viewer.analysis.speakers.names import describe

BODY = "The Rocky Mountain High Intensity Drug Trafficking Area wrote in a report that seizures had risen."


def _described(text: str, words: int, label: str):
    doc = english()(text)
    doc.ents = [EntitySpan(doc, 0, words, label=label)]
    return describe(list(doc[:words]), Counter(t.text for t in doc if t.text[:1].isupper()))


def test_a_word_inside_one_entity_that_goes_on_into_the_name_is_not_cut_off():
    # the recogniser reads the body's whole name as one place; "Drug" is a word of it, not a place before it
    assert _described(BODY, 8, "LOC").name == "Rocky Mountain High Intensity Drug Trafficking Area"
