"""Reports carried by a noun: "Trump's claim that…", "her criticism of the deal", "the warning by X".

News often reports a statement or a stance as a noun its owner holds rather than a verb: the owner
(a possessive, or "by" after the noun) is the speaker, the clause or phrase the noun governs is what
was said or held. Only nouns PolNeAR's annotators marked as cues often enough (``cue_nouns`` in
``viewer/resources/attribution/classes.json``, kept by ``training/count_classes.py``: at least three
times and in at least 12% of the noun's uses, its ``MIN_CUE_COUNT`` and ``MIN_CUE_SHARE``) are
taken, and only with both an owner and a complement: "support for the bill grew" names nobody and
reports nothing.
"""
from __future__ import annotations

from viewer.analysis.attribution.reported_clauses import end_of, trim
from viewer.analysis.attribution.reported_speech import Frame, unquoted
from viewer.analysis.speakers.kinds import names_source, word_classes
from viewer.corpus.spans import Span

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
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_classes()["cue_nouns"]:
        return None
    owner = _owner(noun)
    content = _complement(noun, unit)
    if owner is None or content is None:
        return None
    speaker = [t for t in owner.subtree if t.dep_ != "case" and not t.is_space and not t.is_punct]
    if not all(unit.start <= t.idx < unit.end and t.pos_ not in ("VERB", "AUX") for t in speaker):
        return None  # a misparse gave the owner a clause ("Biden rubbished Trump's claim")
    return Frame("indirect", [noun], speaker, content, unit)


def _owner(noun):
    """Whose claim or stance it is: "Trump's claim", "her support", "the warning by the ministry"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i), None)
        owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if owner is None or owner.lower_ in NOT_OWNERS or owner.ent_type_ in ("DATE", "TIME") or not names_source(owner):
        return None
    return owner


def _complement(noun, unit: Span) -> Span | None:
    """The clause or phrase the noun governs: "that he would win", "to ban them", "of the deal"."""
    for child in noun.children:
        if child.i <= noun.i:
            continue
        if child.dep_ in ("acl", "ccomp") and _clause_like(child):
            return _span(noun.doc, child.left_edge.idx, end_of(child.right_edge), unit)
        if child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return _span(noun.doc, objects[0].left_edge.idx, end_of(objects[0].right_edge), unit)
    return None


def _clause_like(verb) -> bool:
    """A "that" clause or a "to" infinitive, not a participle describing the noun ("a claim made in 2015")."""
    return any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < verb.i for c in verb.children)


def _span(doc, start: int, end: int, unit: Span) -> Span | None:
    span = trim(doc, start, end, unit)
    return span if span.end > span.start else None
