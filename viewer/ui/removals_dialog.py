"""Edit → Removed documents…: the removals the corpus keeps, one row each, to bring back or forget one at a time.

The window could only forget every kept removal at once, and bring back only the last through Edit → Undo; the CLI
could pick one by number. The list holds the removals' numbers and reads each row from the corpus when it is shown
(its documents' titles, outlets, when, how much of the file it keeps); the buttons ask `CorpusJobs`, which runs the
same operations as `provenance removed --restore/--forget` with the same refusals.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from viewer.corpus.disk import size_said
from viewer.corpus.removal import KeptSummary, kept_removal_ids, kept_summary
from viewer.corpus.store import Corpus

COLUMNS = ("Documents", "Outlet", "Removed", "Kept")
EMPTY = "This corpus keeps no removed documents (none removed, or all brought back or forgotten)."


class RemovalsModel(QAbstractTableModel):
    """The kept removals of one corpus: their numbers, and each row read from the corpus the first time it is shown."""

    def __init__(self, corpus: Corpus, parent=None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.ids: list[int] = kept_removal_ids(corpus)
        self._rows: dict[int, KeptSummary | None] = {}

    def reload(self) -> None:
        """A removal brought back, forgotten or made since: the numbers are read again and every row goes stale."""
        self.beginResetModel()
        self.ids = kept_removal_ids(self.corpus)
        self._rows.clear()
        self.endResetModel()

    def removal_id(self, row: int) -> int:
        return self.ids[row]

    def summary(self, row: int) -> KeptSummary | None:
        removal_id = self.ids[row]
        if removal_id not in self._rows:
            self._rows[removal_id] = kept_summary(self.corpus, removal_id)
        return self._rows[removal_id]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        kept = self.summary(index.row())
        if kept is None:  # gone since the list was read (the CLI brought it back): said, until the next reload
            return "(no longer kept)" if index.column() == 0 else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{r.named()}\n    {r.source_path}" for r in kept.documents) + f"\nRemoval {kept.id}"
        column = index.column()
        if column == 0:
            return kept.named()
        if column == 1:
            return ", ".join(kept.outlets) or "—"
        if column == 2:
            return kept.removed_at.replace("T", " ")[:16]
        return size_said(kept.size)


class RemovalsDialog(QDialog):
    """The kept removals, with Bring back and Forget… for the selected ones; the corpus is changed by the window's
    jobs (`bring_back_requested`, `forget_requested`), and the list is read again when one finishes."""

    bring_back_requested = Signal(list)  # removal numbers
    forget_requested = Signal(list)

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Removed documents")
        self.setObjectName("removals-dialog")
        self.resize(860, 360)
        self.read_only = corpus.read_only
        self.model = RemovalsModel(corpus, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(EMPTY)
        about = QLabel("A removal keeps its documents' text, notes, tags, corrections and analysis in the corpus file so"
                       " it can be brought back. Bring back puts them back under their ids and relinks; Forget deletes"
                       " them from the file for good.")
        about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.bring_back_button = QPushButton("&Bring back")
        self.bring_back_button.setToolTip("Put the selected removals' documents back, with their notes, tags,"
                                          " corrections and analysis, and relink the claims")
        self.forget_button = QPushButton("&Forget…")
        self.forget_button.setToolTip("Delete what the selected removals keep from the corpus file for good (asked"
                                      " first)")
        buttons.addButton(self.bring_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.bring_back_button.clicked.connect(lambda: self.bring_back_requested.emit(self.selected()))
        self.forget_button.clicked.connect(lambda: self.forget_requested.emit(self.selected()))
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.busy = False
        self._update()

    def selected(self) -> list[int]:
        """The numbers of the selected removals, in the list's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.removal_id(row) for row in rows]

    def set_busy(self, busy: bool) -> None:
        """The window's runner is running a job: the buttons wait for it."""
        self.busy = busy
        self._update()

    def reload(self) -> None:
        self.model.reload()

    def _update(self, *_why) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        can = chosen and not self.busy and not self.read_only
        self.bring_back_button.setEnabled(can)
        self.forget_button.setEnabled(can)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        why = "the corpus is read-only" if self.read_only else "another job is running" if self.busy else ""
        for button in (self.bring_back_button, self.forget_button):
            button.setStatusTip(why)
