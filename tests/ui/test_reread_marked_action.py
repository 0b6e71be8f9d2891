"""File → Re-read all marked documents…: one question with how many, progress and Cancel in the status bar, the
refusals in a report, one Edit → Undo for all; a re-read that reads the same leaves no Undo entry."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.analysis.test_reading_marked_again import upgraded  # noqa: F401 (the fixture)
from viewer.corpus.text_reader import older_reader_ids, text_reader_version
from viewer.ui import corpus_jobs
from viewer.ui.corpus_jobs import reread_marked_question


@pytest.fixture
def asked(monkeypatch):
    questions: list[int] = []
    answer = {"yes": True}
    monkeypatch.setattr(corpus_jobs, "confirm_reread_marked",
                        lambda _parent, count: questions.append(count) or answer["yes"])
    monkeypatch.setattr(corpus_jobs, "confirm_reread", lambda _parent, _document, _path: answer["yes"])
    return questions, answer


def _marked_rows(w) -> list[int]:
    model = w.browser.model
    return sorted(model.document_id(r) for r in range(model.rowCount())
                  if model.index(r, 0).data(Qt.ItemDataRole.DisplayRole).startswith("↻ "))


def test_every_marked_document_is_read_again_refusals_reported_and_undone_in_one_step(qtbot, upgraded, shown_window,  # noqa: F811
                                                                                      asked, finish):
    corpus, d = upgraded
    questions, _ = asked
    first, second = d["pdfs"]
    w = shown_window(corpus)
    w.compare([first, d["same"]])
    facts = w.comparison.pane(first).facts_label
    assert 're-read all 5 marked…</a>' in facts.text()
    assert _marked_rows(w) == sorted([first, second, d["same"], d["gone"], d["changed"]])
    assert "\t" in w.comparison.pane(first).text_view.toPlainText()

    facts.linkActivated.emit("reread-all")  # the header's link asks what File → Re-read all marked documents… asks

    assert questions == [5]
    changes = finish(w, timeout=180000)
    first_line, _, report = changes.summary.partition("\n")
    assert first_line.startswith("Read 2 documents again from their original files") and "claims relinked" in first_line
    assert "claims relinked; Edit → Undo takes them back)" in first_line
    qtbot.waitUntil(lambda: w.runner.report_box is not None and w.runner.report_box.isVisible())
    shown = w.runner.report_box.informativeText()
    assert f"d{d['gone']}: the original file of d{d['gone']} is not there any more" in shown
    assert f"d{d['changed']}: the original file of d{d['changed']} has changed since it was imported" in shown
    w.runner.report_box.close()
    qtbot.waitUntil(lambda: "\t" not in w.comparison.pane(first).text_view.toPlainText())
    qtbot.waitUntil(lambda: _marked_rows(w) == sorted([d["gone"], d["changed"]]))
    assert len(w.corrections.undo_stack) == 1

    w.actions["edit.undo"].trigger()  # both PDFs back to the older reading, one step, one relink
    changes = finish(w, timeout=120000)
    assert changes.summary.startswith(f"d{first}, d{second} have the text they had before they were read again")
    qtbot.waitUntil(lambda: "\t" in w.comparison.pane(first).text_view.toPlainText())
    qtbot.waitUntil(lambda: first in _marked_rows(w) and second in _marked_rows(w))
    assert not w.actions["edit.undo"].isEnabled()


def test_cancel_keeps_what_finished_and_undo_takes_back_that_much(qtbot, upgraded, shown_window, asked, finish,  # noqa: F811
                                                                  monkeypatch):
    import threading

    from viewer.corpus import rereading

    corpus, d = upgraded
    first, second = d["pdfs"]
    reading, clicked = rereading.reading, threading.Event()

    def held(corpus, document_id):  # the first PDF's reading lasts until the researcher has clicked Cancel
        if document_id == first:
            clicked.wait(30)
        return reading(corpus, document_id)

    monkeypatch.setattr(rereading, "reading", held)
    w = shown_window(corpus)
    w.actions["file.reread_marked"].trigger()
    task = w.runner.task
    qtbot.waitUntil(lambda: f"reading d{first} again" in w.statusBar().currentMessage())
    assert w.runner.cancel_button.isVisible() and w.runner.progress.isVisible()
    qtbot.mouseClick(w.runner.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    with qtbot.waitSignal(task.done, timeout=120000):
        pass
    assert task.cancelled
    assert f"read again (d{first}) keeps its new text" in w.statusBar().currentMessage()
    assert "\t" not in corpus.document(first).text and "\t" in corpus.document(second).text
    assert len(w.corrections.undo_stack) == 1

    w.actions["edit.undo"].trigger()
    changes = finish(w, timeout=120000)
    assert changes.summary.startswith(f"d{first} has the text it had before it was read again")
    assert "\t" in corpus.document(first).text


def test_a_re_read_that_reads_the_same_leaves_no_undo_and_says_so(qtbot, upgraded, shown_window, asked, finish):  # noqa: F811
    corpus, d = upgraded
    w = shown_window(corpus)
    w.jobs.reread_document(d["same"])
    changes = finish(w)
    assert changes.summary == f"d{d['same']} reads the same; nothing changed (its ↻ older-reader mark goes)"
    qtbot.waitUntil(lambda: d["same"] not in _marked_rows(w))
    assert w.corrections.undo_stack == [] and not w.actions["edit.undo"].isEnabled()
    assert w.statusBar().currentMessage() == changes.summary


def test_a_marked_row_offers_all_of_them_from_the_list(qtbot, upgraded, shown_window, asked):  # noqa: F811
    corpus, d = upgraded
    questions, answer = asked
    answer["yes"] = False
    w = shown_window(corpus)
    row = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == d["pdfs"][0])
    entries = [a for a in w.browser.menu_for(row).actions() if a.text().startswith("Re-read")]
    assert [a.text() for a in entries] == [f"Re-read d{d['pdfs'][0]} from its original file (↻ read by an older reader)…",
                                           "Re-read all 5 marked (↻) documents…"]
    entries[1].trigger()
    assert questions == [5] and w.runner.task is None
    unmarked = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == d["records"][0])
    assert [a.text() for a in w.browser.menu_for(unmarked).actions() if "all" in a.text()] == []


def test_no_marked_document_says_so_and_no_asks_nothing(qtbot, upgraded, shown_window, asked):  # noqa: F811
    corpus, d = upgraded
    questions, answer = asked
    answer["yes"] = False
    w = shown_window(corpus)
    w.actions["file.reread_marked"].trigger()
    assert questions == [5] and w.runner.task is None
    with corpus.transaction() as db:
        for (source_format,) in db.execute("SELECT DISTINCT source_format FROM documents").fetchall():
            db.execute("UPDATE documents SET text_reader = ? WHERE source_format IS ?",
                       (text_reader_version(source_format), source_format))
    w.actions["file.reread_marked"].trigger()
    assert questions == [5] and w.runner.task is None
    assert w.statusBar().currentMessage().startswith("No document was read by an older version of its reader")
    question = reread_marked_question(5)
    assert question.startswith("Read the 5 documents an older version of their reader read (marked ↻) again")
    assert "Cancel keeps the ones finished" in question and "Edit → Undo takes all of it back" in question


def test_the_marked_count_in_a_pane_is_asked_of_the_corpus_not_read_row_by_row(qtbot, upgraded, shown_window,  # noqa: F811
                                                                                monkeypatch):
    """The header's "re-read all N marked…" read every row of the corpus into Python each time it was drawn."""
    from viewer.corpus.store import Corpus

    corpus, d = upgraded
    first, _second = d["pdfs"]
    w = shown_window(corpus)

    def every_row(*_args, **_kwargs):
        raise AssertionError("the ↻ count read every document of the corpus")

    monkeypatch.setattr(Corpus, "documents", every_row)
    w.compare([first, d["same"]])
    assert 're-read all 5 marked…</a>' in w.comparison.pane(first).facts_label.text()
    assert len(older_reader_ids(corpus)) == 5
