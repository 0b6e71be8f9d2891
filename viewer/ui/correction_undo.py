"""What takes a correction back: each gesture's opposite, worked out when its corrections run.

A merge is taken back by a split of the same two names, a link by an unlink of the same passages
(and the other way round), an article's "does not carry" or a passage's "carries" by withdrawing it (the
researcher's word before it holds again), a document's new title, outlet or date by the value it had before (the
previous correction, or the original), an edited or deleted attribution by withdrawing the edit and
putting back the attribution's row as it stood, read just before the edit was recorded.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.analysis import operations, store
from viewer.analysis.corrections import (
    SETTABLE, Carries, Correction, DeleteAttribution, EditAttribution, Link, MergeSpeakers, NotCarried, Restore,
    SplitSpeaker, Unlink, Withdraw,
)
from viewer.corpus import publication
from viewer.corpus.store import Corpus
from viewer.jobs import Changes, Job, TaskState

_BY_FIELD = {cls.field: cls for cls in SETTABLE.values()}
_SETTING = tuple(SETTABLE.values())
_OPPOSITE = {MergeSpeakers: SplitSpeaker, SplitSpeaker: MergeSpeakers, Link: Unlink, Unlink: Link}
_UNDO_HINT = re.compile(r" \(Edit → Undo [^()]*\)$")  # a gesture's own words end on how to take it back


@dataclass
class Undo:
    """One gesture's corrections, its own words, and the corrections that take it back: these are
    worked out when the gesture's corrections run, so a gesture queued behind another is taken back
    to what that one set, not to what the corpus held when both were asked for."""

    steps: tuple[Correction, ...]
    summary: str
    back: tuple[Correction, ...] | None = None
    title = "Correcting"  # the runner's word while it runs

    def work_out(self, corpus: Corpus) -> Callable[[], None]:
        """Read, before the gesture's corrections are recorded, what takes them back; it holds once they
        are: a gesture whose recording failed has nothing to take back (an Unlink of passages it never
        linked would forbid linking them)."""
        found = tuple(_opposite(corpus, self.steps))

        def recorded() -> None:
            self.back = found
        return recorded

    def heard(self, words: str) -> None:
        """The gesture's words as its job said them: a link's name the claims it made one, which taking it back
        repeats ("Took back: Linked a passage of d7 to one of d15: claims [34] and [58] are now one claim [58]")."""
        self.summary = words

    def taking_back(self) -> Job:
        """The job that takes the gesture back; it runs after the gesture's own (the queue keeps order)."""
        def run(corpus: Corpus, state: TaskState) -> Changes:
            if self.back is None:
                return Changes(f"“{self.summary}” did not finish, so there is nothing to take back")
            # once taken back, "(Edit → Undo takes it back)" told the researcher the opposite of what had happened
            taken = _UNDO_HINT.sub("", self.summary)
            return operations.correction_job(self.back, f"Took back: {taken}")(corpus, state)
        return run


def _opposite(corpus: Corpus, steps: Sequence[Correction]) -> list[Correction]:
    back: list[Correction] = []
    for step in reversed(steps):
        if type(step) in _OPPOSITE:
            back.append(_OPPOSITE[type(step)](step.a, step.b))
            continue
        if isinstance(step, (EditAttribution, DeleteAttribution)):
            back.append(Withdraw(step, store.attribution_row(corpus, step.key)))
            continue
        if isinstance(step, (NotCarried, Carries)):  # its record goes: the word said before it holds again
            back.append(Withdraw(step, None))
            continue
        if isinstance(step, Withdraw) and isinstance(step.correction, (NotCarried, Carries)):
            back.append(step.correction)  # a word taken back from the claims panel is said again
            continue
        before = publication.corrections_of(corpus, step.document).get(step.field)
        if before is not None:
            back.append(_BY_FIELD[step.field](step.document, before.value))
        elif isinstance(step, _SETTING):
            back.append(Restore(step.document, step.field))
    return back
