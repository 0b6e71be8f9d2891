"""A speaker's name too long for its column in the attribution dock is shown whole, over more lines: cut to one
line, "Adam L. Braverman" read "Adam L. …" (fresh35's BASIL walk), and cut in its middle "New York …epartment" and
"Prince Geo…nty police" in a 300-px dock (window37's walk). Where a role does not fit beside its name it goes under
it, whole: at 1280 px a Role column cut the roles to a word ("Ukrainia…") and wrapped the names (window44's walk)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from viewer.ui.attribution_panel import SpeakerTreeModel
from viewer.ui.speaker_rows import SpeakerRowDelegate



def text_margin(view) -> int:
    """What the style leaves of a cell's width around its text (Qt's common style: a focus frame's margin and a
    pixel, each side); 8 px taken for it left a name that fits on one line in a two-line row (window39)."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def test_long_speaker_names_wrap_whole_in_a_narrow_dock(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [230], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    qtbot.waitUntil(lambda: panel.width() <= 250)
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
    assert checked, "no name of the sample is too long for a 230-px dock"


def test_a_speaker_row_with_a_short_name_stays_one_line(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    w.resizeDocks([w.docks["attributions"]], [300], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    qtbot.waitUntil(lambda: panel.width() <= 320)
    qtbot.wait(50)
    view, model = panel.view, panel.model
    heights = {}
    room = view.columnWidth(0) - view.indentation() - text_margin(view)
    for row in range(model.rowCount()):
        name = model.index(row, 0)
        metrics = QFontMetrics(name.data(Qt.ItemDataRole.FontRole))
        role = panel.rows.role_below(name)  # under the name, wrapped: its lines are the role's, not the name's
        below = QFontMetrics(view.font()).boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, role)
        if metrics.horizontalAdvance(name.data()) < view.columnWidth(0) / 2:
            heights[name.data()] = view.visualRect(name).height() - (below.height() if role else 0)
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
    view.setItemDelegate(SpeakerRowDelegate(view))
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


@pytest.mark.parametrize("panes", [2, 3])
def test_at_1280_px_each_role_is_read_whole_under_its_name_and_the_names_on_one_line(qtbot, sample_corpus, shown_window,
                                                                                     panes):
    w = shown_window(sample_corpus)
    w.resize(1280, 800)
    w.compare(list(range(1, panes + 1)))
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    qtbot.waitUntil(lambda: panel.rows.stacked and view.header().isSectionHidden(1))
    qtbot.wait(50)  # the rows laid out again at the fitted widths
    room = view.columnWidth(0) - view.indentation() - text_margin(view)
    plain, roles = QFontMetrics(view.font()), 0
    for row in range(model.rowCount()):
        name = model.index(row, 0)
        bold = QFontMetrics(name.data(Qt.ItemDataRole.FontRole))
        role = str(model.index(row, 1).data() or "")
        assert role in (panel.rows.role_below(name), panel.rows.role_beside(name))
        named = bold.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, name.data()).height()
        if bold.horizontalAdvance(name.data()) <= room:
            assert named < 2 * bold.height(), name.data()
        if role and not panel.rows.role_beside(name):
            roles += 1
            below = plain.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, role).height()
            assert view.visualRect(name).height() >= named + below, (name.data(), role)
    assert roles >= 5
    names = [model.index(r, 0) for r in range(model.rowCount())]
    whole = [n.data() for n in names
             if QFontMetrics(n.data(Qt.ItemDataRole.FontRole)).horizontalAdvance(n.data()) <= room]
    assert "Volodymyr Zelensky" in whole and "Russia's Defense Ministry" in whole  # cut or wrapped beside a Role column


def test_a_wide_dock_keeps_the_role_beside_the_name(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    w.resize(1920, 1080)
    w.resizeDocks([w.docks["attributions"]], [700], Qt.Orientation.Horizontal)
    panel = w.attribution_panel
    qtbot.waitUntil(lambda: panel.width() >= 600)
    qtbot.waitUntil(lambda: not panel.rows.stacked and not panel.view.header().isSectionHidden(1))
    name = panel.model.index(0, 0)
    assert panel.rows.role_below(name) == ""
    assert panel.view.visualRect(name).height() < 2 * QFontMetrics(name.data(Qt.ItemDataRole.FontRole)).height()


def test_at_1280_px_a_role_that_fits_beside_its_name_keeps_the_row_one_line(qtbot, sample_corpus, shown_window):
    """Every role under its name showed 14 speakers of the sample at 1280 px where one-line rows had shown 20
    (window45's walk): "Alar Karis" and "Estonian President" fit the dock's line together, and a header over the
    names alone said what the dock's title says, in a row a speaker could have had."""
    w = shown_window(sample_corpus)
    w.resize(1280, 800)
    w.compare([1, 2])
    panel = w.attribution_panel
    view, model = panel.view, panel.model
    qtbot.waitUntil(lambda: panel.rows.stacked and view.header().isSectionHidden(1))
    qtbot.wait(50)
    room = view.columnWidth(0) - view.indentation() - text_margin(view)
    plain, beside, below = QFontMetrics(view.font()), [], []
    for row in range(model.rowCount()):
        name, role = model.index(row, 0), str(model.index(row, 1).data() or "")
        bold = QFontMetrics(name.data(Qt.ItemDataRole.FontRole))
        if not role:
            continue
        if bold.horizontalAdvance(name.data()) + plain.horizontalAdvance("\u2003" + role) <= room:
            assert panel.rows.role_beside(name) == role and not panel.rows.role_below(name), name.data()
            assert view.visualRect(name).height() < 2 * bold.height(), (name.data(), role)
            beside.append(name.data())
        else:
            assert panel.rows.role_below(name) == role, name.data()
            below.append(name.data())
    assert beside and below, (beside, below)
    assert view.isHeaderHidden() and all(view.header().isSectionHidden(c) for c in range(1, model.columnCount()))
