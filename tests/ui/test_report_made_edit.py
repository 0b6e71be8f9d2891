"""The researcher says in the attribution dialog whether a report was made: the police's "did not say whether the
suspect was armed" (`UNSAID_REPORTS`, d2) read as made makes the police a source of the claim; Edit → Undo takes it
back; the chief's report (d1) marked "declined to say" stays so when the articles are analysed again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.analysis import pipeline, store
from viewer.provenance.timeline import timeline


@pytest.fixture
def corpus(unsaid_corpus):
    return unsaid_corpus


def _report(corpus, document_id: int):
    (a,) = store.attributions(corpus, document_id=document_id)
    return a


def _sources(corpus) -> dict[int, tuple[str, ...]]:
    (armed,) = [c.id for c in store.claims(corpus) if "armed" in c.label]
    return {s.document_id: s.said().speakers for s in timeline(corpus, armed).sources}


def _counts(window) -> dict[str, str]:
    model = window.attribution_panel.model
    return {model.index(row, 0).data(): model.index(row, 3).data() for row in range(model.rowCount())}


def test_a_report_not_made_is_set_made_in_the_dialog_and_undone(qtbot, corpus, shown_window, finish):
    w = shown_window(corpus)
    dialog = w.attribution_panel.edit_dialog(_report(corpus, 2))
    assert dialog.negation.currentData() == "negated"
    assert dialog.negation.currentText() == "Not made: the speaker did not say this"
    dialog.negation.setCurrentIndex(dialog.negation.findData(""))
    assert dialog.changes() == {"negation": None}
    dialog.accept()
    changes = finish(w)
    assert changes.touches("claims") and changes.touches("attributions")
    assert changes.summary.startswith("Attribution edited: Police said this (a report made)")
    assert _report(corpus, 2).negation is None
    assert _counts(w)["Police"] == "1"
    assert _sources(corpus) == {1: ("Dana Morrow",), 2: ("Police",), 3: ()}
    w.actions["edit.undo"].trigger()
    assert finish(w).summary.startswith("Took back: ")
    assert _report(corpus, 2).negation == "negated"
    assert _counts(w)["Police"] == "0 (+1)"
    assert _sources(corpus) == {1: ("Dana Morrow",), 2: (), 3: ()}


def test_a_report_marked_not_made_stays_so_when_analysed_again(qtbot, corpus, shown_window, finish):
    w = shown_window(corpus)
    dialog = w.attribution_panel.edit_dialog(_report(corpus, 1))
    dialog.negation.setCurrentIndex(dialog.negation.findData("withheld"))
    dialog.accept()
    assert finish(w).summary.startswith("Attribution edited: Dana Morrow declined to say this")
    assert _counts(w)["Dana Morrow"] == "0 (+1)"
    w.set_corpus(None)
    pipeline.analyse(corpus, redo=True)
    assert _report(corpus, 1).negation == "withheld"
    assert _sources(corpus) == {1: (), 2: (), 3: ()}


def test_the_dialog_asks_whether_the_report_was_made(qtbot, corpus, shown_window):
    w = shown_window(corpus)
    dialog = w.attribution_panel.edit_dialog(_report(corpus, 3))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.negation.currentText() == "Not made: the speaker declined to say this"
    box = dialog.negation
    assert box.fontMetrics().horizontalAdvance(box.currentText()) < box.contentsRect().width()
    dialog.reject()


def _armed_row(window) -> list[str]:
    model = window.claims_panel.model
    (row,) = [r for r in range(model.rowCount()) if "armed" in model.index(r, 1).data()]
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_claims_table_counts_only_the_sources_that_state_a_claim(qtbot, corpus, shown_window, finish, qtmodeltester):
    w = shown_window(corpus)
    w.compare([1, 2, 3])
    qtbot.wait(20)
    qtmodeltester.check(w.claims_panel.model)
    row = _armed_row(w)
    assert not row[1].startswith("not stated") and row[2] == "1 (+2)" and row[5:] == ["●", "○", "○"]
    dialog = w.attribution_panel.edit_dialog(_report(corpus, 1))
    dialog.negation.setCurrentIndex(dialog.negation.findData("negated"))
    dialog.accept()
    finish(w)
    qtbot.wait(20)
    row = _armed_row(w)
    assert row[1].startswith("not stated: ") and row[2] == "0 (+3)" and row[5:] == ["○", "○", "○"]
    model = w.claims_panel.model
    index = model.index(model.row_of(int(row[0].strip("[]"))), 1)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Not stated: every source holds this claim only in")
    assert row[0] == "[1]"
    w.compare([1, 2, 3], 1)
    qtbot.waitUntil(lambda: "not stated: " in w.timeline_panel.heading.text())
    assert w.statusBar().currentMessage() == (
        "Claim [1] (not stated): carried by 3 of 3 open articles; only in a report not made in d1, d2, d3")
