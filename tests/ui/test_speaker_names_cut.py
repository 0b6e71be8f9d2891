"""A speaker's name or role too long for its column in the attribution dock is shown whole, over more lines: cut to
one line, "Adam L. Braverman" read "Adam L. …" (fresh35's BASIL walk), and cut in its middle "New York …epartment"
and "Prince Geo…nty police" in a 300-px dock (window37's walk)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

TEXT_MARGIN = 8  # what the style leaves of a cell's width around its text


def test_long_speaker_names_and_roles_wrap_whole_in_a_300_px_dock(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [300], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    qtbot.waitUntil(lambda: panel.width() <= 320)
    qtbot.wait(50)  # the rows laid out again at the fitted widths
    checked = 0
    for column in (0, 1):
        room = view.columnWidth(column) - (view.indentation() if column == 0 else 0) - TEXT_MARGIN
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            metrics = QFontMetrics(font)
            text = str(index.data() or "")
            if not text or metrics.horizontalAdvance(text) <= room:
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            view.itemDelegate().initStyleOption(option, index)
            assert option.features & QStyleOptionViewItem.ViewItemFeature.WrapText, text
            needed = metrics.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, text).height()
            assert view.visualRect(index).height() >= needed, (text, view.visualRect(index).height(), needed)
            checked += 1
    assert checked, "no name or role of the sample is too long for a 300-px dock"


def test_a_short_speaker_row_stays_one_line(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [300], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    qtbot.waitUntil(lambda: panel.width() <= 320)
    qtbot.wait(50)
    view, model = panel.view, panel.model
    heights = {}
    for row in range(model.rowCount()):
        name, role = model.index(row, 0), model.index(row, 1)
        metrics = QFontMetrics(name.data(Qt.ItemDataRole.FontRole))
        if metrics.horizontalAdvance(name.data()) < view.columnWidth(0) / 2 and not role.data():
            heights[name.data()] = view.visualRect(name).height()
    assert heights and max(heights.values()) < 2 * QFontMetrics(view.font()).height(), heights
