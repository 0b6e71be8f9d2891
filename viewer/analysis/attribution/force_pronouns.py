"""A "they" no earlier speaker fits stands for the police when the police are all it can stand for: "As officers
arrived at the home, they discovered a four-year-old…", "Police are still looking for the shooter, who they believe
acted alone", "We reached out to police to see if they believe the shooting was a targeted hate crime".

News of a shooting goes on about the police with "they" when no one of the police has spoken yet, and the reader,
which resolves "they" against earlier speakers only, named no one. The pronoun is read as the one police force or
sheriff's office its article names (`forces.named_forces`), as a bare "police" is, when every plural noun of people or
bodies in its own sentence before it and in the sentence before (a subject, an object, a name) is the force's word,
its members' noun or its initials (`force_members.of_a_force`): one antecedent fits. Another group there ("the
girl's parents", "neighbors", "two men"), no force named or two, and the pronoun stays as it was. Counted before it
was built (session 70, docs/linking.md): of 83 such "they" in the GVA crawl's first 1,200 incidents, 20 read, 9 were
the police and 4 of those in an article naming one force. Built, it names 4 speakers there and 3 on incidents
1,200–1,900, each read as the police.
"""
from __future__ import annotations

from viewer.analysis.force_members import FORCE_ACRONYM, of_a_force
from viewer.analysis.speakers.kinds import names_person, names_source
from viewer.analysis.speakers.names import SpeakerName

_MENTIONS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative"})
_POLICE = "police"


def force_pronoun(speaker: list, forces: dict[str, SpeakerName]) -> SpeakerName | None:
    """The force a lone "they" (``speaker``, spaCy tokens) stands for, or None (module docstring)."""
    words = [t for t in speaker if not t.is_punct]
    force = forces.get(_POLICE)
    if force is None or len(words) != 1 or words[0].lower_ != "they":
        return None
    mentions = [t for t in _window(words[0]) if _plural_mention(t)]
    return force if mentions and all(_of_force(t) for t in mentions) else None


def _window(pronoun) -> list:
    """The pronoun's sentence before it, and the sentence before."""
    doc = pronoun.doc
    start = pronoun.sent.start
    return list(doc[doc[start - 1].sent.start if start else start:pronoun.i])


def _plural_mention(token) -> bool:
    """A word "they" may stand for: a plural noun of people or speakers, a body's name, or "police"."""
    if token.dep_ not in _MENTIONS:
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ == "ORG" or token.tag_ == "NNPS"
    return token.lower_ == _POLICE or \
        token.tag_ == "NNS" and (names_source(token) or names_person(token.lemma_.lower()))


def _of_force(token) -> bool:
    return of_a_force(token.text) or FORCE_ACRONYM.match(token.text) is not None
