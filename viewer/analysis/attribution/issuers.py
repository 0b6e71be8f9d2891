"""Who put out a written thing the article lets speak later: "Acme issued a press release on Monday.
The press release said…" is Acme's words, as "Acme issued a press release saying…" is
(``reported_speech._issued_by``). Read alone, "the press release" spoke as a document of its own.

The written thing is the object of a verb whose subject names a person or a body, or what they said
something in ("Twitter said in a statement…. The statement said…"). Which verbs: any that does
something with it, as for "issued a statement saying" (read on PolNeAR fit and the GVA crawl, the verbs
before a later "the statement said" were issue, release, provide and once read); "have" and "be" only
say who holds it ("Singer has a framed note from Trump"), a verb of finding who came upon it ("Police
found a letter"), and a written thing named before was put out where it was first named. A phrase naming its writer ("a note from
Trump") is that writer's, whoever holds it. A written thing put out more than a paragraph before is no
safe guess: "the statement added" of one passenger's employer had gone to a minister's statement on
another passenger two sections up. The issuer is read as every speaker phrase is (``unnamed_bodies.described_body``):
"An advisory committee issued a statement" is the unnamed committee's, not a row "advisory committee".
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from viewer.analysis.attribution.found_things import finds_a_thing
from viewer.analysis.attribution.unnamed_bodies import described_body
from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import written_nouns
from viewer.analysis.speakers.names import SpeakerName, describe

_KEY = "issuers of written things"
_HOLDING = frozenset({"have", "be"})


def issuers_before(doc, counts: Counter, at: int) -> list[tuple[int, SpeakerName]]:
    """(where the written thing is named, its issuer with ``written`` set to its noun) for those named
    before character ``at`` in its paragraph or the one before."""
    text = text_of(doc)
    return [(start, name) for start, name in _issuers(doc, counts)
            if start < at and text.count("\n\n", start, at) <= 1]


def _issuers(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = [item for token in doc for item in _issued(token, counts)]
    return found


def _issued(token, counts: Counter) -> list[tuple[int, SpeakerName]]:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in written_nouns():
        return []
    written = token.lemma_.lower()
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in":  # "Twitter said in a statement"
        verb = token.head.head
    else:
        return []
    own = describe(list(token.subtree), counts)
    if own.written and _speaks(own):  # "a note from Donald J. Trump": his, whoever has it
        return [(token.idx, own)]
    subject = _subject(verb)
    if subject is None or verb.lemma_ in _HOLDING or finds_a_thing(verb) or _named_before(token):
        return []
    phrase = list(subject.subtree)
    name = described_body(phrase, describe(phrase, counts))
    return [(token.idx, replace(name, written=written))] if _speaks(name) or _issues_unnamed(name) else []


def _named_before(token) -> bool:
    """"…a letter she wrote for the funeral. Pastor Ben Walls read the letter": "the letter" the article
    named before was put out where it was first named; whoever reads, quotes or hands it on later is no
    writer of it."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return False
    return any(t.lemma_.lower() == token.lemma_.lower() for t in token.doc[:token.i])


def _speaks(name: SpeakerName) -> bool:
    return bool(name.name) and not name.reference and not name.unnamed and name.kind in ("person", "organisation")


def _issues_unnamed(name: SpeakerName) -> bool:
    """A body brought in described and never named ("An advisory committee issued a statement"): its statement is
    that body's, shown by its description. A definite one ("the office said in a statement") may be a body named
    before, which only ``references`` resolves: read here, "the statement added" became "unnamed: office" where the
    Istanbul prosecutor's office had spoken (wcepC)."""
    return name.unnamed and not name.reference and name.kind in ("organisation", "group")


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
