"""Table cells whose text is cut between two words: Qt's item views elide inside a word ("So now the money you paid
for yo…", a title "…Jim Mattis Will …"), which reads as wording the article never used. The claim column of the
claims table and the title column of the document list draw through `WordCutDelegate`; the tooltip keeps the whole."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.render.word_fit import folded_lines

LINE_BREAK = "\u2028"  # Qt's line separator: the item view drops a newline and wraps the words together ("toThrow")


class WordCutDelegate(QStyledItemDelegate):
    """Draws a cell's text on the lines its row holds (two where the view wraps), the last cut at a word break."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def shown(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        """The text as drawn in this cell: whole where it fits, else its lines cut between words."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text:
            return opt.text
        style = opt.widget.style() if opt.widget else self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        lines = max(1, box.height() // opt.fontMetrics.lineSpacing()) if self.view.wordWrap() else 1
        return LINE_BREAK.join(line.rstrip() for line in folded_lines(opt.text, opt.font, box.width() - 2 * margin, lines))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = self.shown(option, index)
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
