"""Sources named by a phrase opening the sentence they report: "In a CNN/ORC poll released Monday, Trump
leads by 9 points", "In exit polls, voters were unhappy…".

A poll or a survey reports its figures without a verb of saying: the sentence states them and the opening
"In X," says whose they are, as "According to X," does. Only that shape counts: the phrase hangs from the
clause's verb, opens the sentence and is set off by a comma. Later in a sentence "in the polls" is as often
a standing ("rose in the polls", "is mired in single digits in polls") as a source, and PolNeAR's annotators
mark it either way. Only nouns the annotators marked as the source of the opening phrase often enough and in
most of its uses are taken: ``attribution/sourcing_phrases.json`` (``training/count_sourcing_phrases.py``),
so "In the video," "In a statement," or "In the car," are not.
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.resources import resources_dir

PREPOSITIONS = ("in",)


def sourcing_shape(token):
    """The noun of a phrase that may name a source ("In the poll, …"), whoever annotated it; or None. The
    counting script and the analysis both read the phrase through this."""
    if token.lower_ not in PREPOSITIONS or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None or not _opens_sentence(token) or not _set_off(noun):
        return None
    return noun


def _opens_sentence(token) -> bool:
    before = token.doc[token.i - 1] if token.i else None
    return before is None or token.is_sent_start or before.is_space and "\n" in before.text


def _set_off(noun) -> bool:
    """The phrase ends at a comma before its clause: "In the poll, Clinton leads"."""
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].text == ","


def named_source(token):
    """The source of a sourcing phrase whose noun the table keeps, or None."""
    noun = sourcing_shape(token)
    if noun is None or noun.lemma_.lower() not in sourcing_nouns().get(token.lower_, ()):
        return None
    return noun


@lru_cache(maxsize=1)
def sourcing_nouns() -> dict[str, frozenset[str]]:
    """Per preposition, the nouns kept (``training/count_sourcing_phrases.py``)."""
    table = json.loads((resources_dir() / "attribution" / "sourcing_phrases.json").read_text(encoding="utf-8"))
    return {preposition: frozenset(table[preposition]) for preposition in PREPOSITIONS}
