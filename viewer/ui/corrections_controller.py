"""The researcher's correction gestures (link, unlink, edit an attribution) turned into corrections.

The window runs them through `MainWindow.correct` (one background task at a time) and reacts to
what they changed in its one `_on_operation_did_change` handler.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.analysis import operations
from viewer.analysis.corrections import Link
from viewer.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class CorrectionsController:
    """What a gesture in the articles or the attribution panel means as corrections."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.comparison = window.comparison
        self.comparison.unlink_requested.connect(self.unlink_from_claim)

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def link_selected_passages(self) -> BackgroundTask | None:
        """The two passages selected in two articles state the same claim."""
        passages = self.comparison.selected_passages()
        if len(passages) != 2:
            self._tell("Select a passage in one article and a passage in another, then link them")
            return None
        a, b = passages
        return self.window.correct([Link(a, b)], f"Linked a passage of d{a[0]} to one of d{b[0]}")

    def unlink_from_claim(self, claim_id: int, document_id: int) -> BackgroundTask | None:
        """This article's mention is not the claim the other articles carry."""
        claim = self.comparison.state.claims.get(claim_id)
        if claim is None:
            return None
        return self.window.correct(operations.unlink_source(claim, document_id),
                                   f"Took d{document_id} out of claim [{claim_id}]")

    def unlink_current_article(self) -> BackgroundTask | None:
        """The keyboard way to unlink: the article with the caret, from the selected claim."""
        claim_id, ids = self.comparison.selected_claim, self.comparison.document_ids
        current = self.comparison.current_document
        if claim_id is None or current not in ids:
            self._tell("Click in the article to take out of the selected claim first")
            return None
        return self.unlink_from_claim(claim_id, current)

    def edit_current_attribution(self) -> None:
        """Open the editor on the statement picked in the attribution panel; it requests the corrections."""
        panel = self.window.attribution_panel
        statement = panel.model.statement(panel.view.currentIndex())
        if statement is None:
            self._tell("Pick a statement in the attribution panel to edit it")
            return
        panel.edit_dialog(statement)
