"""Who put out a written thing the article lets speak later: "Acme issued a press release on Monday.
The press release said…" is Acme's words, as "Acme issued a press release saying…" is
(``reported_speech._issued_by``). Read alone, "the press release" spoke as a document of its own.

The written thing is the object of a verb whose subject names a person or a body, or what they said
something in ("Twitter said in a statement…. The statement said…"). Which verbs: any, as for "issued a
statement saying" (read on PolNeAR fit and the GVA crawl, the verbs before a later "the statement
said" were issue, release, provide and once read).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from viewer.analysis.speakers.kinds import written_nouns
from viewer.analysis.speakers.names import SpeakerName, describe

_KEY = "issuers of written things"


def issuers(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    """(where the written thing is named, its issuer with ``written`` set to its noun), in text order."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = [item for token in doc for item in _issued(token, counts)]
    return found


def _issued(token, counts: Counter) -> list[tuple[int, SpeakerName]]:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in written_nouns():
        return []
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in":  # "Twitter said in a statement"
        verb = token.head.head
    else:
        return []
    subject = _subject(verb)
    if subject is None:
        return []
    name = describe(list(subject.subtree), counts)
    if not name.name or name.reference or name.unnamed or name.kind not in ("person", "organisation"):
        return []
    return [(token.idx, replace(name, written=token.lemma_.lower()))]


def _subject(verb):
    """The subject of the verb, or of the verb it is joined to ("Acme closed the plant and issued…")."""
    while verb.pos_ in ("VERB", "AUX"):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
