"""The status bar's message, kept readable when it is long.

Qt draws a status message in the room its permanent widgets leave and cuts it there without a mark: after an import
of a folder at 1366 px the line "Imported 34 documents; skipped 2, failed 2 files… 16 of them name no outlet; their
file names repeat “mysanantonio”, “nydailynews”: Edit → Outlets from file names… sets them at once." stopped at the
document count beside it, and the step it was there to name was never seen. While a message needs the room, the
corpus summary (which says nothing that changes meanwhile) steps aside; the whole message is the bar's tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QSizeGrip, QStatusBar, QWidget


class StatusLine(QObject):
    """Watches one status bar's messages and makes room for a long one."""

    def __init__(self, bar: QStatusBar, summary: QLabel) -> None:
        super().__init__(bar)
        self.bar, self.summary = bar, summary
        bar.messageChanged.connect(self._on_message_did_change)

    def _on_message_did_change(self, message: str) -> None:
        self.bar.setToolTip(message)
        self.summary.setVisible(not message or self._fits(message))

    def _fits(self, message: str) -> bool:
        """Whether the message fits beside the summary (and every other permanent widget shown)."""
        others = sum(w.sizeHint().width() for w in self.bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                     if w.isVisible() and w is not self.summary and not isinstance(w, QSizeGrip))
        room = self.bar.width() - self.summary.sizeHint().width() - others - 40  # the bar's margins and spacing
        return self.bar.fontMetrics().horizontalAdvance(message) <= room
