"""A corpus opened read-only says so in the status bar for as long as it is open, not until the next message."""
from __future__ import annotations

import shutil

from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication

from tests.corpus.read_only_disk import read_only_file_system
from viewer.ui.main_window import MainWindow


def _shown_note(window) -> str:
    note = window.read_only_note
    return note.text() if note.isVisible() else ""


def test_the_read_only_note_outlasts_other_messages(qtbot, settings, analysed_corpus_file, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = shutil.copy(analysed_corpus_file, stick / "field.corpus")
    read_only_file_system(monkeypatch, stick)
    from viewer.ui import corpus_opening
    from viewer.corpus import connection
    monkeypatch.setattr(corpus_opening, "writable", connection.writable)  # the window asks the same disk
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    window.opening.open(path)
    assert window.corpus is not None and window.corpus.read_only
    assert _shown_note(window) == "field.corpus is read-only: it is open for reading"
    assert "cannot be saved" in window.read_only_note.toolTip()

    QApplication.sendEvent(window, QStatusTipEvent("Open a corpus file"))  # a menu item under the pointer
    window.browser.search_box.setText("Mariupol")  # a search, which says what it found
    window._on_documents_chosen([1])
    qtbot.wait(50)
    assert window.statusBar().currentMessage().startswith("“Mariupol” found")
    assert _shown_note(window) == "field.corpus is read-only: it is open for reading"

    corpus = window.corpus
    window.set_corpus(None)  # the condition ends with the corpus
    assert _shown_note(window) == ""
    corpus.close()


def test_a_writable_corpus_has_no_note(qtbot, settings, analysed_corpus_file):
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    window.opening.open(analysed_corpus_file)
    assert window.corpus is not None and not window.corpus.read_only
    assert _shown_note(window) == ""
    corpus = window.corpus
    window.set_corpus(None)
    corpus.close()
