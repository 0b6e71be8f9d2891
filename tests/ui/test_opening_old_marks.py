"""A corpus imported under older boilerplate rules opens from the window with a bar over it while its page junk is
marked again, and a Cancel there leaves it unopened and as it was (tests/corpus/test_remarking.py has the marks)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QProgressDialog

from viewer.corpus import remarking
from viewer.ui import corpus_opening
from viewer.ui.main_window import MainWindow

OLD = Path(__file__).parent.parent / "data" / "schema-18-old-marks.corpus"


def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(None, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def stamp(path: Path):
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT value FROM corpus_info WHERE key = ?", (remarking.STAMP_KEY,)).fetchone()
    return row and row[0]


def test_the_window_shows_the_marking_document_by_document_then_the_corpus(qtbot, tmp_path, monkeypatch):
    old = tmp_path / "old.corpus"
    shutil.copy(OLD, old)
    w = window(qtbot, tmp_path)
    shown = []
    real = corpus_opening.MarkingProgress.__call__

    def watched(self, done, total, noun):
        real(self, done, total, noun)
        shown.append((self.dialog.isVisible(), self.dialog.value(), self.dialog.maximum(), self.dialog.labelText()))

    monkeypatch.setattr(corpus_opening.MarkingProgress, "__call__", watched)
    w.opening.open(old)
    assert w.corpus is not None and w.corpus.path == old
    assert shown[1] == (True, 1, 2, f"{remarking.DOING}: 1 of 2 documents")  # shown from the first document on
    assert shown[-1][3] == f"{remarking.DOING}: 2 of 2 documents"
    assert w.opening.marking.dialog is None  # closed with the opening
    assert stamp(old) == remarking.RULES_VERSION


def test_cancel_while_marking_leaves_the_corpus_unopened_and_as_it_was(qtbot, tmp_path, monkeypatch):
    old = tmp_path / "old.corpus"
    shutil.copy(OLD, old)
    before = old.read_bytes()
    w = window(qtbot, tmp_path)
    real = corpus_opening.MarkingProgress.__call__

    def cancelled_at_once(self, done, total, noun):
        if self.dialog is not None:
            self.dialog.cancel()
        real(self, done, total, noun)

    monkeypatch.setattr(corpus_opening.MarkingProgress, "__call__", cancelled_at_once)
    w.opening.open(old)
    assert w.corpus is None
    assert w.opening.failure_box is not None and corpus_opening.NOT_OPENED in w.opening.failure_box.text()
    assert stamp(old) is None and old.read_bytes() == before
    assert not w.findChildren(QProgressDialog) or all(not d.isVisible() for d in w.findChildren(QProgressDialog))
