"""The attribution panel at its default dock width: statements wrap with their source article
inline, and a double-click or Enter opens the article with the statement selected."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, analysed_corpus, settings):
    w = MainWindow(analysed_corpus, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.compare([1, 2])
    yield w
    w.set_corpus(None)


def _statement_row(panel, speaker_name):
    model = panel.model
    row = model.speaker_row(speaker_name)
    speaker = model.index(row, 0)
    panel.view.expand(speaker)
    return model.index(0, 0, speaker)


def test_statements_wrap_and_name_their_article(qtbot, window):
    panel = window.attribution_panel
    index = _statement_row(panel, "Oleksandr Motuzaynik")
    statement = panel.model.statement(index)
    shown = index.data()
    assert "The state is making utmost efforts to carry out the rescue of our servicemen." in shown
    assert "Outlet C (d3)" in shown  # the source article, inline
    rect = panel.view.visualRect(index)
    assert rect.height() >= 2.5 * panel.view.fontMetrics().height(), "a long statement is cut to one line"
    assert panel.view.visualRect(index).right() <= panel.view.viewport().width() + 2
    assert statement.document_id == 3


@pytest.mark.parametrize("gesture", ["double-click", "enter"])
def test_double_click_or_enter_opens_the_article_and_selects_the_statement(qtbot, window, gesture):
    panel = window.attribution_panel
    index = _statement_row(panel, "Oleksandr Motuzaynik")
    statement = panel.model.statement(index)
    qtbot.wait(10)
    if gesture == "enter":
        panel.view.setFocus()
        panel.view.setCurrentIndex(index)
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    else:
        panel.view.scrollTo(index)
        point = panel.view.visualRect(index).center()
        # A real double-click: press and release, then the second press arrives as a double-click.
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: 3 in window.comparison.document_ids)
    pane = window.comparison.pane(3)
    assert pane._statement == (statement.content.start, statement.content.end)
    current = panel.model.statement(panel.view.currentIndex())
    assert current is not None and current.id == statement.id, "the panel lost the statement it opened"
