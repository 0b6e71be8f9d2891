"""Reports joined in one sentence: "X criticized the plan and said Y" is two statements.

The parser may hang the second report inside the first one's content (the object of "criticized"
runs on to the end of the sentence). A report by the same speaker, joined to the first one, whose
cue lies inside the first one's content is no report nested in those words (a nested one names its
own speaker inside them: "X said that Y told her…"); the first content stops where it begins.
So does a report by another speaker that stands as a clause of the sentence ("While the mayor pledged
to cut fares, the council leader insisted…") or is set against the first one ("X said A, while Y said B"):
the parser ran the first content on over it.
"""
from __future__ import annotations

from viewer.analysis.attribution.classes import reports_belief
from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS, trim
from viewer.analysis.attribution.reported_speech import Frame, can_say
from viewer.corpus.spans import Span

_CONTRASTING = frozenset({"while", "whilst", "whereas", "though", "although"})  # contrast and concession marks
_JOINING = frozenset({"and", "but", "or", "nor", "then"}) | _CONTRASTING
_JOINED_BY = frozenset({"conj", "advcl", "parataxis", "ROOT"})  # not "urged X to act": the act is what was urged
_STANDING = frozenset({"conj", "parataxis", "ROOT"})  # a clause of the sentence, not one under another verb
_SAYING_NOTHING = frozenset({"PRON", "ADV", "PUNCT"})


def separate_coordinated(frames: list[Frame]) -> list[Frame]:
    """The frames, each content cut before a report coordinated with it."""
    for outer in frames:
        for inner in frames:
            if inner is not outer and _coordinated(outer, inner):
                outer.content = _cut_before(outer, inner)
    return frames


def _coordinated(outer: Frame, inner: Frame) -> bool:
    content = outer.content
    if content is None or not content.start < inner.cue_span.start < content.end:
        return False
    if inner.speaker_span == outer.speaker_span:
        return inner.verb.dep_ in _JOINED_BY
    return _beside(outer, inner)


def _beside(outer: Frame, inner: Frame) -> bool:
    """A report of another speaker's words, standing as its own clause after the first report's cue, ends
    the first content ("…asked the firm to cut its fees, the chairman said…"). Not a report that closes
    the words before it ("'…,' Grayson said, according to Frankel": the relay holds them), nor one
    inside words set around their own cue ("Instead, she said, her boss told her…"). On PolNeAR's fit
    part it makes 37 statements (34 annotated) in place of 19 (17 annotated)."""
    content, verb = outer.content, inner.verb
    return verb.lemma_.lower() in REPORTING_VERBS and not reports_belief(verb) and _own_clause(verb) \
        and not inner.postposed and outer.kind != "according-to" \
        and max(content.start, outer.cue_span.end) < _clause_start(inner).idx \
        and not content.start <= outer.cue_span.start < content.end


def _own_clause(verb) -> bool:
    """A clause of the sentence with a subject of its own, not set under another by "because" or "when"."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    return _contrasting(verb, marks) if marks else verb.dep_ in _STANDING


def _contrasting(verb, marks: list) -> bool:
    """"X said A, while Y said B": a clause set against the words before it ("while", "whereas", "though") stands
    beside them as a second account, where one set under them by "because" or "when" is a part of the first. Only
    after the clause it is hung on: "…finds that, while most say A, many blame B" is one finding; and not of a
    thing's pronoun ("…, although it could explain the drop" goes on with the first speaker's account). On
    PolNeAR's fit part it makes 15 statements (15 annotated) in place of 8 (7 annotated)."""
    return verb.dep_ == "advcl" and verb.head.i < verb.i and all(m.lower_ in _CONTRASTING for m in marks) \
        and all(c.pos_ != "PRON" or can_say(c) for c in verb.children if c.dep_ == "nsubj")


def _clause_start(frame: Frame):
    """The first word of the report's clause: its subject's, or its cue's."""
    subjects = [c.left_edge for c in frame.verb.children if c.dep_ == "nsubj"]
    return min([frame.cue[0], *subjects], key=lambda t: t.i)


def _cut_before(outer: Frame, inner: Frame) -> Span | None:
    """The first content up to the second report; None where only a pronoun and adverbs are left ("She called him
    shortly after, and he told her…"): the verb told of an act, and no words were reported."""
    doc = inner.cue[0].doc
    first = inner.cue[0].i if inner.speaker_span == outer.speaker_span else _clause_start(inner).i
    content = trim(doc, outer.content.start, doc[_joint(doc, first, outer.content.start)].idx, outer.unit)
    words = doc.char_span(content.start, content.end, alignment_mode="expand") or []
    return content if any(t.pos_ not in _SAYING_NOTHING for t in words) else None


def _joint(doc, first: int, floor: int) -> int:
    """Where the second report's words begin, with what joins them on: the punctuation and joining words before
    them, and an adverb between those and the report ("and then also said"). An adverb before the joint ends
    the first report's words ("should close early, while…"); a hyphen inside a word ("half-joking") is no joint."""
    joined = False
    while first > 0 and doc[first - 1].idx >= floor:
        word = doc[first - 1]
        glued = word.text == "-" and not word.whitespace_
        if word.is_punct and not glued or word.lower_ in _JOINING:
            joined = True
        elif joined or word.pos_ != "ADV" and not glued:
            break
        first -= 1
    return first
