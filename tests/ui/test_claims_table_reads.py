"""At 1280×800 the claims table read about 20 characters of each claim ("He also has been cha…", window40's walk): the
bottom docks were split 40/60 with the timeline, and a discrepancy took its share of what was left."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_at_1280_the_claims_table_reads_a_claims_words_beside_three_articles(qtbot, sample_corpus, settings):
    from viewer.ui.main_window import MainWindow

    w = MainWindow(sample_corpus, settings)  # a first run: the window's own layout, at a laptop's size
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.compare([1, 2, 3], 1)
    panel, view = w.claims_panel, w.claims_panel.view
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 1)
    assert panel.model.uses_column(3), "a claim of the three articles has a discrepancy"
    characters = view.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: view.columnWidth(1) >= 33 * characters, timeout=2000)
    assert view.horizontalScrollBar().maximum() == 0, "the article columns stay in view"
    assert view.columnWidth(3) >= view.fontMetrics().horizontalAdvance("Discrepancy") + 12, "its title is whole"
    row = panel.proxy.index(0, 1)
    whole = panel.model.claim(panel.proxy.mapToSource(row).row()).mentions[0].text
    assert whole in panel.proxy.data(row, Qt.ItemDataRole.ToolTipRole), "the tooltip holds a cut claim whole"
    w.set_corpus(None)
