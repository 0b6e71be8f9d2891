"""A thing with words on it that "reads" them: '"…," the statement read.', 'A sign on the door read: "Closed."',
'a shirt that read "Justice for Jamal"'.

A thing speaks its words with "read" as a person does with "said"; a person reading ("he read the statement",
'"Guilty," the judge read') reads another's words and is no cue. On the GVA crawl and PolNeAR train's fit part
(``training/count_read_nouns.py``), of 62 common nouns reading quoted words 46 are written things or
WordNet communications (statement, sign, warrant, message, post, caption, affidavit, editorial…); of the rest only
"shirt" reads three times (``read_nouns.json``), the others once or misparsed (a tattoo "on his neck, which reads").
The tagger often makes "read" a noun after such a subject ("the editorial read": editorial/ADJ read/NOUN), so the
word right before it is taken for the thing when the parse gives none.
"""
from __future__ import annotations

import re

from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import communication_nouns, names_person, read_nouns, written_nouns

_MARKS = "\"“”"
_OPENS_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s*[:,]?\s*[\"“]")  # 'read: "…"', 'read in part: "…"'
_CLOSED_BEFORE = re.compile(r"[\"”],?\s+(?:\S+\s+){0,4}$")  # '"…," the Facebook post read'
_PHRASE_POS = ("DET", "PROPN", "ADJ", "NOUN", "PART")


def reader(verb):
    """The noun that reads: the verb's subject, the noun a relative "that read" hangs from, or, where the tagger made
    "read" a noun, the word right before it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if subject is None and verb.pos_ != "VERB" and before is not None and before.pos_ in ("NOUN", "ADJ"):
        return before
    return subject


def reads_words(noun) -> bool:
    """A common noun of a thing written on, never a kind of person."""
    lemma = noun.lemma_.lower()
    return noun.pos_ in ("NOUN", "ADJ") and not names_person(lemma) and \
        (lemma in written_nouns() or lemma in communication_nouns() or lemma in read_nouns())


def quoted_beside(verb, noun) -> bool:
    """A quotation opens right after "read" (past a colon or comma, or "in part:") or closes at most four words
    before the thing: how the counted class writes its words."""
    text = text_of(verb.doc)
    return _OPENS_AFTER.match(text, verb.idx + len(verb.text)) is not None or \
        _CLOSED_BEFORE.search(text[:noun.idx]) is not None


def thing_phrase(noun, verb) -> list:
    """The words naming the thing where the parse hung none on it ("the Facebook post" before a "read" tagged a
    noun): the determiners, names and modifiers right before it."""
    start = noun.i
    while start > max(0, noun.i - 4) and noun.doc[start - 1].pos_ in _PHRASE_POS and noun.doc[start - 1] is not verb \
            and noun.doc[start - 1].text not in _MARKS:
        start -= 1
    return list(noun.doc[start:noun.i + 1])
