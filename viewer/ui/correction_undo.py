"""What takes a correction back: each gesture's opposite, worked out when it is made.

A merge is taken back by a split of the same two names, a link by an unlink of the same passages
(and the other way round), a document's new title, outlet or date by the value it had before (the
previous correction, or the original). An edited or deleted attribution has no opposite here: the
analysis's own values are not kept beside the edit, so the window says it cannot take it back.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.analysis.corrections import SETTABLE, Correction, Link, MergeSpeakers, Restore, SplitSpeaker, Unlink
from viewer.corpus import publication
from viewer.corpus.store import Corpus

_BY_FIELD = {cls.field: cls for cls in SETTABLE.values()}
_SETTING = tuple(SETTABLE.values())
_OPPOSITE = {MergeSpeakers: SplitSpeaker, SplitSpeaker: MergeSpeakers, Link: Unlink, Unlink: Link}


@dataclass(frozen=True)
class Undo:
    """The corrections that take one gesture back, and the gesture's own words."""

    steps: tuple[Correction, ...]
    summary: str


def opposite(corpus: Corpus, steps: Sequence[Correction], summary: str) -> Undo | None:
    """The corrections that take ``steps`` back as the corpus stands before they are made; None when
    one of them has no opposite (an edited or deleted attribution)."""
    back: list[Correction] = []
    for step in reversed(steps):
        if type(step) in _OPPOSITE:
            back.append(_OPPOSITE[type(step)](step.a, step.b))
        elif isinstance(step, (*_SETTING, Restore)):
            field = step.field
            before = publication.corrections_of(corpus, step.document).get(field)
            if before is not None:
                back.append(_BY_FIELD[field](step.document, before.value))
            elif isinstance(step, _SETTING):
                back.append(Restore(step.document, field))
        else:
            return None
    return Undo(tuple(back), summary)
