"""Outlets (and missing dates) from the researcher's own file names: "nyt-2017-02-14.txt", "2058ec60_FOX.txt".

A folder of plain-text articles names its outlets only in the file names; setting them one outlet
at a time meant finding each outlet's files in the list. The dialog shows which word of the names
it reads (the researcher may pick another), each word with its files and an outlet to write for
it, and gives the documents with no date found the date their names hold. It only says what
changed, as `SetOutlet` and `SetDate` corrections: the window runs them, each file's own value is kept.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from viewer.analysis.corrections import Correction, SetDate, SetOutlet
from viewer.corpus import file_names, publication
from viewer.corpus.store import Corpus

SHOWN_FILES = 3  # file names a row names before it counts the rest
WORD, FILES, OUTLET = range(3)


class FileNameOutletsDialog(QDialog):
    """Which word of the file names is the outlet, and how each outlet is to be written."""

    def __init__(self, corpus: Corpus, document_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        documents = {d: corpus.document(d, with_text=False) for d in document_ids}
        self.names = {d: document.file_name for d, document in documents.items()}
        self._outlets = {d: document.outlet or "" for d, document in documents.items()}
        self.dates = {d: day for d, document in documents.items()
                      if document.published is None and (day := file_names.date_in(document.file_name))}
        self.readings = file_names.readings(self.names)
        self.setWindowTitle(f"Outlets from the names of {len(documents)} files")
        self.word = QComboBox()
        for reading in self.readings:
            words = ", ".join(f"{word} ({len(ds)})" for word, ds in reading.groups()[:SHOWN_FILES])
            self.word.addItem(f"{reading.describe()}: {words}")
        self.word.currentIndexChanged.connect(self._show_reading)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["In the names", "Files", "Outlet to set"])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WORD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Stretch)
        self.with_dates = QCheckBox(f"Also date the {_count(len(self.dates), 'document')} with no date found"
                                    " by the date the file name holds", checked=True)
        self.with_dates.setVisible(bool(self.dates))
        said = QLabel("Edit an outlet's name or clear it to leave those files as they are. What each file said"
                      " is kept: Restore, in a document's title, outlet and date, gives it back.")
        said.setWordWrap(True)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #AA3377")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow("Outlet is", self.word)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.table, 1)
        column.addWidget(self.with_dates)
        column.addWidget(said)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 640), 420)
        self._show_reading(0)

    def _show_reading(self, row: int) -> None:
        """One row a word, its files named, the outlet to write prefilled with the word as the names spell it."""
        groups = self.readings[row].groups() if 0 <= row < len(self.readings) else []
        self.groups = [documents for _word, documents in groups]
        self.table.setRowCount(len(groups))
        for r, (word, documents) in enumerate(groups):
            shown = ", ".join(self.names[d] for d in documents[:SHOWN_FILES])
            more = f" and {len(documents) - SHOWN_FILES} more" if len(documents) > SHOWN_FILES else ""
            for c, text in ((WORD, word), (FILES, f"{len(documents)}: {shown}{more}"), (OUTLET, word)):
                item = QTableWidgetItem(text)
                if c != OUTLET:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip("\n".join(self.names[d] for d in documents) if c == FILES else "")
                self.table.setItem(r, c, item)
        if not groups:
            self.error.setText("No word of these file names is made of letters: no outlet can be read from them.")
        self.ok.setEnabled(bool(groups) or bool(self.dates))

    def outlets(self) -> dict[int, str]:
        """Each document's outlet as the table now writes it (a cleared row: its files left out)."""
        out = {}
        for r, documents in enumerate(self.groups):
            typed = " ".join(self.table.item(r, OUTLET).text().split())
            out.update({d: typed for d in documents if typed})
        return out

    def corrections(self) -> list[Correction]:
        """A `SetOutlet` for each document whose outlet changes; a `SetDate` for each undated one, if asked."""
        steps: list[Correction] = [SetOutlet(d, o) for d, o in self.outlets().items() if self._outlets[d] != o]
        if self.with_dates.isChecked():
            steps += [SetDate(d, day) for d, day in self.dates.items()]
        return steps

    def _check_and_accept(self) -> None:
        for value in sorted(set(self.outlets().values())):
            try:
                publication.checked_value("outlet", value)
            except publication.InvalidCorrection as exc:
                self.error.setText(f"Outlet “{value}”: {exc}")
                return
        self.accept()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"
