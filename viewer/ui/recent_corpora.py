"""The corpora opened last: remembered in the settings, offered in File → Open recent, each with
the articles that were open side by side in it and the claim selected, to reopen where the
researcher left off."""
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

    def remember_comparison(self, path: Path, documents: list[int], claim: int | None) -> None:
        """What was open in this corpus when the researcher left it (kept for the recent corpora only)."""
        resolved = str(path.resolve())
        kept = {p: entry for p, entry in self._comparisons().items() if p != resolved and p in self.paths()}
        kept[resolved] = ",".join(f"d{d}" for d in documents) + (f";c{claim}" if claim is not None else "")
        self.settings.setValue("corpus/comparisons", [f"{p}\t{entry}" for p, entry in kept.items()])

    def comparison(self, path: Path) -> tuple[list[int], int | None]:
        """The articles open and the claim selected when this corpus was left: ([], None) when none."""
        entry = self._comparisons().get(str(path.resolve()), "")
        documents, _, claim = entry.partition(";")
        ids = [int(d[1:]) for d in documents.split(",") if d[1:].isdigit()]
        return ids, int(claim[1:]) if claim[1:].isdigit() else None

    def _comparisons(self) -> dict[str, str]:
        value = self.settings.value("corpus/comparisons", [])
        lines = [value] if isinstance(value, str) else list(value or [])
        return dict(line.split("\t", 1) for line in lines if "\t" in line)

    def fill_menu(self) -> None:
        self.menu.clear()
        for path in self.paths():
            self.menu.addAction(Path(path).name, lambda path=path: self.open(path)).setToolTip(path)
        self.menu.setEnabled(not self.menu.isEmpty())
