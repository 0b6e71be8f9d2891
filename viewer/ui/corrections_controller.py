"""The researcher's correction gestures (link, "does not carry", "carries", edit an attribution) turned into
corrections, and run.

A correction made while other work runs is queued behind it, never dropped; the window hears
what it changed from the runner, like any job.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from viewer.analysis import operations
from viewer.analysis.corrections import Correction, passage_of
from viewer.analysis.store import StoredClaim
from viewer.provenance.wording import claim_label
from viewer.ui.attribution_panel import AttributionPanel
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.correction_undo import Undo
from viewer.ui.document_undo import RemovalUndo, RereadsUndo, RereadUndo
from viewer.ui.task_runner import TaskRunner
from viewer.ui.tasks import BackgroundTask


class CorrectionsController:
    """What a gesture in the articles or the attribution panel means as corrections."""

    def __init__(self, comparison: ComparisonView, attributions: AttributionPanel, runner: TaskRunner,
                 tell: Callable[[str], None]) -> None:
        self.comparison = comparison
        self.attributions = attributions
        self.runner = runner
        self.tell = tell  # a line in the status bar
        # what takes back each correction or removal made here, the last one last (the window has one Undo)
        self.undo_stack: list[Undo | RemovalUndo | RereadUndo | RereadsUndo] = []
        self.comparison.unlink_requested.connect(self.unlink_from_claim)
        self.comparison.link_requested.connect(self.link_to_claim)
        self.comparison.carries_requested.connect(self.passage_carries)

    def correct(self, steps: Sequence[Correction], summary: str) -> BackgroundTask | None:
        """Record the corrections and relink off the GUI thread, now or after the running job; what takes
        them back is read as they run, before they change the corpus."""
        steps = tuple(steps)
        undo = Undo(steps, summary) if self.comparison.corpus is not None else None
        if undo is not None:
            self.undo_stack.append(undo)
        return self.runner.queue("Correcting", operations.correction_job(steps, summary, before=undo and undo.work_out,
                                                                         heard=undo and undo.heard))

    def remember(self, undo: RemovalUndo | RereadUndo | RereadsUndo) -> None:
        """A removal or re-read made in this window: Edit → Undo takes it back in turn with the corrections."""
        self.undo_stack.append(undo)

    def drop_empty(self) -> None:
        """A re-read whose file read the same changed nothing: its entry goes, so Edit → Undo takes back the change
        before it rather than saying there was nothing to take back."""
        self.undo_stack = [u for u in self.undo_stack if not getattr(u, "empty", False)]

    @property
    def has_last(self) -> bool:
        """A correction, removal or re-read made here to take back."""
        return bool(self.undo_stack)

    def undo(self) -> BackgroundTask | None:
        """Take back the last correction, removal or re-read made in this window (Edit → Undo), the one before it next
        time."""
        if not self.undo_stack:
            self.tell("No correction, removal or re-read made here to take back")
            return None
        last = self.undo_stack.pop()
        return self.runner.queue(last.title, last.taking_back())

    def drop_removals(self, forgotten: set[int]) -> None:
        """Kept removals deleted for good (File → Forget removed documents…): their undo entries go, since nothing
        can bring those documents back; the other entries stay in their order."""
        self.undo_stack = [u for u in self.undo_stack if not (isinstance(u, RemovalUndo) and u.kept_as in forgotten)]

    def forget(self) -> None:
        """Another corpus: its corrections are not this one's to take back."""
        self.undo_stack.clear()

    def link_selected_passages(self) -> BackgroundTask | None:
        """The two passages selected in two articles state the same claim."""
        passages = self.comparison.selected_passages()
        if len(passages) != 2:
            self.tell("Select a passage in one article and a passage in another, then link them")
            return None
        a, b = passages
        claim_a, claim_b = self._claim_at(a), self._claim_at(b)
        if claim_a is not None and claim_b is not None and claim_a.id == claim_b.id:
            self.tell(f"Both passages are already in claim {claim_label(claim_a.id)}")
            return None
        return self.correct(operations.link_passages(a, b, claim_a, claim_b),
                            f"Linked a passage of d{a[0]} to one of d{b[0]}")

    def link_to_claim(self, claim_id: int, passage: tuple[int, int, int]) -> BackgroundTask | None:
        """A passage the analysis left unlinked states this claim: linked to every mention of it, so the
        claim keeps all its sources and gains this one; Edit → Undo takes it back (the pane's "does not carry" would
        take the whole article out). In an article the researcher
        judged not to carry the claim, it says that this passage does (`passage_carries`)."""
        claim = self.comparison.state.claims.get(claim_id)
        if claim is None or not claim.mentions:
            return None
        if self.comparison.state.judged_out(passage[0], claim_id) is not None:
            return self.passage_carries(claim_id, passage)
        return self.correct(operations.link_passages(passage_of(claim.mentions[0]), passage, claim),
                            f"Linked a passage of d{passage[0]} to claim {claim_label(claim_id)} (Edit → Undo takes it back)")

    def _claim_at(self, passage: tuple[int, int, int]) -> StoredClaim | None:
        """The lit claim a selected passage falls in, if any: linking it means linking that claim."""
        document, start, end = passage
        for claim in self.comparison.state.claims.values():
            if any(m.start < end and start < m.end for m in claim.mentions_in(document)):
                return claim
        return None

    def passage_carries(self, claim_id: int, passage: tuple[int, int, int]) -> BackgroundTask | None:
        """The researcher's word that a passage states the claim: it joins it, and a "does not carry" said of its
        article is lifted. In an article whose words state the claim already, the passage (in another language)
        is linked to them as their rendering."""
        claim = self.comparison.state.claims.get(claim_id)
        if claim is None or not claim.mentions:
            return None
        document, start, end = passage
        if claim.covers(passage):
            self.tell(f"That passage is already in claim {claim_label(claim_id)}")
            return None
        if claim.mentions_in(document):  # the article's own words state it: the passage renders them (a quoted tweet)
            return self.correct(operations.link_passages(passage_of(claim.mentions[0]), passage, claim),
                                f"d{document}: the passage at {start}-{end} renders claim {claim_label(claim_id)} (Edit → Undo takes it back)")
        return self.correct([operations.carries(claim, passage)],
                            f"d{document}: the passage at {start}-{end} carries claim {claim_label(claim_id)} (Edit → Undo takes it back)")

    def unlink_from_claim(self, claim_id: int, document_id: int) -> BackgroundTask | None:
        """This article does not carry the claim the other articles carry: none of its passages may join it, now
        or after any re-analysis (unlinking its mention alone let another passage of it take its place)."""
        claim = self.comparison.state.claims.get(claim_id)
        if claim is None or not claim.mentions_in(document_id):
            return None
        return self.correct([operations.not_carried(claim, document_id)],
                            f"d{document_id} does not carry claim {claim_label(claim_id)} (Edit → Undo takes it back)")

    def unlink_current_article(self) -> BackgroundTask | None:
        """The keyboard way to unlink: the article with the caret, from the selected claim."""
        claim_id, ids = self.comparison.selected_claim, self.comparison.document_ids
        current = self.comparison.current_document
        if claim_id is None or current not in ids:
            self.tell("Click in the article to take out of the selected claim first")
            return None
        return self.unlink_from_claim(claim_id, current)

    def edit_current_attribution(self) -> None:
        """Open the editor on the statement picked in the attribution panel; it requests the corrections."""
        statement = self.attributions.current_statement()
        if statement is None:
            self.tell("Pick a statement in the attribution panel to edit it")
            return
        self.attributions.edit_dialog(statement)
