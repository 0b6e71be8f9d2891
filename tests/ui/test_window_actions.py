"""The window's paths not covered elsewhere: dropping files, exporting in the background, About, shortcuts, Tab order."""
from __future__ import annotations

import json

import handmade_corpus
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from viewer.corpus.store import Corpus


@pytest.fixture
def empty_corpus(tmp_path):
    path = tmp_path / "empty.corpus"
    Corpus(path).close()
    corpus = Corpus(path, create=False)
    yield corpus
    corpus.close()


@pytest.fixture
def file_corpus(analysed_corpus_file):
    corpus = Corpus(analysed_corpus_file, create=False)
    yield corpus
    corpus.close()


def _wait(qtbot, w):
    assert w.runner.task is not None
    with qtbot.waitSignal(w.runner.task.done, timeout=60000) as done:
        pass
    return done.args


def test_dropping_files_on_the_window_imports_them(qtbot, empty_corpus, shown_window, settings):
    w = shown_window(empty_corpus)
    files = [handmade_corpus.SAMPLE / name for name, *_ in handmade_corpus.DOCUMENTS[:2]]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(w.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(w.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, drop)
    assert drop.isAccepted() and w.runner.task is not None and w.runner.task.title == "Importing"
    ok, message = _wait(qtbot, w)
    assert ok, message
    assert w.browser.model.rowCount() == 2
    w.set_corpus(None)


def test_export_writes_json_through_the_background_task(qtbot, file_corpus, shown_window, settings, tmp_path, monkeypatch):
    w = shown_window(file_corpus)
    w.compare([1, 2])
    target = tmp_path / "comparison.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON (*.json)"))
    w.actions["file.export"].trigger()
    assert w.runner.task is not None and w.runner.task.title == "Exporting"
    ok, message = _wait(qtbot, w)
    assert ok, message
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported and str(target) in w.statusBar().currentMessage()
    w.set_corpus(None)


def test_about_lists_the_qt_lgpl_notice(qtbot, shown_window, settings):
    w = shown_window(None)
    w.actions["help.about"].trigger()
    dialog = w.about_dialog
    assert dialog.isVisible()
    text = dialog.licences.toPlainText()
    assert "LGPL" in text and "Qt and PySide6" in text
    assert "all-MiniLM-L6-v2" in text and "Universal Sentence Encoder" in text  # the models the analysis runs
    assert "tabulate" not in text  # sqlite-utils' command line needs it; the installers do not carry it
    dialog.close()


def test_about_names_the_versions_a_finding_was_made_with(qtbot, shown_window, settings):
    """A researcher hands on findings: the analysis, date reader and corpus schema versions are what to cite."""
    from PySide6.QtWidgets import QLabel

    from viewer.analysis.pipeline import ANALYSER_VERSION
    from viewer.corpus.dating import READER_VERSION
    from viewer.corpus.migrations import LATEST
    from viewer.corpus.text_reader import versions_said

    w = shown_window(None)
    w.actions["help.about"].trigger()
    title = w.about_dialog.findChild(QLabel, "aboutTitle").text()
    assert (f"Analysis version {ANALYSER_VERSION}, date reader {READER_VERSION}, text readers ({versions_said()}),"
            f" corpus schema {LATEST}") in title
    w.about_dialog.close()


def test_every_menu_action_shows_a_shortcut(qtbot, shown_window, settings):
    w = shown_window(None)
    missing = [a.text() for menu in w.menus.values() for a in menu.actions()
               if not a.isSeparator() and a.menu() is None and a.shortcut().isEmpty()
               and a not in [d.toggleViewAction() for d in w.docks.values()]]
    assert missing == []


def test_tab_walks_browser_then_panes_then_panels(qtbot, analysed_corpus, shown_window, settings):
    w = shown_window(analysed_corpus)
    w.compare([1, 2])
    order: list[QWidget] = []
    widget = w.browser.view
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    panes = [p.text_view for p in w.comparison.panes]
    assert order[:2] == panes
    assert order[2] is w.attribution_panel.search_box
    w.focus.to_dock("claims")
    assert w.focusWidget() is w.claims_panel.view


def test_tab_presses_reach_every_part_and_type_nothing_into_a_note(qtbot, analysed_corpus, shown_window):
    """Pressed, Tab stayed in the document list (walking its cells) and then in the note editor, where it wrote tab
    characters into the current article's note: the claims and the timeline were out of a keyboard's reach."""
    from PySide6.QtTest import QTest

    w = shown_window(analysed_corpus)
    w.activateWindow()
    w.compare([1, 2])
    w.browser.search_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.browser.search_box)
    reached = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    for part in (w.browser.view, w.comparison.panes[0].text_view, w.attribution_panel.view, w.notes_panel.editor,
                 *w.notes_panel.tag_boxes.values(), w.claims_panel.view, w.timeline_panel.view):
        assert part in reached, type(part).__name__
    assert w.notes_panel.editor.toPlainText() == ""
    box = next(iter(w.notes_panel.tag_boxes.values()))
    assert reached.index(box) == reached.index(w.notes_panel.editor) + 1, "the tag boxes follow the note"


