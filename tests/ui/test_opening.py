"""Opening corpora: from Finder on macOS (QFileOpenEvent), a new one in Documents, and files that are not corpora."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.corpus.hostile_corpora import fingerprint, with_triggers
from tests.corpus.read_only_disk import read_only_file_system
from viewer.app import launch, open_window
from viewer.corpus.store import Corpus
from viewer.ui.file_open import FileOpenFilter
from viewer.ui.main_window import MainWindow


@pytest.fixture
def not_a_corpus(tmp_path) -> Path:
    path = tmp_path / "notes.corpus"
    path.write_text("these are my notes, not a database\n" * 50)
    return path


@pytest.fixture
def newer_corpus(tmp_path) -> Path:
    path = tmp_path / "future.corpus"
    Corpus(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO corpus_migrations VALUES (999, 'from the future', '2030-01-01')")
    conn.close()
    return path


def _window(qtbot, window):
    qtbot.addWidget(window)
    return window


def test_a_corpus_opened_from_finder_while_running_is_opened(qtbot, settings, analysed_corpus_file):
    w = _window(qtbot, MainWindow(None, settings))
    app = QApplication.instance()
    file_open = FileOpenFilter(w.opening.open, w)
    app.installEventFilter(file_open)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(analysed_corpus_file))))
    finally:
        app.removeEventFilter(file_open)
    assert w.corpus is not None and w.corpus.path == analysed_corpus_file
    assert w.browser.model.rowCount() == 5
    w.corpus.close()


@pytest.mark.parametrize("bad", ["not_a_corpus", "newer_corpus"])
def test_a_file_that_is_not_a_usable_corpus_is_explained_not_raised(qtbot, settings, bad, request):
    path = request.getfixturevalue(bad)
    w = _window(qtbot, MainWindow(None, settings))
    w.opening.open(path)
    assert w.corpus is None
    assert str(path) in w.opening.failure_box.text() and "Traceback" not in w.opening.failure_box.text()
    if bad == "newer_corpus":
        assert "newer Provenance Viewer" in w.opening.failure_box.text()
    w.opening.failure_box.close()


def test_a_bad_corpus_on_the_command_line_opens_an_empty_window_and_says_why(qtbot, settings, not_a_corpus, tmp_path, capsys):
    w, error = open_window(str(not_a_corpus), False, None, None, settings)
    _window(qtbot, w)
    assert w.corpus is None and str(not_a_corpus) in str(error)
    assert launch(str(not_a_corpus), screenshot=str(tmp_path / "x.png")) == 1
    assert str(not_a_corpus) in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_new_corpus_proposes_the_documents_folder(qtbot, settings, tmp_path, monkeypatch):
    w = _window(qtbot, MainWindow(None, settings))
    proposed = []

    def save_name(parent, title, directory, filters):
        proposed.append(directory)
        return str(tmp_path / "fresh"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    w.opening.new_corpus()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(proposed[0]).parent == Path(documents)
    assert w.corpus is not None and w.corpus.path == tmp_path / "fresh.corpus"
    w.corpus.close()
    assert not list(tmp_path.glob(".fresh.corpus.*")), "the private file it was built in is gone"


def test_a_missing_corpus_is_not_created_by_the_window_or_the_command_line(qtbot, settings, tmp_path, capsys):
    missing = tmp_path / "missing.corpus"
    w, error = open_window(str(missing), False, None, None, settings)
    _window(qtbot, w)
    assert w.corpus is None and "does not exist" in str(error) and "provenance import" in str(error)
    w.opening.open(missing)
    assert "does not exist" in w.opening.failure_box.text()
    w.opening.failure_box.close()
    assert launch(str(missing), screenshot=str(tmp_path / "x.png")) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "x.png").exists()


def test_foreign_objects_are_listed_and_removed_only_when_the_researcher_agrees(qtbot, settings, tmp_path):
    path = with_triggers(tmp_path / "sent.corpus")
    before = fingerprint(path)
    w = _window(qtbot, MainWindow(None, settings))
    w.opening.open(path)
    question = w.opening.question
    assert w.corpus is None and "trigger tamper_on_import on documents" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert w.corpus is None and fingerprint(path) == before

    w.opening.open(path)
    remove = next(b for b in w.opening.question.buttons() if b.text() == "Remove and open")
    remove.click()
    assert w.corpus is not None and w.corpus.document_count() == 5
    assert "removed trigger tamper_on_import on documents" in w.statusBar().currentMessage()
    w.corpus.close()


def test_a_foreign_corpus_on_the_command_line_asks_too(qtbot, settings, tmp_path):
    path = with_triggers(tmp_path / "sent.corpus")
    w, error = open_window(str(path), False, None, None, settings)
    _window(qtbot, w)
    w.opening.explain(error)
    assert "tamper_on_import" in w.opening.question.text()
    w.opening.question.close()


def test_the_window_opens_without_the_embedding_model(qtbot, settings, analysed_corpus_file, monkeypatch, tmp_path):
    """The model is loaded only to analyse: a broken install still shows the corpus and its analysis."""
    from viewer.analysis.claims import encoder, model_files

    gone = model_files.ModelFiles(tmp_path / "gone.safetensors", tmp_path / "gone.json", model_files.UPSTREAM_SHA256)
    monkeypatch.setattr(encoder, "locate", lambda: gone)
    monkeypatch.setattr(encoder, "_shared", None)
    w, error = open_window(str(analysed_corpus_file), False, None, None, settings)
    _window(qtbot, w)
    assert error is None and w.corpus is not None
    assert encoder._shared is None


def test_a_new_corpus_where_nothing_can_be_written_is_explained_not_raised(qtbot, settings, tmp_path, monkeypatch):
    """File → New corpus on a read-only disk: a box saying why, in the researcher's words; the window stays as it was."""
    shelf = tmp_path / "read-only stick"
    shelf.mkdir()
    read_only_file_system(monkeypatch, shelf)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(shelf / "field"), args[-1]))
    w = _window(qtbot, MainWindow(None, settings))
    w.opening.new_corpus()
    box = w.opening.failure_box
    assert box is not None and box.windowTitle() == "Cannot make the corpus"
    assert box.text().startswith(f"{shelf / 'field.corpus'} cannot be made: its folder {shelf} cannot be written")
    assert w.corpus is None and list(shelf.iterdir()) == []
    box.close()
