"""The claims table and the document list cut a long claim or title between two words: Qt's eliding printed
"So now the money you paid for yo…" and "…Jim Mattis Will …" on BASIL's coverage at 1280 px. A title on two lines
keeps its break: joined by a newline, which the item view drops, it read "NJ Gov Chris Christie toThrow…"."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem


def _drawn(view, column: int) -> list[tuple[str, str]]:
    """(whole text, text as drawn) of each visible cell of a column, through the delegate that paints it."""
    delegate = view.itemDelegateForColumn(column)
    model = view.model()
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        if option.rect.isValid() and option.rect.intersects(view.viewport().rect()):
            out.append((str(index.data()), delegate.shown(option, index)))
    return out


def _cut_between_words(whole: str, drawn: str) -> bool:
    flat = " ".join(whole.split())
    head = " ".join(drawn.removesuffix("…").split())
    return flat.startswith(head) and flat[len(head)] in " ,;:—–-"


@pytest.mark.parametrize("width", [1280, 1440])
def test_claims_and_titles_are_cut_between_words(qtbot, sample_corpus, shown_window, width):
    w = shown_window(sample_corpus)
    w.resize(width, 800)
    w.compare([1, 2])
    qtbot.wait(50)
    for view, column in ((w.claims_panel.view, 1), (w.browser.view, 0)):
        drawn = _drawn(view, column)
        cut = [(whole, shown) for whole, shown in drawn if shown.endswith("…")]
        assert cut, f"the sample's texts are longer than column {column} at {width} px"
        for whole, shown in cut:
            assert _cut_between_words(whole, shown), (shown, whole)
            assert "\n" not in shown, "lines are broken with Qt's line separator (U+2028), which the view keeps"
    wrapped = [shown for _whole, shown in _drawn(w.browser.view, 0) if "\u2028" in shown]
    assert wrapped, "the document list wraps its titles on two lines at this width"
    room = w.browser.view.columnWidth(0)
    metrics = w.browser.view.fontMetrics()
    assert all(metrics.horizontalAdvance(line) < room for shown in wrapped for line in shown.split("\u2028"))
