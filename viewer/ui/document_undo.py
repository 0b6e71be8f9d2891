"""What takes back a removal or a re-read from Edit → Undo, on the same stack as the corrections' `correction_undo.Undo`
(the window has one Undo).

A removal is taken back by the removal the corpus kept, brought back by its number; a re-read by the document as it
was before, which the re-read read and handed back. Both are heard when their job finishes, so an undo queued behind a
running job takes back that job, and one whose job was cancelled or failed says there is nothing to take back.
"""
from __future__ import annotations

from dataclasses import dataclass, field

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

    same: bool = False  # the file read the same: nothing changed, so nothing to take back

    def heard(self, done: Reread) -> None:
        self.before = done.before
        self.same = done.before is None

    @property
    def empty(self) -> bool:
        """Heard, and nothing was changed: the window drops the entry rather than offer an Undo that does nothing."""
        return self.same

    def taking_back(self) -> Job:
        def run(corpus: Corpus, state: TaskState) -> Changes:
            if self.before is None:
                return _nothing(self.summary)
            return undo_reread_job(self.before)(corpus, state)
        return run


@dataclass
class RereadsUndo:
    """Re-read all marked documents, made in this window: each document read again as it was before, heard as each
    is stored, so a cancelled run is taken back as far as it got; all in one step, one relink."""

    summary: str
    befores: list[dict] = field(default_factory=list)
    finished: bool = False
    title = "Taking back"

    def heard(self, before: dict) -> None:
        """One document read again (on the runner's thread): what it was."""
        self.befores.append(before)

    def watching(self, job: Job) -> Job:
        """The job, telling this entry when it has ended (however it ended): one that read nothing again goes."""
        def run(corpus: Corpus, state: TaskState) -> Changes:
            try:
                return job(corpus, state)
            finally:
                self.finished = True
        return run

    @property
    def empty(self) -> bool:
        return self.finished and not self.befores

    def taking_back(self) -> Job:
        def run(corpus: Corpus, state: TaskState) -> Changes:
            if not self.befores:
                return Changes(f"“{self.summary}” read no document again, so there is nothing to take back")
            return undo_reread_job(list(self.befores))(corpus, state)
        return run
