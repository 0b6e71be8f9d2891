"""Keyboard reach: the Ctrl+1…5 jumps to each part of the window, and a Tab order that reads like the window."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class KeyboardFocus:
    """Moves the focus between the window's parts, showing a dock that was closed or tabbed away."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _dock(self, name: str, widget: QWidget) -> None:
        dock = self.window.docks[name]
        dock.show()
        dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search(self) -> None:
        """Find documents: straight into the corpus search box."""
        self.window.docks["documents"].show()
        self.window.browser.search_box.setFocus()

    def documents(self) -> None:
        self._dock("documents", self.window.browser.view)

    def articles(self) -> None:
        """The article with the caret, or the first one open."""
        comparison = self.window.comparison
        ids = comparison.document_ids
        if ids:
            current = comparison.current_document
            comparison.pane(current if current in ids else ids[0]).text_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def attributions(self) -> None:
        self._dock("attributions", self.window.attribution_panel.view)

    def claims(self) -> None:
        self._dock("claims", self.window.claims_panel.view)

    def notes(self) -> None:
        self._dock("notes", self.window.notes_panel.editor)

    def update_tab_order(self) -> None:
        """Tab walks the window as it reads: browser → articles left to right → attributions, notes → claims."""
        w = self.window
        b, a, n, c = w.browser, w.attribution_panel, w.notes_panel, w.claims_panel
        chain = [b.search_box, b.outlet, b.date_from, b.date_to, b.view,
                 *(pane.text_view for pane in w.comparison.panes),
                 a.search_box, a.scope, a.view, n.editor, n.free_tags, n.save_button, n.search_box, n.hits,
                 c.filter_box, c.scope, c.link_button, c.unlink_button, c.view]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
