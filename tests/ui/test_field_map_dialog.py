"""A record file whose text field has another name is imported from the window after asking which
field holds the text (the window's `--map`); before, its records could not be imported there at all."""
from __future__ import annotations

from pathlib import Path

import handmade_corpus

from viewer.corpus.store import Corpus

FEED = ("headline,content,date,source\n"
        '"Port reopens","The port authority said the port reopened on Monday after the storm.",2024-05-06,Harbour Wire\n'
        '"Ferries resume","Ferries ran again on Tuesday, the operator said.",2024-05-07,Harbour Wire\n')


def _window(qtbot, tmp_path, shown_window):
    path = tmp_path / "work.corpus"
    with Corpus(path) as corpus:
        handmade_corpus.build(corpus)
    corpus = Corpus(path, create=False)
    return shown_window(corpus), corpus


def test_the_window_asks_which_field_holds_the_text_and_imports_the_records(qtbot, tmp_path, shown_window, finish):
    w, corpus = _window(qtbot, tmp_path, shown_window)
    before = corpus.document_count()
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("monday.csv", "tuesday.csv"):  # a folder of one database's exports: one choice for both
        (folder / name).write_text(FEED.replace("2024-05-0", "2024-06-0" if name == "tuesday.csv" else "2024-05-0"),
                                   encoding="utf-8")
    (folder / "note.txt").write_text("Harbour notes\n\nThe harbour master said nothing more.\n", encoding="utf-8")
    finish(w.jobs.import_paths([str(folder)]))
    assert corpus.document_count() == before + 1  # the .txt only
    dialog = w.jobs.field_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert sorted(Path(f).name for f in dialog.files) == ["monday.csv", "tuesday.csv"]
    assert [dialog.text.itemText(i) for i in range(dialog.text.count())][1:] == ["headline", "content", "date", "source"]
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # the text field must be chosen
    dialog.text.setCurrentText("content")
    dialog.roles["title"].setCurrentText("headline")
    dialog.roles["published"].setCurrentText("date")
    dialog.roles["outlet"].setCurrentText("source")
    assert dialog.field_map() == {"text": "content", "title": "headline", "published": "date", "outlet": "source"}
    assert w.runner.report_box is None  # the question is the one dialog: no report of the same records before it
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=60000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert corpus.document_count() == before + 5
    imported = [d for d in corpus.documents(with_text=False) if d.source_path.endswith(".csv:2")]
    assert sorted((d.title, d.published, d.outlet) for d in imported) == [
        ("Port reopens", "2024-05-06", "Harbour Wire"), ("Port reopens", "2024-06-06", "Harbour Wire")]
    assert w.browser.model.rowCount() == before + 5
    w.set_corpus(None)
    corpus.close()


def test_a_file_whose_records_have_a_text_field_asks_nothing(qtbot, tmp_path, shown_window, finish):
    w, corpus = _window(qtbot, tmp_path, shown_window)
    feed = tmp_path / "feed.csv"
    feed.write_text(FEED.replace("content", "text"), encoding="utf-8")
    finish(w.jobs.import_paths([str(feed)]))
    assert w.jobs.field_dialog is None
    w.set_corpus(None)
    corpus.close()


def test_a_file_mixing_both_names_is_asked_about_once(qtbot, tmp_path, shown_window, finish):
    """Its records with "text" import the first time and lack the chosen field the second: no second question."""
    w, corpus = _window(qtbot, tmp_path, shown_window)
    before = corpus.document_count()
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{"text": "The port reopened on Monday, the authority said.", "title": "A"}\n'
                     '{"body": "Ferries ran again on Tuesday, the operator said.", "title": "B"}\n', encoding="utf-8")
    finish(w.jobs.import_paths([str(mixed)]))
    dialog = w.jobs.field_dialog
    qtbot.addWidget(dialog)
    assert corpus.document_count() == before + 1 and [dialog.text.itemText(i) for i in (1, 2)] == ["body", "title"]
    dialog.text.setCurrentText("body")
    assert w.runner.report_box is None
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=60000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert corpus.document_count() == before + 2 and w.jobs.field_dialog is dialog
    w.runner.report_box.close()
    w.set_corpus(None)
    corpus.close()


def test_a_csv_without_a_text_column_opens_one_dialog_that_names_its_columns(qtbot, tmp_path, shown_window, finish):
    """Before, a report box ("Failed 2 records … no 'text' field") opened, then the question behind it."""
    from PySide6.QtWidgets import QApplication, QDialog

    w, corpus = _window(qtbot, tmp_path, shown_window)
    feed = tmp_path / "feed.csv"
    feed.write_text(FEED, encoding="utf-8")
    finish(w.jobs.import_paths([str(feed)]))
    qtbot.wait(50)
    opened = [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()]
    assert opened == [w.jobs.field_dialog]
    qtbot.addWidget(w.jobs.field_dialog)
    assert w.jobs.field_dialog.findChild(type(w.summary)).text().startswith(
        "Records of feed.csv have no “text” field (their fields: headline, content, date, source), so they were not imported.")
    assert [w.jobs.field_dialog.text.itemText(i) for i in range(1, 5)] == ["headline", "content", "date", "source"]
    assert w.statusBar().currentMessage() == "Imported 0 documents."
    w.jobs.field_dialog.reject()
    w.set_corpus(None)
    corpus.close()
