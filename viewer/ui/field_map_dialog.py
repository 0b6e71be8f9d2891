"""Which field of a record file holds the article text (and title, date, outlet…): the window's
`--map`. A news database's CSV names its text "content" or "body"; without this its records could
not be imported from the window at all."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

NONE = "(none)"
CHOOSE = "Choose…"
ROLES = (("title", "Title"), ("published", "Date"), ("outlet", "Outlet"), ("author", "Author"), ("url", "URL"),
         ("language", "Language"))


class FieldMapDialog(QDialog):
    """One choice per field of the corpus: which of the file's own fields fills it."""

    def __init__(self, files: Sequence[str], fields: Sequence[str], others: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = list(files)
        names = ", ".join(Path(f).name for f in self.files)
        self.setWindowTitle(f"Import {names}")
        said = QLabel(f"Records of {names} have no “text” field (their fields: {', '.join(fields)}), so they were"
                      " not imported. Which field holds each article's text? The others are optional.")
        said.setWordWrap(True)
        self.text = QComboBox()
        self.text.addItems([CHOOSE, *fields])
        self.text.currentIndexChanged.connect(self._on_text_did_change)
        self.roles: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow("Text", self.text)
        for role, label in ROLES:
            box = QComboBox()
            box.addItems([NONE, *fields])
            self.roles[role] = box
            form.addRow(label, box)
        column = QVBoxLayout(self)
        column.addWidget(said)
        column.addLayout(form)
        if others:
            later = QLabel("Other record files without a “text” field, whose fields differ: "
                           f"{', '.join(Path(f).name for f in others)}. Import them again to choose theirs.")
            later.setWordWrap(True)
            column.addWidget(later)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._on_text_did_change()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # the question on three lines, not eight

    def _on_text_did_change(self, *_index) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.text.currentIndex() > 0)

    def field_map(self) -> dict[str, str]:
        """As `provenance import --map` takes it: {"text": "content", "title": "headline", …}."""
        chosen = {"text": self.text.currentText()}
        chosen.update({role: box.currentText() for role, box in self.roles.items() if box.currentIndex() > 0})
        return chosen


def unmapped_groups(textless: Sequence[tuple[str, list[str]]]) -> list[tuple[list[str], list[str]]]:
    """Files without a text field grouped by the fields they hold, so one choice serves a folder of alike exports."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for path, fields in textless:
        groups.setdefault(tuple(fields), []).append(path)
    return [(paths, list(fields)) for fields, paths in groups.items()]