def test_ctrl_4_reaches_the_claims_dock_when_its_table_is_empty(qtbot, analysed_corpus, shown_window):
    """Two articles sharing no claim: the table is swapped for why it is empty, and Ctrl+4 left the focus where it
    was (it aimed at the hidden table). It lands on the box that widens the table to every claim."""
    w = shown_window(analysed_corpus)
    w.activateWindow()
    w.compare([3, 4])
    w.comparison.focus_target().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.comparison.pane(3).text_view)
    assert not w.claims_panel.view.isVisible()
    w.actions["view.go_claims"].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.claims_panel.scope)
    w.claims_panel.scope.setChecked(False)  # every claim listed: the table takes the keyboard again
    w.actions["view.go_claims"].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.claims_panel.view)


@pytest.mark.parametrize("typed, chosen, written, kind", [
    ("x.html", "PDF (*.pdf)", "x.html", "<!doctype html"),  # the extension typed wins over the filter
    ("report", "Markdown (*.md)", "report.md", "# Provenance report"),  # no extension: the filter's is added
    ("notes.markdown", "JSON (*.json)", "notes.markdown", "# Provenance report"),
])
def test_the_export_dialog_writes_what_the_name_says(qtbot, file_corpus, shown_window, tmp_path, monkeypatch,
                                                     typed, chosen, written, kind):
    w = shown_window(file_corpus)
    w.compare([1, 2])
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / typed), chosen))
    w.actions["file.export"].trigger()
    ok, message = _wait(qtbot, w)
    assert ok, message
    assert (out / written).read_text(encoding="utf-8").lower().startswith(kind.lower())
    assert sorted(p.name for p in out.iterdir()) == [written]
    status = w.statusBar().currentMessage()
    assert status.startswith(f"Wrote {out / written}: 2 documents, ") and "claim" in status
    w.set_corpus(None)


