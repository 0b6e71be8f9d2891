"""At 1280×800 the claims table read about 20 characters of each claim ("He also has been cha…", window40's walk): an
empty Tags column kept its title's width, and a discrepancy column its share for "≠ 1 · sta…". The timeline beside
it keeps its width: its wording is at its 150-px floor there already."""
from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.corpus import notes


def test_at_1280_the_claims_table_reads_a_claims_words_beside_three_articles(qtbot, sample_corpus, settings):
    from viewer.ui.main_window import MainWindow

    w = MainWindow(sample_corpus, settings)  # a first run: the window's own layout, at a laptop's size
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.compare([1, 2, 3], 1)
    panel, view, model = w.claims_panel, w.claims_panel.view, w.claims_panel.model
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 1)
    assert model.uses_column(3), "a claim of the three articles has a discrepancy"
    characters = view.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: view.columnWidth(1) >= 30 * characters, timeout=2000)
    assert w.docks["timeline"].width() >= 0.58 * w.width(), "the timeline keeps its room"
    assert view.horizontalScrollBar().maximum() == 0, "the article columns stay in view"
    header = view.horizontalHeader()
    assert header.isSectionHidden(4), "no claim has a tag: no empty Tags column"
    row = next(r for r in range(model.rowCount()) if model.claim(r).discrepancies)
    assert model.index(row, 3).data() == f"≠ {len(model.claim(row).discrepancies)}"  # the mark, whole
    assert model.headerData(3, Qt.Orientation.Horizontal) == "≠"
    assert "Discrepancy" in model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "36th Naval Brigade" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole), "its words on hover"
    whole = model.claim(0).mentions[0].text
    assert whole in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole), "the tooltip holds a cut claim whole"
    notes.set_tags(w.corpus, "claim", notes.claim_key(model.claim(0).id), ["disputed"])
    panel.reload()
    qtbot.waitUntil(lambda: not header.isSectionHidden(4))  # a tag: the column is back
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: not model.marks_only, timeout=2000)  # room: the first discrepancy's words again
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Discrepancy"
    w.set_corpus(None)


def _five_open(qtbot, corpus, settings, width: int, height: int):
    """A first run's window of this size comparing the sample's five articles, its claims listed."""
    from viewer.ui.main_window import MainWindow

    w = MainWindow(corpus, settings)
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    w.compare([1, 2, 3, 4, 5], 1)
    qtbot.waitUntil(lambda: w.claims_panel.proxy.rowCount() > 1)
    return w


def test_with_five_articles_open_at_1280_each_claim_reads_over_two_lines(qtbot, sample_corpus, settings):
    """window43's walk: five articles open at 1280 px left the claim's column ~28 characters ("Kent police say fatal
    shootin…"); its words now wrap onto a second line, and go back to one when the articles close."""
    w = _five_open(qtbot, sample_corpus, settings, 1280, 800)
    view = w.claims_panel.view
    characters, line = view.fontMetrics().averageCharWidth(), view.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: view.wordWrap(), timeout=2000)
    assert view.columnWidth(1) < 36 * characters and view.rowHeight(0) >= 2 * line
    cell = view.visualRect(w.claims_panel.proxy.index(0, 1))
    shown = view.fontMetrics().boundingRect(cell.adjusted(4, 0, -4, 0), Qt.TextFlag.TextWordWrap,
                                            w.claims_panel.proxy.index(0, 1).data())
    assert shown.height() >= 2 * line, "the claim's words fill a second line"
    w.compare([1, 2], 1)
    qtbot.waitUntil(lambda: not view.wordWrap(), timeout=2000)
    assert view.columnWidth(1) >= 36 * characters and view.rowHeight(0) < 2 * line


def test_an_article_with_no_outlet_is_named_once_in_the_matrix_tooltips(qtbot, sample_corpus):
    """d2 has no outlet: its column's tooltips began " (d2): …" and "d2 (d2): no passage was linked…"."""
    from viewer.ui.claims_panel import ClaimsPanel, FIXED

    panel = ClaimsPanel(sample_corpus)
    qtbot.addWidget(panel)
    panel.reload(documents=[1, 2, 3])
    model = panel.model
    first, second, third = (len(FIXED) + n for n in range(3))
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.headerData(second, Qt.Orientation.Horizontal, tip).startswith("d2: ● carries")
    assert model.headerData(first, Qt.Orientation.Horizontal, tip).startswith("BNR (d1): ")
    tips = [model.index(r, c).data(tip) for r in range(model.rowCount()) for c in (second, third)]
    assert any(tip.startswith("d2 carries") for tip in tips)
    assert any(tip.startswith("Latin Times (d3): no passage was linked") for tip in tips)
    assert not any(tip.startswith(("d2 (d2)", " (d2)")) for tip in tips)


def test_at_1000_with_five_articles_the_sources_column_gives_the_claim_its_room(qtbot, sample_corpus, settings):
    # With five article columns at 1000×700 the claim read "Russia's / Defense …" in a 98-px column beside a
    # 60-px "Sources" column holding "2": titled "Src", that column is its digits' width and the claim gets the rest.
    from viewer.ui.claims_panel import CLAIM_READABLE, SOURCES_SHORT

    w = _five_open(qtbot, sample_corpus, settings, 1000, 700)
    view, model = w.claims_panel.view, w.claims_panel.model
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: model.headerData(2, Qt.Orientation.Horizontal) == SOURCES_SHORT, timeout=2000)
    assert "Sources" in model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    metrics = view.fontMetrics()
    assert header.sectionSize(2) >= header.sectionSizeFromContents(2).width() - 12  # its title whole, arrow aside
    assert all(header.sectionSize(2) >= metrics.horizontalAdvance(model.index(r, 2).data()) + 8
               for r in range(model.rowCount()))
    others = sum(view.columnWidth(c) for c in range(model.columnCount()) if c != 1)
    assert view.columnWidth(1) >= view.viewport().width() - others - 2  # the claim takes all the room left
    assert view.columnWidth(1) > 98 + 8 and view.horizontalScrollBar().maximum() == 0
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # sorted by it: "Sources" and its arrow again
    qtbot.waitUntil(lambda: model.headerData(2, Qt.Orientation.Horizontal) == "Sources", timeout=2000)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    w.resize(1600, 900)
    qtbot.waitUntil(lambda: view.columnWidth(1) >= CLAIM_READABLE, timeout=2000)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Sources"
    w.set_corpus(None)
