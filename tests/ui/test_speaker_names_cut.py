"""A speaker's name too long for its column in the attribution dock keeps its surname: the tree wraps its rows
(for the statements), so "Adam L. Braverman" lost its second line and read "Adam L. …" (fresh35's BASIL walk)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem



def test_a_long_speaker_name_is_cut_in_its_middle_on_one_line(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1280, 800)
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    room = view.columnWidth(0) - view.indentation()
    names = [model.index(r, 0) for r in range(model.rowCount())]
    long = [i for i in names if QFontMetrics(i.data(Qt.ItemDataRole.FontRole)).horizontalAdvance(i.data()) > room]
    assert long, ([i.data() for i in names], room)
    for index in long:
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # as the tree paints its rows: wrapped, since statements wrap
        view.itemDelegate().initStyleOption(option, index)
        assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
        shown = option.fontMetrics.elidedText(option.text, option.textElideMode, room)
        assert shown.endswith(index.data()[-3:]), shown
