"""A speaker's name too long for its column in the attribution dock is shown whole, over more lines: cut to one
line, "Adam L. Braverman" read "Adam L. …" (fresh35's BASIL walk), and cut in its middle "New York …epartment" and
"Prince Geo…nty police" in a 300-px dock (window37's walk). A role stays one line (its tooltip has it whole)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from viewer.ui.attribution_panel import SpeakerTreeModel, _WrappingDelegate



def text_margin(view) -> int:
    """What the style leaves of a cell's width around its text (Qt's common style: a focus frame's margin and a
    pixel, each side); 8 px taken for it left a name that fits on one line in a two-line row (window39)."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def test_long_speaker_names_wrap_whole_in_a_300_px_dock(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [300], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    qtbot.waitUntil(lambda: panel.width() <= 320)
    qtbot.wait(50)  # the rows laid out again at the fitted widths
    checked = 0
    room = view.columnWidth(0) - view.indentation() - text_margin(view)
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


def test_a_name_that_fits_its_cell_as_the_style_draws_it_takes_one_line(qtbot, sample_corpus):
    """window39's walk at 1920 px: "Hennepin County Attorney's Office" drawn on one line in a row two lines tall, its
    height measured 2 px narrower than the style draws the name."""
    model = SpeakerTreeModel(sample_corpus)
    model.reload(scope_changed=True)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setWordWrap(True)
    view.setItemDelegate(_WrappingDelegate(view))
    view.resize(900, 600)
    view.show()
    names = [model.index(row, 0) for row in range(model.rowCount())]
    index = max(names, key=lambda i: len(str(i.data())))
    metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole))
    fits = metrics.horizontalAdvance(str(index.data())) + view.indentation() + text_margin(view)
    for spare in (1, 2, 3):
        view.setColumnWidth(0, fits + spare)
        view.doItemsLayout()
        assert view.visualRect(index).height() < 2 * metrics.height(), (index.data(), fits + spare)
    view.setColumnWidth(0, fits - 12)  # a word less room: two lines
    view.doItemsLayout()
    assert view.visualRect(index).height() >= 2 * metrics.height()
