"""Correct a document's title, outlet or date, seeing where each came from and what the file said;
or give several documents one outlet at once.

The dialogs only say what the researcher changed, as corrections (`SetTitle`, `SetOutlet`,
`SetDate`, `Restore`); the window runs them like any other, and the original stays in the corpus.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from viewer.analysis.corrections import Correction, Restore, SetDate, SetOutlet, SetTitle
from viewer.corpus import publication
from viewer.corpus.dating import Dating
from viewer.corpus.store import Corpus, Document
from viewer.provenance.wording import FLAG_WORDS, NO_OUTLET, conflict_label, date_label

TITLE_CHARS = 70  # the title box widens to show this much of a title before it scrolls
OUTLET_CHARS = 36  # "Deutsche Presse-Agentur" and the like whole, in the outlet box for several documents
FIELDS = (("title", "Title", SetTitle), ("outlet", "Outlet", SetOutlet), ("published", "Date", SetDate))


class DocumentDetailsDialog(QDialog):
    """Title, outlet and date of one document, editable; where they came from, read-only."""

    def __init__(self, corpus: Corpus, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id = document_id
        self.setWindowTitle(f"Title, outlet and date of d{document_id}")
        document = corpus.document(document_id, with_text=False)
        self.dating = publication.dating(corpus, document_id)
        self.fixes = publication.corrections_of(corpus, document_id)
        self.restored: set[str] = set()
        self.edits: dict[str, QLineEdit] = {}
        self.originals: dict[str, QLabel] = {}
        form = QFormLayout()
        for field, label, _kind in FIELDS:
            value = getattr(document, field) or ""
            edit = QLineEdit(value)
            edit.setPlaceholderText(_date_hint(self.dating) if field == "published" else "")
            edit.setCursorPosition(0)  # a long title shows its beginning, not "…shot in Kent drive-by, police say"
            if field == "title":  # room for a headline: the dialog opened 260 px wide, a title cut to its last words
                metrics = edit.fontMetrics()
                widest = max(metrics.horizontalAdvance(value), metrics.horizontalAdvance(document.stored_title or ""))
                edit.setMinimumWidth(min(widest + 16, metrics.averageCharWidth() * TITLE_CHARS))  # the stored one below
            self.edits[field] = edit
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            if field in self.fixes:
                restore = QPushButton("Restore")
                restore.setToolTip("Give it back the value the file had")
                restore.clicked.connect(lambda _=False, f=field: self._restore(f))
                row.addWidget(restore)
            form.addRow(label, row)
            if field == "title":
                self.stored_title = _stored_title_label(document)
                form.addRow("", self.stored_title)
            original = QLabel(self._original_words(field))
            original.setWordWrap(True)
            self.originals[field] = original
            form.addRow("", original)
        self.where = QLabel(self._where_words())
        self.where.setWordWrap(True)
        self.error = _error_label()
        buttons = _ok_cancel(self, self._check_and_accept)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.where)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self._stored = {field: getattr(document, field) or "" for field, _l, _k in FIELDS}

    def _original_words(self, field: str) -> str:
        fix = self.fixes.get(field)
        if fix is None:
            return ""
        return f"Corrected {fix.corrected_at[:10]}; the file said: {fix.original or '(nothing)'}"

    def _where_words(self) -> str:
        d = self.dating
        lines = [f"Date used: {date_label(d)} — {d.explanation}"]
        if d.conflicts:
            lines.append(f"Dates disagree: {conflict_label(d)}")
        flags = [FLAG_WORDS[f] for f in d.flags if f in ("future", "before-1900", "unreadable")]
        if flags:
            lines.append("Check: " + "; ".join(flags))
        if d.outlet:
            corrected = d.outlet_from == "correction" or self.fixes.get("outlet") is not None  # dated by an older version
            said = "your correction" if corrected else f"the {d.outlet_from}"
            lines.append(f"Outlet from {said}: {d.outlet}")
        named = [f"{name} ({source})" for source, name in d.outlets if name != d.outlet]
        if named:
            lines.append("Also named: " + ", ".join(named))
        return "\n".join(lines)

    def _restore(self, field: str) -> None:
        self.restored.add(field)
        self.edits[field].setText(self.fixes[field].original or "")
        self.originals[field].setText("Will be restored to what the file said")

    def corrections(self) -> list[Correction]:
        """What the researcher changed, in words the correction job understands."""
        out: list[Correction] = []
        for field, _label, kind in FIELDS:
            if field in self.restored:
                out.append(Restore(self.document_id, field))
                continue
            typed = self.edits[field].text().strip()
            if typed and typed != self._stored[field]:
                out.append(kind(self.document_id, typed))
        return out

    def _check_and_accept(self) -> None:
        for field, label, _kind in FIELDS:
            typed = self.edits[field].text().strip()
            if field in self.restored or not typed or typed == self._stored[field]:
                continue
            try:
                publication.checked_value(field, typed)
            except publication.InvalidCorrection as exc:
                self.error.setText(f"{label}: {exc}")
                self.edits[field].setFocus()
                return
        self.accept()


class OutletDialog(QDialog):
    """One outlet for several documents: a folder of one outlet's files that name none (or name
    the agency they carry) is corrected in one step, each document keeping its original."""

    def __init__(self, corpus: Corpus, document_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_ids = list(document_ids)
        self._stored = {d: corpus.document(d, with_text=False).outlet or "" for d in self.document_ids}
        self.setWindowTitle(f"Outlet of {len(self.document_ids)} documents")
        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet.addItems(publication.outlet_names(corpus))
        values = set(self._stored.values())
        self.outlet.setCurrentText(values.pop() if len(values) == 1 else "")
        self.outlet.lineEdit().setPlaceholderText("e.g. Reuters")
        self.outlet.setMinimumWidth(self.outlet.fontMetrics().averageCharWidth() * OUTLET_CHARS)
        said = QLabel(f"Now: {_tally(self._stored.values())}.\nWhat each file said is kept: Restore, in a document's"
                      " title, outlet and date, gives it back.")
        said.setWordWrap(True)
        self.error = _error_label()
        buttons = _ok_cancel(self, self._check_and_accept)
        form = QFormLayout()
        form.addRow("Outlet", self.outlet)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(said)
        column.addWidget(self.error)
        column.addWidget(buttons)

    def corrections(self) -> list[Correction]:
        """A `SetOutlet` for each document that does not have this outlet already."""
        typed = " ".join(self.outlet.currentText().split())
        return [SetOutlet(d, typed) for d in self.document_ids if self._stored[d] != typed]

    def _check_and_accept(self) -> None:
        try:
            publication.checked_value("outlet", self.outlet.currentText())
        except publication.InvalidCorrection as exc:
            self.error.setText(f"Outlet: {exc}")
            self.outlet.setFocus()
            return
        self.accept()


class _Asking(Protocol):
    """A dialog that says, once accepted, what the researcher changed as corrections."""

    accepted: Any

    def corrections(self) -> list[Correction]: ...

    def open(self) -> None: ...


Asked = TypeVar("Asked", bound=_Asking)


def _stored_title_label(document: Document) -> QLabel:
    """The title as the corpus keeps it, under the shown one the box holds: the list and reports leave out the site's
    name after it (`shown_titles`), and a researcher correcting the title sees what the file said, which stays."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if document.stored_title and document.stored_title != document.title:
        label.setText(f"Stored as: {document.stored_title}\n(shown without the site’s name after it)")
    label.setVisible(bool(label.text()))
    return label


def _date_hint(dating: Dating) -> str:
    """What the empty date box asks for: of a document nothing dates, a date by hand (a file that names none was
    shown an example date alone, as if one were missing from a form)."""
    example = "2022-04-13 or 13 April 2022"
    return f"No date found: type one ({example})" if dating.undated else example


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #AA3377")
    label.setWordWrap(True)
    return label


def _ok_cancel(dialog: QDialog, check_and_accept: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(check_and_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _tally(outlets: Iterable[str]) -> str:
    """"Reuters (3), no outlet (9)": what the chosen documents say now, most common first."""
    counts = Counter(outlet or NO_OUTLET for outlet in outlets)
    return ", ".join(f"{name} ({n})" for name, n in counts.most_common())


def ask(dialog: Asked, request: Callable[[list[Correction], str], None], summary: str) -> Asked:
    """Open the dialog; on OK, what it changed goes to ``request`` (the panel's corrections_requested)."""
    def accepted() -> None:
        steps = dialog.corrections()
        if steps:
            request(steps, summary)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
