"""Re-read dN from its original file…: from the document list's menu, asked first, run as a job; the pane reopens on
the new text; a missing file is said in the status bar and nothing changes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.analysis.test_reading_again import analysed  # noqa: F401 (fixtures)
from tests.corpus.test_rereading import printed  # noqa: F401
from viewer.ui import corpus_jobs
from viewer.ui.corpus_jobs import reread_question


@pytest.fixture
def asked(monkeypatch):
    questions: list[tuple[int, str]] = []
    answer = {"yes": True}
    monkeypatch.setattr(corpus_jobs, "confirm_reread",
                        lambda _parent, document_id, path: questions.append((document_id, path)) or answer["yes"])
    return questions, answer


def _menu_entry(w, document_id: int):
    row = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == document_id)
    return next(a for a in w.browser.menu_for(row).actions() if a.text().startswith("Re-read"))


def _row(w, document_id: int) -> int:
    return next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == document_id)


def _title(w, document_id: int) -> str:
    return w.browser.model.index(_row(w, document_id), 0).data()


def _tip(w, document_id: int) -> str:
    return w.browser.model.index(_row(w, document_id), 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_list_menu_reads_an_older_pdf_again_and_its_pane_shows_prose(qtbot, analysed, shown_window, asked,  # noqa: F811
                                                                         finish):
    corpus, pdf, txt, new_text = analysed
    questions, _ = asked
    w = shown_window(corpus)
    w.compare([pdf, txt])
    assert "\t" in w.comparison.pane(pdf).text_view.toPlainText()
    entry = _menu_entry(w, pdf)
    assert entry.text() == f"Re-read d{pdf} from its original file (↻ read by an older reader)…" and entry.isEnabled()
    assert _menu_entry(w, txt).text() == f"Re-read d{txt} from its original file…"  # this reader read it
    assert _title(w, pdf).startswith("↻ ") and not _title(w, txt).startswith("↻ ")
    assert "Re-read from the original file may improve its text" in _tip(w, pdf)

    entry.trigger()

    assert questions == [(pdf, corpus.document(pdf).source_path)]
    changes = finish(w)
    assert changes.summary.startswith(f"d{pdf} read again from ")
    assert w.statusBar().currentMessage().startswith(f"d{pdf} read again from ")
    qtbot.waitUntil(lambda: w.comparison.document_ids == [pdf, txt])
    shown = w.comparison.pane(pdf).text_view.toPlainText()
    assert "\t" not in shown and "ﬃ" not in shown and "officer" in shown
    qtbot.waitUntil(lambda: not _title(w, pdf).startswith("↻ "))  # read by this reader now: the mark goes
    assert "older reader" not in w.comparison.pane(pdf).facts_label.text()
    assert "(Edit → Undo takes it back)" in changes.summary

    w.actions["edit.undo"].trigger()  # back to the older reading, its pane too
    changes = finish(w)
    assert changes.summary.startswith(f"d{pdf} has the text it had before it was read again")
    qtbot.waitUntil(lambda: "\t" in w.comparison.pane(pdf).text_view.toPlainText())
    assert w.comparison.document_ids == [pdf, txt]
    qtbot.waitUntil(lambda: _title(w, pdf).startswith("↻ "))  # the older reading, and its mark, are back


def test_a_missing_file_is_said_and_nothing_changes(qtbot, printed, shown_window, asked):  # noqa: F811
    corpus, document_id, path, _ = printed
    old = corpus.document(document_id).text
    path.unlink()
    w = shown_window(corpus)
    _menu_entry(w, document_id).trigger()
    task = w.runner.task
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args[0] is False
    assert "is not there any more" in w.statusBar().currentMessage()
    assert corpus.document(document_id).text == old


def test_no_changes_nothing_and_the_question_names_the_file(qtbot, printed, shown_window, asked):  # noqa: F811
    corpus, document_id, _path, _ = printed
    questions, answer = asked
    answer["yes"] = False
    w = shown_window(corpus)
    _menu_entry(w, document_id).trigger()
    assert len(questions) == 1 and w.runner.task is None
    question = reread_question(document_id, "/data/article.pdf")
    assert "/data/article.pdf" in question and "only if the file is still there and unchanged" in question
    assert "Edit → Undo takes it back" in question


def test_the_pane_header_says_an_older_reader_read_it_and_its_link_asks_to_re_read(qtbot, printed, shown_window,  # noqa: F811
                                                                                     asked):
    corpus, document_id, path, _ = printed
    questions, answer = asked
    answer["yes"] = False
    w = shown_window(corpus)
    w.compare([document_id])
    facts = w.comparison.pane(document_id).facts_label
    assert "read by an older reader" in facts.text() and 're-read from its file…</a>' in facts.text()
    assert "Re-read from the original file may improve its text" in facts.toolTip() and str(path) in facts.toolTip()
    facts.linkActivated.emit("reread")
    assert questions == [(document_id, str(path))] and w.runner.task is None
