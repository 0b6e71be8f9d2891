"""A researcher copies the corpus file while the window is open, after importing and writing a note there:
the copy holds both. The window's own connection stays open, so SQLite alone kept that work in the -wal file
beside the corpus and a copy of the one file had none of it."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from viewer.corpus import notes
from viewer.corpus.creating import create
from viewer.corpus.store import Corpus
from viewer.ui.corpus_opening import open_for_viewing

ARTICLE = "Bridge reopens after repairs\n\nThe bridge reopened on Monday, the mayor said.\n"


@pytest.fixture
def corpus(tmp_path):
    """An empty corpus file, open as the window opens one (it outlives the window)."""
    path = tmp_path / "field.corpus"
    create(path, lambda corpus: None)
    opened = open_for_viewing(path)
    yield opened
    opened.close()


def test_a_copy_of_the_file_taken_with_the_window_open_holds_the_import_and_the_note(
        qtbot, corpus, shown_window, finish, tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    window = shown_window(corpus)
    window.jobs.import_paths([str(article)])
    finish(window)
    panel = window.notes_panel
    assert panel.set_target("document", notes.document_key(1), "d1")
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Ask the council for the minutes")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert notes.note(corpus, "document", notes.document_key(1)) == "Ask the council for the minutes"

    copy = tmp_path / "usb stick" / "field.corpus"
    copy.parent.mkdir()
    shutil.copyfile(corpus.path, copy)  # the one file, as a file manager copies it; the window is still open
    with Corpus(copy, create=False) as copied:
        assert copied.document_count() == 1
        assert notes.note(copied, "document", notes.document_key(1)) == "Ask the council for the minutes"
