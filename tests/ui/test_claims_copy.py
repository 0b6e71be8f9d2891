"""Ctrl+C in the claims table copies each selected claim whole, with its sources; a right-click offers it.

window39's walk: Ctrl+C copied the one cell under the caret ("[1]", or a label cut to its column), and a
right-click on the table did nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from viewer.ui.claims_panel import CLAIM_ID_ROLE


@pytest.fixture
def window(analysed_corpus, shown_window):  # the corpus outlives the window
    return shown_window(analysed_corpus)


def _click_row(qtbot, panel, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = panel.proxy.index(row, 1)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier, pos=panel.view.visualRect(index).center())


def test_ctrl_c_copies_the_selected_claims_with_every_source_s_wording(qtbot, window):
    window.compare([1, 2, 4])
    panel = window.claims_panel
    assert panel.proxy.rowCount() >= 2
    QGuiApplication.clipboard().clear()
    _click_row(qtbot, panel, 0)
    _click_row(qtbot, panel, 1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    claims = [panel.model.claim(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()) for row in (0, 1)]
    for claim in claims:
        assert f"[{claim.id}] " in copied, copied
        for mention in claim.mentions:  # each source's wording whole, its source named by number
            assert " ".join(mention.text.split()) in copied, (mention.text, copied)
            assert f"(d{mention.document})" in copied
    silent = [d for d in panel.model.documents if not claims[0].mentions_in(d)]
    first = copied.split("\n\n")[0]
    assert all(f"(d{d}): no passage linked" in first for d in silent), first
    assert "Copied 2 claims with" in window.statusBar().currentMessage()


def test_a_right_click_offers_the_copy_and_the_corrections_for_the_claim_under_the_pointer(qtbot, window):
    window.compare([1, 2, 4])
    panel = window.claims_panel
    index = panel.proxy.index(1, 1)
    panel.view.customContextMenuRequested.emit(panel.view.visualRect(index).center())
    menu = window.claims_menu.shown
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert titles[0] == "&Copy claim with its sources" and "&Unlink a source…" in titles, titles
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [1], "the row under the pointer"
    menu.actions()[0].trigger()
    claim_id = panel.proxy.data(index, CLAIM_ID_ROLE)
    assert QGuiApplication.clipboard().text().startswith(f"[{claim_id}] ")
    menu.close()


def test_a_pane_s_menu_copies_the_claim_under_the_pointer_with_its_sources(qtbot, window):
    window.compare([1, 2, 4])
    pane = window.comparison.panes[0]
    lit = pane.text_view.lit[0]
    view = pane.text_view
    view.ensureCursorVisible()
    cursor = view.textCursor()
    cursor.setPosition(view.positions(lit.start) + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    menu = view.context_menu(point)
    copy = next(a for a in menu.actions() if a.text().startswith("Copy claim ["))
    assert copy.text() == f"Copy claim [{lit.claim_id}] with its sources"
    copy.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"[{lit.claim_id}] ") and f"(d{pane.document_id})" in copied, copied
    menu.close()
