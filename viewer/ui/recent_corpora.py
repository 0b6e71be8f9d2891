"""The corpora opened last: remembered in the settings, offered in File → Open recent."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

LIMIT = 8


class RecentCorpora:
    """Keeps the list in ``settings`` and the ``menu`` in step with it; choosing an entry calls ``open``."""

    def __init__(self, settings: QSettings, menu: QMenu, open: Callable[[str], None]) -> None:
        self.settings = settings
        self.menu = menu
        self.open = open
        self.fill_menu()

    def paths(self) -> list[str]:
        """Most recent first."""
        value = self.settings.value("corpus/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def remember(self, path: Path) -> None:
        """This corpus was opened: first in the list, and the one to open next time."""
        resolved = str(path.resolve())
        recent = [resolved] + [p for p in self.paths() if p != resolved]
        self.settings.setValue("corpus/last", resolved)
        self.settings.setValue("corpus/recent", recent[:LIMIT])
        self.fill_menu()

    def fill_menu(self) -> None:
        self.menu.clear()
        for path in self.paths():
            self.menu.addAction(Path(path).name, lambda path=path: self.open(path)).setToolTip(path)
        self.menu.setEnabled(not self.menu.isEmpty())
