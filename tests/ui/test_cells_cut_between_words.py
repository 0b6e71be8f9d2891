"""The claims table and the document list cut a long claim or title between two words: Qt's eliding printed
"So now the money you paid for yo…" and "…Jim Mattis Will …" on BASIL's coverage at 1280 px."""
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
