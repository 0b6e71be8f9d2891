"""Reports joined in one sentence: "X criticized the plan and said Y" is two statements.

The parser may hang the second report inside the first one's content (the object of "criticized"
runs on to the end of the sentence). A report by the same speaker, joined to the first one, whose
cue lies inside the first one's content is no report nested in those words (a nested one names its
own speaker inside them: "X said that Y told her…"); the first content stops where it begins.
"""
from __future__ import annotations

from viewer.analysis.attribution.reported_clauses import trim
from viewer.analysis.attribution.reported_speech import Frame
from viewer.corpus.spans import Span

_JOINING = frozenset({"and", "but", "or", "while", "then"})
_JOINED_BY = frozenset({"conj", "advcl", "parataxis", "ROOT"})  # not "urged X to act": the act is what was urged


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
    return inner.verb.dep_ in _JOINED_BY and inner.speaker_span == outer.speaker_span


def _cut_before(outer: Frame, inner: Frame) -> Span:
    doc = inner.cue[0].doc
    first = inner.cue[0].i
    while first > 0 and doc[first - 1].idx > outer.content.start and \
            (doc[first - 1].is_punct or doc[first - 1].lower_ in _JOINING or doc[first - 1].pos_ == "ADV"):
        first -= 1
    return trim(doc, outer.content.start, doc[first].idx, outer.unit)
