"""Opening a corpus file in the window (New, Open, a recent one, a dropped or double-clicked file):
a refusal explained, foreign objects removed only on consent.

A corpus that cannot be written (read-only file or folder) opens for reading and says so; one
holding triggers, views or tables Provenance Viewer did not create is not opened until the
researcher has read what they are and chosen to remove them.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from viewer.corpus import creating, remarking
from viewer.corpus.connection import writable
from viewer.corpus.store import Corpus, CorpusError, ForeignObjectsError
from viewer.jobs import Cancelled, Parts, unheard

NOT_OPENED = ("Opening was cancelled while its page junk was being marked again: the corpus is as it was, and is"
              " marked when next opened")


def open_for_viewing(path: str | Path, strip_foreign: bool = False, marking: Parts = unheard) -> Corpus:
    """An existing corpus, read-only (and marked so) when the file or its folder cannot be written."""
    path = Path(path)
    return Corpus(path, create=False, read_only=not writable(path), strip_foreign=strip_foreign, marking=marking)


class MarkingProgress:
    """A bar over the window while an opening corpus has its page junk marked again (`remarking`: a corpus imported
    under older boilerplate rules; seconds for a large one), shown from its first document, closed with the opening.
    Its Cancel leaves the corpus unopened and as it was."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int, noun: str) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog("", "Cancel", 0, max(total, 1), self.parent)
            self.dialog.setWindowTitle("Opening the corpus")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
        if self.dialog.wasCanceled():
            raise Cancelled(NOT_OPENED)
        self.dialog.setLabelText(remarking.said(done, total, noun))
        self.dialog.setValue(done)  # a window-modal bar draws itself here

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None


class CorpusOpening:
    """Opens corpora for a window; ``opened(corpus)`` receives each one that opened."""

    def __init__(self, parent: QWidget, opened: Callable[[Corpus], None]) -> None:
        self.parent = parent
        self.opened = opened
        self.question: QMessageBox | None = None
        self.failure_box: QMessageBox | None = None
        self.marking = MarkingProgress(parent)

    def new_corpus(self) -> None:
        """File → New: an empty corpus where the researcher says, opened at once."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        proposed = str(Path(documents) / "Untitled.corpus") if documents else ""
        path, _ = QFileDialog.getSaveFileName(self.parent, "New corpus", proposed, "Provenance corpus (*.corpus)")
        if path:
            path = path if path.endswith(".corpus") else path + ".corpus"
            try:
                creating.create(Path(path), lambda corpus: None)  # whole or not at all; one already there is opened
            except CorpusError as exc:
                self.show_error(str(exc), "Cannot make the corpus")
                return
            self.open(path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Open corpus", "", "Provenance corpus (*.corpus);;All files (*)")
        if path:
            self.open(path)

    def open(self, path: str | Path, strip_foreign: bool = False) -> None:
        error = self.try_open(path, strip_foreign)
        if error is not None:
            self.explain(error)

    def try_open(self, path: str | Path, strip_foreign: bool = False) -> CorpusError | None:
        """Open ``path`` without asking anything; the refusal, if any, is returned for `explain`."""
        self.marking = MarkingProgress(self.parent)
        try:
            corpus = open_for_viewing(path, strip_foreign, self.marking)
        except CorpusError as exc:
            return exc
        except Cancelled as exc:
            return CorpusError(str(exc))
        finally:
            self.marking.close()
        self.opened(corpus)
        return None

    def explain(self, error: CorpusError) -> None:
        """Why a corpus did not open; for removable foreign objects, ask whether to remove them."""
        if isinstance(error, ForeignObjectsError) and error.findings.strippable:
            self._ask_to_strip(error.path, error)
        else:
            self.show_error(str(error))

    def show_error(self, message: str, title: str = "Cannot open the corpus") -> None:
        """Why a file is not a corpus we can open or make (CorpusError's words), never a traceback."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    def _ask_to_strip(self, path: Path, error: ForeignObjectsError) -> None:
        listing = "\n".join(f"• {line}" for line in error.findings.listing())
        box = QMessageBox(
            QMessageBox.Icon.Warning, "The corpus holds foreign objects",
            f"{path.name} holds things Provenance Viewer did not create, so it was not opened. Nothing in it"
            f" ran or changed.\n\n{listing}\n\nRemove them and open the corpus? This changes the file:"
            " keep a copy if you need them.",
            parent=self.parent,
        )
        box.setDetailedText(str(error))
        remove = box.addButton("Remove and open", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is remove and self.open(path, strip_foreign=True))
        box.open()
        self.question = box
