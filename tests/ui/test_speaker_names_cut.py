"""A speaker's name too long for its column in the attribution dock is shown whole, over more lines: cut to one
line, "Adam L. Braverman" read "Adam L. …" (fresh35's BASIL walk), and cut in its middle "New York …epartment" and
"Prince Geo…nty police" in a 300-px dock (window37's walk). A role stays one line (its tooltip has it whole)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

TEXT_MARGIN = 8  # what the style leaves of a cell's width around its text


def test_long_speaker_names_wrap_whole_in_a_300_px_dock(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [300], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    qtbot.waitUntil(lambda: panel.width() <= 320)
    qtbot.wait(50)  # the rows laid out again at the fitted widths
    checked = 0
    room = view.columnWidth(0) - view.indentation() - TEXT_MARGIN
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole))
        text = str(index.data() or "")
        if metrics.horizontalAdvance(text) <= room:
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        view.itemDelegate().initStyleOption(option, index)
        assert option.features & QStyleOptionViewItem.ViewItemFeature.WrapText, text
        needed = metrics.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, text).height()
        assert view.visualRect(index).height() >= needed, (text, view.visualRect(index).height(), needed)
        checked += 1
    assert checked, "no name of the sample is too long for a 300-px dock"


def test_a_speaker_row_with_a_short_name_stays_one_line(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [300], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    qtbot.waitUntil(lambda: panel.width() <= 320)
    qtbot.wait(50)
    view, model = panel.view, panel.model
    heights = {}
    for row in range(model.rowCount()):
        name = model.index(row, 0)
        metrics = QFontMetrics(name.data(Qt.ItemDataRole.FontRole))
        if metrics.horizontalAdvance(name.data()) < view.columnWidth(0) / 2:  # a long role too: one line, cut
            heights[name.data()] = view.visualRect(name).height()
    assert heights and max(heights.values()) < 2 * QFontMetrics(view.font()).height(), heights
