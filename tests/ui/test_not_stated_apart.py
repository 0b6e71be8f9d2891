"""A claim held only in a report not made (`UNSAID_REPORTS`: d1 the chief says the suspect was armed, d2 the police
a day earlier "did not say whether", d3 the sheriff "declined to say whether") is set apart wherever the window counts
or dates claims: the document list counts it "(+1)" beside the claims a document states, as the claims table counts
a claim's sources, and the timeline never calls a report not made its first report."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from viewer.analysis import store
from viewer.ui.document_table import COLUMNS

CLAIMS = [name for name, _ in COLUMNS].index("claims")


@pytest.fixture
def corpus(unsaid_corpus):
    return unsaid_corpus


def _document_counts(window) -> list[str]:
    model = window.browser.model
    return [str(model.index(row, CLAIMS).data()) for row in range(model.rowCount())]


def _withhold_the_chief(window, corpus, finish) -> None:
    (chief,) = store.attributions(corpus, document_id=1)
    dialog = window.attribution_panel.edit_dialog(chief)
    dialog.negation.setCurrentIndex(dialog.negation.findData("withheld"))
    dialog.accept()
    finish(window)


def test_the_document_list_counts_apart_the_claims_a_document_holds_only_in_a_report_not_made(
        qtbot, corpus, shown_window, finish):
    w = shown_window(corpus)
    assert _document_counts(w) == ["2", "1 (+1)", "1 (+1)"]
    view = w.browser.view
    index = w.browser.model.index(1, CLAIMS)
    shown = view.visualRect(index).width()
    assert view.fontMetrics().horizontalAdvance("1 (+1)") < shown, "the count is shown whole"
    tip = w.browser.model.headerData(CLAIMS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "only in a report not made" in tip
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("Claims: 1 stated here, 1 more held only in a report not made")
    _withhold_the_chief(w, corpus, finish)
    qtbot.waitUntil(lambda: _document_counts(w) == ["1 (+1)", "1 (+1)", "1 (+1)"])


def _heading(window) -> str:
    return window.timeline_panel.heading.text()


def test_the_timeline_gives_the_first_report_to_the_first_source_that_states_the_claim(
        qtbot, corpus, shown_window, finish):
    w = shown_window(corpus)
    (armed,) = [c.id for c in store.claims(corpus) if "armed" in c.label]
    w.compare([1, 2, 3], armed)
    qtbot.waitUntil(lambda: f"[{armed}]" in _heading(w))
    assert "first reported by d1 (" in _heading(w) and "d2" not in _heading(w)
    assert "— 1 source (+2 holding it only in a report not made), first" in _heading(w), "as the claims table's 1 (+2)"
    _withhold_the_chief(w, corpus, finish)
    w.compare([1, 2, 3], armed)
    qtbot.waitUntil(lambda: "not stated: " in _heading(w))
    assert "— no source states it: 3 hold it only in a report not made, so it has no first reporter" in _heading(w)
    assert "3 sources" not in _heading(w) and "first reported" not in _heading(w)


def test_sorting_the_document_list_by_claims_sorts_by_the_count_it_shows(qtbot, corpus, shown_window):
    w = shown_window(corpus)
    w.browser.view.sortByColumn(CLAIMS, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: w.browser.model.rowCount() == 3)
    assert _document_counts(w) == ["1 (+1)", "1 (+1)", "2"], "a claim held only unsaid is not counted as stated"
    w.browser.view.sortByColumn(CLAIMS, Qt.SortOrder.DescendingOrder)
    assert _document_counts(w) == ["2", "1 (+1)", "1 (+1)"]


def test_a_two_digit_count_beside_a_report_not_made_shows_whole_where_the_dock_has_room(qtbot, corpus, shown_window):
    """window38's walk: "14 (+1)" read "14 (…" in a 520-px dock, the column sized for "9 (+9)" whatever the corpus."""
    text = corpus.document(2).text
    words = [(start, start + len(word)) for start, word in _words(text)][:13]
    with corpus.transaction() as db:
        first = store.next_claim_id(corpus)
        for n, (start, end) in enumerate(words):
            db.execute("INSERT INTO claims (id, label) VALUES (?, ?)", (first + n, text[start:end]))
            db.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (?, 2, ?, ?)',
                       (first + n, start, end))
    w = shown_window(corpus)
    w.resizeDocks([w.docks["documents"]], [520], Qt.Orientation.Horizontal)
    browser = w.browser
    qtbot.waitUntil(lambda: browser.width() >= 500)
    row = browser.model.row_of(2)
    index = browser.model.index(row, CLAIMS)
    shown = str(index.data())
    assert re.fullmatch(r"\d\d \(\+\d\)", shown), shown
    assert not browser.view.isColumnHidden(CLAIMS)
    assert browser.view.fontMetrics().horizontalAdvance(shown) + 8 <= browser.view.columnWidth(CLAIMS)


def _words(text: str) -> list[tuple[int, str]]:
    """(start, word) of the words of ``text``: distinct spans, each a mention of a claim of its own."""
    return [(m.start(), m.group()) for m in re.finditer(r"\w+", text)]
