"""What takes a removal back from Edit → Undo: the removal the corpus kept, brought back by its number.

It sits on the same stack as the corrections' `correction_undo.Undo` (the window has one Undo): its
job is `operations.bring_back_job`, and the number it needs is heard when the removal finishes, so an
undo queued behind a running removal takes back that removal, and one whose removal was cancelled or
failed says there is nothing to take back.
"""
from __future__ import annotations

from dataclasses import dataclass

from viewer.analysis.operations import Removal, bring_back_job
from viewer.corpus.store import Corpus
from viewer.jobs import Changes, Job, TaskState


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
                return Changes(f"“{self.summary}” did not finish, so there is nothing to take back")
            return bring_back_job(self.kept_as)(corpus, state)
        return run
