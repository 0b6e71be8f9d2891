"""The attribution panel's copy key: who said what, as a researcher cites it.

Ctrl+C in the panel copied Qt's default, the statement cell alone, cut at 400 characters, with no speaker, article
or date (window39's walk). Ctrl+C, and the first entry of the panel's right-click menu, put each selected statement
on the clipboard cited whole (`provenance.statement_text`): its speaker as resolved, the cue, the words, the article
by title, outlet and date, and its relays. A selected speaker gives every statement the panel lists under them.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from viewer.analysis.store import StoredAttribution, StoredSpeaker
from viewer.jobs import counted
from viewer.provenance.statement_text import statements_cited

if TYPE_CHECKING:
    from viewer.ui.attribution_panel import AttributionPanel

COPY = "&Copy who said what"


class StatementsCopy:
    """Installs the copy action on the panel's tree and offers it to the panel's menu; ``tell`` says what was copied."""

    def __init__(self, panel: AttributionPanel, tell: Callable[[str], None] = lambda line: None) -> None:
        self.panel = panel
        self.tell = tell
        self.action = QAction(COPY, panel.view, shortcut=QKeySequence.StandardKey.Copy,
                              shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        self.action.setToolTip("Each selected statement (or all of a selected speaker's) with its speaker, cue, "
                               "article, date and relays")
        self.action.triggered.connect(self.copy)
        panel.view.addAction(self.action)
        panel.copy_action = self.action

    def chosen(self) -> list[tuple[StoredAttribution, StoredSpeaker | None]]:
        """The selected statements in the tree's order, a selected speaker's all of them, each with its speaker."""
        view, model = self.panel.view, self.panel.model
        rows = view.selectionModel().selectedRows() or ([view.currentIndex()] if view.currentIndex().isValid() else [])
        found: dict[int, tuple[StoredAttribution, StoredSpeaker | None]] = {}
        for index in sorted(rows, key=_tree_order):
            if (statement := model.statement(index)) is not None:
                found.setdefault(statement.id, (statement, _resolved(model.speaker(index.parent()))))
            elif (speaker := model.speaker(index)) is not None:
                for statement in model.statements_of(speaker):
                    found.setdefault(statement.id, (statement, _resolved(speaker)))
        return list(found.values())

    def copy(self) -> str:
        """The chosen statements on the clipboard; what was copied comes back."""
        corpus = self.panel.corpus
        chosen = self.chosen()
        if corpus is None or not chosen:
            self.tell("Select a statement or a speaker to copy who said what")
            return ""
        text = statements_cited(corpus, chosen)
        QGuiApplication.clipboard().setText(text)
        speakers = {speaker.name if speaker else statement.shown_speaker for statement, speaker in chosen}
        sources = {statement.document_id for statement, _speaker in chosen}
        self.tell(f"Copied {counted(len(chosen), 'statement')} of {counted(len(speakers), 'speaker')} "
                  f"in {counted(len(sources), 'source')}, each with its article and date")
        return text


def _resolved(speaker: StoredSpeaker | None) -> StoredSpeaker | None:
    """The corpus's speaker; None for the row of unnamed sources, whose statements name their own ("unnamed: police")."""
    return speaker if speaker is not None and speaker.id else None


def _tree_order(index: QModelIndex) -> tuple[int, int]:
    return (index.parent().row(), index.row()) if index.parent().isValid() else (index.row(), -1)