def test_an_import_waits_for_another_writer_shows_it_and_can_be_cancelled(qtbot, empty_corpus, shown_window):
    import sqlite3

    from viewer.corpus.write_lock import WAITING

    w = shown_window(empty_corpus)
    other = sqlite3.connect(empty_corpus.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        files = [str(handmade_corpus.SAMPLE / name) for name, *_ in handmade_corpus.DOCUMENTS[:2]]
        task = w.jobs.import_paths(files)
        qtbot.waitUntil(lambda: WAITING in w.statusBar().currentMessage(), timeout=30000)
        # a wait has no count to show: the bar runs busy, and the line reads "… (3 s)", not "… (3 s) (0/0)"
        assert w.statusBar().currentMessage().endswith(" s)"), w.statusBar().currentMessage()
        assert w.runner.progress.maximum() == 0
        with qtbot.waitSignal(task.done, timeout=30000) as done:
            w.runner.cancel()
        assert done.args[0] is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert w.corpus.document_count() == 0
    task = w.jobs.import_paths(files)
    ok, message = _wait(qtbot, w)
    assert ok, message
    assert w.corpus.document_count() == 2
    w.set_corpus(None)


def test_saving_a_note_while_another_program_writes_says_so_instead_of_freezing(qtbot, file_corpus, shown_window):
    import sqlite3
    import time

    from viewer.corpus import notes
    from viewer.ui.notes_panel import SAVE_PATIENCE_S

    w = shown_window(file_corpus)
    w.notes_panel.set_target("document", notes.document_key(1), "d1")
    w.notes_panel.editor.setPlainText("Call the ministry.")
    w.notes_panel.free_tags.setText("check")
    other = sqlite3.connect(file_corpus.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        qtbot.mouseClick(w.notes_panel.save_button, Qt.MouseButton.LeftButton)
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert SAVE_PATIENCE_S <= waited < SAVE_PATIENCE_S + 3
    assert "another program is writing this corpus, so nothing was saved" in w.notes_panel.failure_box.text()
    w.notes_panel.failure_box.close()
    assert notes.note(file_corpus, "document", notes.document_key(1)) is None
    assert notes.tags(file_corpus, "document", notes.document_key(1)) == []
    qtbot.mouseClick(w.notes_panel.save_button, Qt.MouseButton.LeftButton)
    assert notes.note(file_corpus, "document", notes.document_key(1)) == "Call the ministry."
    w.set_corpus(None)


def test_on_a_read_only_corpus_the_actions_that_write_are_off_and_say_why(qtbot, analysed_corpus_file, shown_window):
    """A corpus on a read-only medium opens for reading; Import, Analyse and the corrections stayed
    enabled and failed only after the researcher had picked files or made the correction."""
    from viewer.ui.actions import READ_ONLY_TIP

    corpus = Corpus(analysed_corpus_file, create=False, read_only=True)
    w = shown_window(corpus)
    w.compare([1, 2], 1)
    writing = ("file.import_files", "file.import_folder", "file.analyse", "edit.unlink_claim",
               "edit.edit_attribution", "edit.document_details")
    for name in writing:
        assert not w.actions[name].isEnabled(), name
        assert w.actions[name].toolTip() == READ_ONLY_TIP, name
    assert w.actions["file.export"].isEnabled() and w.actions["view.next_claim"].isEnabled()
    for button in (w.claims_panel.link_button, w.claims_panel.unlink_button):
        assert not button.isEnabled() and "read-only" in button.toolTip()
    w.set_corpus(None)
    corpus.close()
    writable = Corpus(analysed_corpus_file, create=False)
    w.set_corpus(writable)
    w.compare([1, 2], 1)
    for name in writing:
        assert w.actions[name].isEnabled(), name
        assert w.actions[name].toolTip() != READ_ONLY_TIP, name
    assert w.claims_panel.link_button.isEnabled() and w.claims_panel.unlink_button.isEnabled()
    w.set_corpus(None)
    writable.close()


def test_export_waits_for_documents_and_says_before_the_dialog_that_the_corpus_is_not_analysed(
        qtbot, empty_corpus, shown_window, tmp_path):
    """fresh34: on an empty corpus Export was enabled, and every report format refused after the save dialog;
    on one not analysed yet it wrote a report without claims and said why only afterwards."""
    w = shown_window(empty_corpus)
    export = w.actions["file.export"]
    assert not export.isEnabled() and "import articles first" in export.toolTip()
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour closed after storm\n\nThe harbour master said on Monday that the port would stay"
                       " closed until Friday.\n", encoding="utf-8")
    w.jobs.import_paths([str(article)])
    ok, message = _wait(qtbot, w)
    assert ok, message
    assert export.isEnabled() and "Analyse (Ctrl+R) first" in export.toolTip()
    w.actions["file.analyse"].trigger()
    ok, message = _wait(qtbot, w)
    assert ok, message
    assert export.isEnabled() and export.toolTip().startswith("Export the open comparison")
    later = tmp_path / "later.txt"
    later.write_text("Harbour reopens\n\nThe harbour reopened on Friday, the harbour master said.\n", encoding="utf-8")
    w.jobs.import_paths([str(later)])
    ok, message = _wait(qtbot, w)
    assert ok, message
    assert "1 article was imported after the last analysis" in export.toolTip()
    w.set_corpus(None)
    assert not export.isEnabled()


def test_a_list_reached_by_its_key_picks_its_first_row_so_down_goes_to_the_second(qtbot, analysed_corpus, shown_window):
    """window39's keyboard walk: after Ctrl+4 the caret sat on the first claim unpicked, so Down showed the second and
    the first was never lit; after Ctrl+1, Down and Shift+Down twice opened d2-d4, not d1-d3."""
    from viewer.ui.claims_panel import CLAIM_ID_ROLE

    w = shown_window(analysed_corpus)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.compare([1, 2, 4])
    panel = w.claims_panel
    assert panel.proxy.rowCount() >= 2 and w.comparison.selected_claim is None
    first = panel.proxy.data(panel.proxy.index(0, 0), CLAIM_ID_ROLE)
    w.actions["view.go_claims"].trigger()  # Ctrl+4
    qtbot.waitUntil(lambda: w.comparison.selected_claim == first)
    QTest.keyClick(panel.view, Qt.Key.Key_Down)
    second = panel.proxy.data(panel.proxy.index(1, 0), CLAIM_ID_ROLE)
    qtbot.waitUntil(lambda: w.comparison.selected_claim == second)
    w.actions["view.go_documents"].trigger()  # Ctrl+1
    view = w.browser.view
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == [0, 1]


def test_the_window_opens_with_the_keyboard_where_it_shows(qtbot, analysed_corpus, shown_window):
    """Opened on five articles, the keyboard sat on the scroll area holding the panes: nothing showed it, and the
    arrows slid every article sideways. It starts in the corpus search, and Tab never stops on the scroll area."""
    from PySide6.QtTest import QTest

    w = shown_window(analysed_corpus)
    w.compare([1, 2, 3, 4, 5], 2)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is w.browser.search_box
    QTest.keyClicks(w.browser.search_box, "Azovstal")
    qtbot.waitUntil(lambda: w.browser.model.rowCount() < 5)
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not w.comparison.scroller
