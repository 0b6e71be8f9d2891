"""The claims table sorted by a column: its title stays whole beside the sort arrow, and the claim keeps the rest."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from viewer.ui.claims_panel import FIXED


def _sorted_by(qtbot, window, column):
    """Click the column's title as a researcher does (a second click turns the order round)."""
    header = window.claims_panel.view.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2))
    assert header.sortIndicatorSection() == column
    return header


@pytest.mark.parametrize("column", [FIXED.index("Sources"), len(FIXED)], ids=["Sources", "first article"])
def test_the_sorted_column_shows_its_whole_title_beside_the_arrow(qtbot, analysed_corpus, shown_window, column):
    """Sorted by its sources, the table's header read "Sour…" (60 px for 78), and by an article "…" for "d1"."""
    w = shown_window(analysed_corpus)
    w.resize(1280, 800)
    w.compare([1, 2])
    qtbot.wait(20)
    header = _sorted_by(qtbot, w, column)
    assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
    view = w.claims_panel.view
    shown = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    assert shown <= view.viewport().width() + 1, "the wider title is taken from the claim, not scrolled sideways"
    w.set_corpus(None)
