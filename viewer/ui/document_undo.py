"""What takes back a removal or a re-read from Edit → Undo, on the same stack as the corrections' `correction_undo.Undo`
(the window has one Undo).

A removal is taken back by the removal the corpus kept, brought back by its number; a re-read by the document as it
was before, which the re-read read and handed back. Both are heard when their job finishes, so an undo queued behind a
running job takes back that job, and one whose job was cancelled or failed says there is nothing to take back.
"""
from __future__ import annotations

from dataclasses import dataclass

from viewer.analysis.operations import Removal, Reread, bring_back_job, undo_reread_job
from viewer.corpus.store import Corpus
from viewer.jobs import Changes, Job, TaskState


def _nothing(summary: str) -> Changes:
    return Changes(f"“{summary}” did not finish, so there is nothing to take back")


@dataclass
class RemovalUndo:
    """One removal made in this window, and the kept removal that takes it back once it has run."""

    summary: str
    kept_as: int | None = None
    title = "Bringing back"  # the runner's word while it runs

    def heard(self, removal: Removal) -> None:
        """The removal finished (on the runner's thread): this is the kept removal to bring back."""
        self.kept_as = removal.kept_as

    def taking_back(self) -> Job:
        def run(corpus: Corpus, state: TaskState) -> Changes:
            if self.kept_as is None:
                return _nothing(self.summary)
            return bring_back_job(self.kept_as)(corpus, state)
        return run


@dataclass
class RereadUndo:
    """One re-read made in this window, and the document as it was before, once the re-read has run."""

    summary: str
    before: dict | None = None
    title = "Taking back"

    def heard(self, done: Reread) -> None:
        self.before = done.before

    def taking_back(self) -> Job:
        def run(corpus: Corpus, state: TaskState) -> Changes:
            if self.before is None:
                return _nothing(self.summary)
            return undo_reread_job(self.before)(corpus, state)
        return run
