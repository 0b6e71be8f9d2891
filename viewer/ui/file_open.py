"""Files the operating system asks the running application to open (macOS Finder, Dock, "Open With")."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class FileOpenFilter(QObject):
    """Turns a `QFileOpenEvent` on the application into opening that corpus in the window."""

    def __init__(self, open_corpus: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_corpus = open_corpus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path:
                self._open_corpus(path)
                return True
        return False
