"""The claims table's copy key and context menu.

Ctrl+C in the table copied the one cell under the caret, a label cut to its column ("… accidentally shot and…"),
and a right-click did nothing. A researcher copies a claim to quote it with its sources: Ctrl+C (and the menu's
first entry) copies each selected claim whole, each source's wording named and dated, the compared articles with
no passage linked to it, and the discrepancies (`provenance.claim_text`). The menu also offers what the buttons
above the table do, for the claim under the pointer; an article pane's menu copies the lit claim under it
(`copy_claim`).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.analysis import store
from viewer.analysis.store import StoredClaim
from viewer.jobs import counted
from viewer.provenance.claim_text import claims_with_sources
from viewer.provenance.wording import claim_label

if TYPE_CHECKING:
    from viewer.ui.claims_panel import ClaimsPanel

COPY = "&Copy claim with its sources"


class ClaimsMenu:
    """Installs the copy action on the panel's table and answers its right-click; ``tell`` says what was copied."""

    def __init__(self, panel: ClaimsPanel, tell: Callable[[str], None] = lambda line: None) -> None:
        self.panel = panel
        self.tell = tell
        self.shown: QMenu | None = None  # the menu last opened, kept so it is not collected while shown
        self.copy_action = QAction(COPY, panel.view, shortcut=QKeySequence.StandardKey.Copy,
                                   shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy)
        panel.view.addAction(self.copy_action)
        panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.view.customContextMenuRequested.connect(self._menu)

    def copy(self) -> str:
        """The selected claims (or the current one) on the clipboard as text; what was copied comes back."""
        panel = self.panel
        claims = panel.selected_claims()
        current = panel.view.currentIndex()
        if not claims and current.isValid():
            claims = [panel.model.claim(panel.proxy.mapToSource(current).row())]
        return self._copied(claims)

    def copy_claim(self, claim_id: int) -> str:
        """One claim, as a pane's menu asks for the claim under the pointer."""
        corpus = self.panel.model.corpus
        return self._copied(list(store.claims(corpus, [claim_id])) if corpus is not None else [])

    def _copied(self, claims: list[StoredClaim]) -> str:
        panel = self.panel
        if not claims or panel.model.corpus is None:
            self.tell("Select a claim to copy it with its sources")
            return ""
        text = claims_with_sources(panel.model.corpus, claims, panel.model.documents)
        QGuiApplication.clipboard().setText(text)
        sources = len({m.document for claim in claims for m in claim.mentions})
        self.tell(f"Copied {counted(len(claims), 'claim')} with {counted(sources, 'source')}: "
                  + ", ".join(claim_label(claim.id) for claim in claims[:8]) + (" …" if len(claims) > 8 else ""))
        return text

    def _menu(self, point: QPoint) -> None:
        panel = self.panel
        index = panel.view.indexAt(point)
        if not index.isValid():
            return
        if not panel.view.selectionModel().isRowSelected(index.row(), index.parent()):
            panel.view.selectRow(index.row())  # the claim under the pointer, as a file manager's menu does
        menu = QMenu(panel.view)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        chosen = len(panel.selected_claims())
        menu.addAction("Show in the articles", lambda: panel.view.activated.emit(index))
        link = menu.addAction("&Link the two selected claims", panel.link_selected)
        link.setEnabled(chosen == 2)
        at = panel.view.viewport().mapToGlobal(point)
        unlink = menu.addAction("&Unlink a source…", lambda: panel.unlink_menu(at))
        unlink.setEnabled(chosen == 1)
        menu.popup(at)
        self.shown = menu
