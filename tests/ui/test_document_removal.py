"""Remove from corpus…: from the document list's menu, the Edit menu or the Delete key; asked first, run as a job."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from viewer.ui import corpus_jobs
from viewer.ui.corpus_jobs import removal_question


@pytest.fixture
def asked(monkeypatch):
    """The confirmation, answered without a dialog: what it was asked, and the answer it gives."""
    questions: list[list[str]] = []
    answer = {"yes": True}

    def confirm(_parent, names):
        questions.append(names)
        return answer["yes"]

    monkeypatch.setattr(corpus_jobs, "confirm_removal", confirm)
    return questions, answer


def _select(w, *document_ids: int) -> None:
    view, model = w.browser.view, w.browser.model
    view.clearSelection()
    for row in range(model.rowCount()):
        if model.document_id(row) in document_ids:
            view.selectionModel().select(model.index(row, 0), view.selectionModel().SelectionFlag.Select
                                         | view.selectionModel().SelectionFlag.Rows)


def tag_names(w) -> set[str]:
    """The tags the notes dock lists."""
    tags = w.notes_panel.tag_list.list
    return {tags.item(row).data(Qt.ItemDataRole.UserRole) for row in range(tags.count())}


def _listed(w) -> list[int]:
    return sorted(w.browser.model.document_id(r) for r in range(w.browser.model.rowCount()))


def test_delete_in_the_list_asks_then_removes_closes_the_pane_and_relinks(qtbot, sample_corpus, shown_window, asked,
                                                                          finish):
    questions, _ = asked
    w = shown_window(sample_corpus)
    w.activateWindow()
    w.compare([1, 2])
    _select(w, 2)
    w.browser.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.browser.view)
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Delete)

    assert len(questions) == 1 and questions[0][0].startswith("d2 “")
    assert w.comparison.document_ids == [1]  # its pane closed
    changes = finish(w)
    assert changes.summary.startswith("Removed 1 document from the corpus: d2")
    assert _listed(w) == [1, 3, 4, 5]
    assert 2 not in w.corpus.document_ids()
    assert "Removed 1 document" in w.statusBar().currentMessage()
    claims = {c: {d for (d,) in w.corpus.db.execute(
        "SELECT DISTINCT document_id FROM claim_mentions WHERE claim_id = ?", (c,))}
        for (c,) in w.corpus.db.execute("SELECT id FROM claims")}
    assert all(len(sources) >= 2 and 2 not in sources for sources in claims.values())


def test_a_note_being_typed_on_a_removed_document_goes_with_it(qtbot, sample_corpus, shown_window, asked, finish):
    w = shown_window(sample_corpus)
    w.note_targets.document_picked(2)
    w.notes_panel.editor.setPlainText("typed, not saved")
    _select(w, 2)
    w.jobs.remove_documents(w.browser.selected_documents())
    assert w.notes_panel.target is None
    finish(w)
    assert w.corpus.db.execute("SELECT count(*) FROM notes WHERE target_key = 'd2'").fetchone()[0] == 0


def test_the_list_menu_offers_it_and_a_no_keeps_everything(qtbot, sample_corpus, shown_window, asked):
    questions, answer = asked
    answer["yes"] = False
    w = shown_window(sample_corpus)
    w.compare([3])
    _select(w, 3, 4)
    row = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == 3)
    menu = w.browser.menu_for(row)
    remove = next(a for a in menu.actions() if a.text().startswith("Remove"))
    assert remove.text() == "Remove these 2 documents from corpus…" and remove.isEnabled()
    remove.trigger()

    assert len(questions) == 1 and [n[:3] for n in questions[0]] == ["d3 ", "d4 "]
    assert w.runner.task is None
    assert w.comparison.document_ids == [3] and _listed(w) == [1, 2, 3, 4, 5]


def test_the_edit_menu_holds_it_and_delete_in_the_search_box_deletes_text(qtbot, sample_corpus, shown_window, asked):
    questions, _ = asked
    w = shown_window(sample_corpus)
    action = w.actions["edit.remove_documents"]
    assert action in w.menus["&Edit"].actions() and action.shortcut().toString() == "Del"
    w.activateWindow()
    _select(w, 1)
    w.browser.search_box.setText("Mariupol")
    w.browser.search_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.browser.search_box)
    w.browser.search_box.setCursorPosition(0)
    qtbot.keyClick(w.browser.search_box, Qt.Key.Key_Delete)
    assert w.browser.search_box.text() == "ariupol" and questions == []


def test_the_question_names_the_documents_and_says_the_files_stay():
    question = removal_question([f"d{n} “Title {n}”" for n in range(1, 16)])
    assert question.startswith("Remove these 15 documents from the corpus?")
    assert "d12 “Title 12”" in question and "d13" not in question and "… and 3 more" in question
    assert "The files on disk are not touched." in question
    assert removal_question(["d3 “x”"]).startswith("Remove this document from the corpus?")


def test_edit_undo_brings_a_removed_document_back_with_its_notes(qtbot, sample_corpus, shown_window, asked, finish):
    from viewer.corpus import notes

    notes.set_note(sample_corpus, "document", notes.document_key(2), "the Reuters copy, checked")
    notes.set_tags(sample_corpus, "passage", notes.span_key(2, 0, 40), ["lede"])
    claims = sorted(sample_corpus.db.execute('SELECT claim_id, document_id, start, "end" FROM claim_mentions'))
    w = shown_window(sample_corpus)
    _select(w, 2)
    w.jobs.remove_documents(w.browser.selected_documents())
    assert "Edit → Undo brings them back" in removal_question(asked[0][0])
    finish(w)
    assert "(Edit → Undo brings it back)" in w.statusBar().currentMessage()
    assert "lede" not in tag_names(w)
    assert _listed(w) == [1, 3, 4, 5]
    undo = w.actions["edit.undo"]
    assert undo.text() == "&Undo" and undo.isEnabled()

    undo.trigger()
    changes = finish(w)

    assert changes.summary.startswith("Brought back 1 document: d2 “") and "with its notes, tags and analysis" in changes.summary
    assert w.statusBar().currentMessage().startswith("Brought back 1 document: d2")
    assert _listed(w) == [1, 2, 3, 4, 5]
    assert notes.note(w.corpus, "document", notes.document_key(2)) == "the Reuters copy, checked"
    assert notes.tags(w.corpus, "passage", notes.span_key(2, 0, 40)) == ["lede"]
    assert "lede" in tag_names(w)  # the notes dock's tag list heard it
    assert sorted(w.corpus.db.execute('SELECT claim_id, document_id, start, "end" FROM claim_mentions')) == claims
    assert not undo.isEnabled()


def test_undo_of_a_cancelled_removal_says_there_is_nothing_to_take_back(qtbot, sample_corpus, shown_window, asked,
                                                                       finish):
    w = shown_window(sample_corpus)
    _select(w, 3)
    task = w.jobs.remove_documents(w.browser.selected_documents())
    w.runner.cancel()
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert 3 in w.corpus.document_ids()
    w.actions["edit.undo"].trigger()
    changes = finish(w)
    assert changes.summary.startswith("“Removed d3 “") and "did not finish, so there is nothing to take back" in changes.summary
    assert _listed(w) == [1, 2, 3, 4, 5]


def test_a_row_removed_between_its_two_reads_is_painted_as_gone_not_raised(qtbot, analysed_corpus, monkeypatch):
    """A removal commits off the GUI thread: a row read just before it and dated just after raised KeyError in the
    list's paint (seen once in a full run of these tests under load)."""
    from viewer.ui import document_table

    model = document_table.DocumentTableModel(analysed_corpus)
    with monkeypatch.context() as patched:
        patched.setattr(document_table.publication, "as_published", lambda corpus, ids: {})  # the document is gone
        assert model.index(0, 0).data() is None and model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(), "read again once it can be"
