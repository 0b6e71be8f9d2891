"""Reports carried by a noun: "Trump's claim that…", "her criticism of the deal", "the warning by X",
"Sanders raised questions about the deal".

News often reports a statement or a stance as a noun its owner holds rather than a verb: the owner
(a possessive, or "by" after the noun) is the speaker, the clause or phrase the noun governs is what
was said or held. The noun may also be the object of a verb the cue model does not take, whose
subject holds it ("voiced concern that…", "has raised questions about…"). Only nouns PolNeAR's
annotators marked as cues often enough are taken: ``cue_nouns`` in ``attribution/classes.json``
(``training/count_classes.py``: at least three times and in at least 12% of all the noun's uses),
or, for each of the two frames, ``attribution/noun_frames.json`` (``training/count_noun_frames.py``:
often enough in that frame). Only with both an owner and a complement: "support for the bill grew"
names nobody and reports nothing.
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.attribution.cues import cue_model
from viewer.analysis.attribution.reported_clauses import end_of, trim
from viewer.analysis.attribution.reported_speech import Frame, unquoted
from viewer.analysis.speakers.kinds import names_source, word_classes
from viewer.corpus.spans import Span
from viewer.resources import resources_dir

# what a noun of saying or holding governs: "claim that…", "refusal to…", "criticism of…"
CONTENT_PREPOSITIONS = frozenset("of for on about against over to with".split())
NOT_OWNERS = frozenset("my our your i we you me us".split())  # the writer's own views are not reports


def find_noun_frames(doc, unit_spans: list[Span], quoted: list[Span]) -> list[Frame]:
    """Every cue noun with an owner and a complement outside quotations."""
    frames = []
    for unit in unit_spans:
        for token in unquoted(doc.char_span(unit.start, unit.end, alignment_mode="expand"), quoted):
            frame = _noun_frame(token, unit)
            if frame is not None:
                frames.append(frame)
    return frames


def _noun_frame(noun, unit: Span) -> Frame | None:
    """The frame of a cue noun with an owner and a complement, or None."""
    shape = frame_shape(noun)
    if shape is None or not _cue_noun(noun, shape[0], shape[2]):
        return None
    kind, owner, content = shape
    speaker = [t for t in owner.subtree if t.dep_ != "case" and not t.is_space and not t.is_punct]
    if not all(unit.start <= t.idx < unit.end and t.pos_ not in ("VERB", "AUX") for t in speaker):
        return None  # a misparse gave the owner a clause ("Biden rubbished Trump's claim")
    words = _span(noun.doc, content[0].idx, end_of(content[-1]), unit)
    if words is None:
        return None
    return Frame("indirect", _cue(noun, kind, content), speaker, words, unit)


def frame_shape(noun) -> tuple[str, object, list] | None:
    """How a noun may carry a report, whoever annotated it: ``owner`` ("Trump's claim that…", "the
    warning by X") or ``object`` ("Sanders raised questions about…": the object of a verb the cue model
    does not take, its subject the holder), with the owner and the complement's words; or None."""
    if noun.pos_ != "NOUN":
        return None
    content = _complement(noun)
    if not content:
        return None
    owner = _owner(noun)
    if owner is not None:
        return "owner", owner, content
    holder = _holder(noun)
    return ("object", holder, content) if holder is not None else None


def _cue_noun(noun, kind: str, content: list) -> bool:
    """A noun annotators mark often (``cue_nouns``), or one kept for this frame with a complement of this kind:
    "his decision to run" is a stance, "the court's decision on the case" a ruling nobody annotated as one."""
    lemma = noun.lemma_.lower()
    if kind == "owner" and lemma in word_classes()["cue_nouns"]:
        return True
    return complement_kind(noun, content) in noun_frames()[kind].get(lemma, ())


def complement_kind(noun, content: list) -> str:
    """The preposition that opens the noun's complement ("of", "on"…), or "clause" ("that…", "to…")."""
    before = noun.doc[content[0].i - 1]
    return before.lower_ if before.dep_ == "prep" and before.head.i == noun.i else "clause"


@lru_cache(maxsize=1)
def noun_frames() -> dict[str, dict[str, frozenset[str]]]:
    """Per frame, the nouns kept and the complements annotators marked with each (``training/count_noun_frames.py``)."""
    table = json.loads((resources_dir() / "attribution" / "noun_frames.json").read_text(encoding="utf-8"))
    return {kind: {noun: frozenset(entry["complements"]) for noun, entry in table[kind].items()}
            for kind in ("owner", "object")}


def _cue(noun, kind: str, content: list) -> list:
    """The noun, and for a verb's object the verb before it and the preposition of the complement after it:
    "raised questions about" (PolNeAR's annotators keep the preposition in the cue)."""
    if kind == "owner":
        return [noun]
    before = noun.doc[content[0].i - 1]
    return [noun.head, noun] + ([before] if complement_kind(noun, content) != "clause" else [])


def _owner(noun):
    """Whose claim or stance it is: "Trump's claim", "her support", "the warning by the ministry"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i), None)
        owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if owner is None or owner.lower_ in NOT_OWNERS or owner.ent_type_ in ("DATE", "TIME") or not names_source(owner):
        return None
    return owner


def _holder(noun):
    """"Sanders voiced concern that…": the subject of the verb whose object the noun is, when the cue model does
    not take that verb (a verb it takes reports the noun phrase itself, "Trump expressed support for…")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i or cue_model().is_cue(verb):
        return None
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in noun.children):
        return None  # "faced criticism from the Right": the holder is named after the noun, not the subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in NOT_OWNERS or subject.tag_ in ("WP", "WDT") or not names_source(subject):
        return None
    return subject


def _complement(noun) -> list:
    """The words of the clause or phrase the noun governs: "that he would win", "to ban them", "of the deal"."""
    for child in noun.children:
        if child.i <= noun.i:
            continue
        if child.dep_ in ("acl", "ccomp") and _clause_like(child):
            return list(noun.doc[child.left_edge.i:child.right_edge.i + 1])
        if child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return list(noun.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1])
    return []


def _clause_like(verb) -> bool:
    """A "that" clause or a "to" infinitive, not a participle describing the noun ("a claim made in 2015")."""
    return any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < verb.i for c in verb.children)


def _span(doc, start: int, end: int, unit: Span) -> Span | None:
    span = trim(doc, start, end, unit)
    return span if span.end > span.start else None
