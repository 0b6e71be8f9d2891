"""Edit → Removed documents…: the kept removals listed one a row (read from the corpus as shown), brought back or
forgotten one at a time, with the CLI's refusals."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.corpus.kept_rows import column
from viewer.corpus.removal import kept_removals, kept_rows, kept_summary
from viewer.ui import corpus_jobs
from viewer.ui.removals_dialog import EMPTY, RemovalsModel, size_said


@pytest.fixture
def asked(monkeypatch):
    questions: list[list[tuple[str, list[str]]]] = []
    monkeypatch.setattr(corpus_jobs, "confirm_removal", lambda _parent, _names: True)
    monkeypatch.setattr(corpus_jobs, "confirm_forgetting", lambda _parent, kept: questions.append(kept) or True)
    return questions


def _select(dialog, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    dialog.table.clearSelection()
    for row in rows:
        dialog.table.selectionModel().select(
            dialog.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def _removed(w, finish, document_id: int) -> None:
    w.jobs.remove_documents([document_id])
    finish(w)


def test_the_list_shows_each_removal_and_brings_back_or_forgets_the_chosen_one(qtbot, qtmodeltester, sample_corpus,
                                                                                shown_window, asked, finish):
    w = shown_window(sample_corpus)
    titles = {d: sample_corpus.document(d).title for d in (2, 4)}
    outlet = sample_corpus.document(4).outlet
    _removed(w, finish, 2)
    _removed(w, finish, 4)
    action = w.actions["edit.removed_documents"]
    assert action in w.menus["&Edit"].actions() and action.isEnabled()

    action.trigger()

    dialog = w.jobs.removals_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2 and not dialog.empty_label.isVisible()
    assert [model.index(r, 0).data() for r in range(2)] == [f"d2 “{titles[2]}”", f"d4 “{titles[4]}”"]
    assert model.index(1, 1).data() == (outlet or "—")
    kept = kept_summary(w.corpus, model.removal_id(1))
    assert model.index(1, 2).data() == kept.removed_at.replace("T", " ")[:16]
    assert model.index(1, 3).data() == size_said(kept.size) and kept.size > 1000
    assert not dialog.bring_back_button.isEnabled()  # nothing chosen yet

    _select(dialog, [0])  # d2: brought back, d4 stays removed
    assert dialog.bring_back_button.isEnabled()
    qtbot.mouseClick(dialog.bring_back_button, Qt.MouseButton.LeftButton)
    changes = finish(w)
    assert changes.summary.startswith(f"Brought back 1 document: d2 “{titles[2]}”")
    assert 2 in w.corpus.document_ids() and 4 not in w.corpus.document_ids()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == f"d4 “{titles[4]}”"
    assert [type(u).__name__ for u in w.corrections.undo_stack] == ["RemovalUndo"]  # d2's entry went with it

    _select(dialog, [0])
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert [names for _, names in asked[-1]] == [[f"d4 “{titles[4]}”"]]
    changes = finish(w)
    assert changes.summary.startswith("Forgot 1 removal (1 document)")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert dialog.empty_label.isVisible() and dialog.empty_label.text() == EMPTY
    assert kept_removals(w.corpus) == [] and not w.corrections.has_last


def test_a_refused_bring_back_is_named_with_the_cli_words_and_the_others_come_back(qtbot, sample_corpus, shown_window,
                                                                                    asked, finish):
    w = shown_window(sample_corpus)
    _removed(w, finish, 3)
    _removed(w, finish, 5)
    three = next(k for k in kept_removals(w.corpus) if k.documents[0].id == 3)
    _, rows = kept_rows(w.corpus, three.id)
    with w.corpus.transaction() as db:  # d3's file imported again since, as d1 (the CLI's refusal: remove d1 first)
        db.execute("UPDATE documents SET sha256 = ? WHERE id = 1", (column(rows["corpus"]["documents"], "sha256")[0],))
    w.actions["edit.removed_documents"].trigger()
    dialog = w.jobs.removals_dialog
    _select(dialog, [0, 1])
    qtbot.mouseClick(dialog.bring_back_button, Qt.MouseButton.LeftButton)
    changes = finish(w)
    first, *rest = changes.summary.splitlines()
    assert first.startswith("Brought back 1 document: d5 ")
    assert rest == ["Could not bring back 1 removal:",
                    f"  removal {three.id}: the file of d3 was imported again since, as d1: remove d1 first to bring d3"
                    " back with its notes, tags and corrections; nothing was brought back"]
    qtbot.waitUntil(lambda: w.runner.report_box is not None and w.runner.report_box.isVisible())
    w.runner.report_box.close()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert [k.documents[0].id for k in kept_removals(w.corpus)] == [3]


def test_the_model_reads_rows_only_when_shown(sample_corpus, monkeypatch):
    from viewer.analysis.operations import remove
    from viewer.ui import removals_dialog

    remove(sample_corpus, [2])
    remove(sample_corpus, [3])
    read: list[int] = []
    real = removals_dialog.kept_summary
    monkeypatch.setattr(removals_dialog, "kept_summary", lambda corpus, n: read.append(n) or real(corpus, n))
    model = RemovalsModel(sample_corpus)
    assert model.rowCount() == 2 and read == []
    model.index(1, 0).data()
    model.index(1, 3).data()
    assert read == [model.removal_id(1)]  # one row read, once
    model.reload()
    assert read == [model.removal_id(1)]
