"""The corpus's tags with how many documents, claims and statements carry each; pick one to list
what it is on, rename one, or merge it into another (the codebook of a qualitative coder)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from viewer.corpus import notes
from viewer.corpus.store import Corpus, CorpusError

RENAME_PATIENCE_S = 2.0  # a rename runs on the window's thread: wait this long for another writer, then say so
ROWS_SHOWN = 5  # the list is as tall as its tags up to this many, then scrolls: the note above keeps the room
NONE_YET = "Tags: none yet in this corpus. Tick one above or type your own, then save."


class TagListPanel(QWidget):
    tag_chosen = Signal(str)  # list every target carrying this tag
    tags_did_change = Signal()  # a rename or merge was stored

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus: Corpus | None = None
        self.list = QListWidget()
        self.list.setToolTip("Pick a tag to list everything that carries it")
        self.list.currentItemChanged.connect(self._on_current_item_did_change)
        self.list.itemActivated.connect(lambda item: self.tag_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.rename_button = QPushButton("Rename or merge…")
        self.rename_button.setToolTip("Give the chosen tag another name; naming a tag the corpus has merges the two")
        self.rename_button.clicked.connect(self.ask_rename)
        self.rename_button.setEnabled(False)
        self.dialog: QInputDialog | None = None
        self.failure_box: QMessageBox | None = None
        self.title = QLabel("Tags")
        self.none_yet = QLabel(NONE_YET, wordWrap=True)
        self.none_yet.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.none_yet)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        self.reload()

    def reload(self) -> None:
        """Re-read the tags and their counts, keeping the chosen tag chosen while it exists."""
        chosen = self.chosen()
        self.list.blockSignals(True)
        self.list.clear()
        for count in notes.tag_counts(self.corpus) if self.corpus is not None else ():
            item = QListWidgetItem(f"{count.tag} — {count.described()}")
            item.setData(Qt.ItemDataRole.UserRole, count.tag)
            self.list.addItem(item)
            if count.tag == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._fit_rows()
        self._refresh_button()

    def _fit_rows(self) -> None:
        """An empty list says how tags are made rather than show an empty box, and a short one is as tall as its
        rows: at 1280×800 an empty tag box took 90 px of the notes dock, whose note then showed four lines."""
        count = self.list.count()
        for widget in (self.title, self.rename_button, self.list):
            widget.setVisible(count > 0)
        self.none_yet.setVisible(count == 0)
        rows = max(1, min(count, ROWS_SHOWN))
        row = self.list.sizeHintForRow(0) if count else self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 2)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, tag: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == tag:
                self.list.setCurrentRow(row)
                return

    def _on_current_item_did_change(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._refresh_button()
        if item is not None:
            self.tag_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _refresh_button(self) -> None:
        writable = self.corpus is not None and not self.corpus.read_only
        self.rename_button.setEnabled(writable and self.chosen() is not None)
        self.rename_button.setToolTip(
            "The corpus is read-only: tags cannot be renamed in it" if self.corpus is not None and self.corpus.read_only
            else "Give the chosen tag another name; naming a tag the corpus has merges the two")

    def ask_rename(self) -> None:
        old = self.chosen()
        if old is None:
            return
        self.dialog = QInputDialog(self)
        self.dialog.setWindowTitle("Rename or merge a tag")
        self.dialog.setLabelText(f"New name for “{old}” (a tag the corpus has already merges the two):")
        self.dialog.setTextValue(old)
        self.dialog.textValueSelected.connect(lambda new: self.rename(old, new))
        self.dialog.open()

    def rename(self, old: str, new: str) -> str | None:
        """Store the rename; a refusal (a bad name, another writer) is shown and changes nothing."""
        try:
            with self.corpus.waiting_at_most(RENAME_PATIENCE_S):
                stored, _count = notes.rename_tag(self.corpus, old, new)
        except (CorpusError, notes.BadTag) as exc:
            self.failure_box = QMessageBox(QMessageBox.Icon.Warning, "Tag not renamed", str(exc), parent=self)
            self.failure_box.open()
            return None
        self.reload()
        self.choose(stored)
        self.tags_did_change.emit()
        return stored
