"""How the attribution tree draws its rows: a speaker's name whole, its role beside it or under it, a statement
spanning the row.

At 1280 px the dock is ~230 px: a Role column beside the names elided the roles to a word ("Ukrainia…", "Kremlin …")
and wrapped the names to two lines. Where the name and the role do not both fit side by side, the role goes under
the name, in grey, as mail clients stack sender and subject in a narrow list: both read whole, a row two lines. A
short pair ("Vladimir Putin  Russian leader") keeps one line: every role under its name showed 14 speakers of the
sample where one-line rows had shown 20 (window45's walk).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

ROLE_COLUMN = 1
ROLE_GREY = QColor("#555555")
GAP = "\u2003"  # an em space between a name and the role beside it
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class SpeakerRowDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text. A statement spans the whole row. A speaker's name wraps in its column:
    cut to one line, "New York City Police Department" read "New York …epartment" in a 300-px dock (window37's
    walk). Beside the name, a role stays one line, cut at its end (the tooltip has it): wrapped, most rows of a
    narrow dock took two or three lines. ``stacked``: the role goes under the name instead, wrapped whole."""

    WRAPPED = (0,)  # a speaker row's columns that wrap: the name; the role and the counts stay one line

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.stacked = False  # the role under the name (its column hidden), set by the panel as the dock's width allows

    def role_placed(self, index: QModelIndex) -> tuple[str, bool]:
        """The role (or where a speaker is heard) drawn with a speaker's name when stacked, and whether it goes on the
        name's line (the two fit the cell whole) rather than under it; measured once a paint or size."""
        if not self.stacked or index.parent().isValid() or index.column() != 0:
            return "", False
        role = str(index.siblingAtColumn(ROLE_COLUMN).data() or "")
        return role, bool(role) and self._fits_beside(index, role)

    def role_below(self, index: QModelIndex) -> str:
        """The role drawn under a speaker's name, when stacked and too long beside it."""
        role, beside = self.role_placed(index)
        return "" if beside else role

    def role_beside(self, index: QModelIndex) -> str:
        """The role drawn on the name's line, in grey, when stacked and the two fit the cell whole."""
        role, beside = self.role_placed(index)
        return role if beside else ""

    def _fits_beside(self, index: QModelIndex, role: str) -> bool:
        plain = QFontMetrics(self.view.font())
        bold = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or self.view.font())
        width = bold.horizontalAdvance(str(index.data() or "")) + plain.horizontalAdvance(GAP + role)
        return width <= self._room(index) - 2 * self._margin()

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if not index.parent().isValid() and index.column() not in self.WRAPPED:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        role, beside = self.role_placed(index)
        if not role:
            super().paint(painter, option, index)
            return
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        style, name = self.view.style(), option.text
        option.text = ""  # the style draws the row's background, selection and focus; the two texts are drawn here
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self.view)
        option.text = name
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self.view)
        margin = self._margin()
        box = box.adjusted(margin, 0, -margin, 0)
        name_height, role_height = self._heights(option, name, role, box.width())
        top = box.top() + max(0, (box.height() - name_height - (0 if beside else role_height)) // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        active = bool(option.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Normal if active else QPalette.ColorGroup.Inactive
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(group, text))
        painter.drawText(QRect(box.left(), top, box.width(), name_height), WRAP, name)
        painter.setFont(self.view.font())
        painter.setPen(option.palette.color(group, QPalette.ColorRole.HighlightedText) if selected else ROLE_GREY)
        if beside:  # on the name's line: the same point size, so the same baseline
            after = QFontMetrics(option.font).horizontalAdvance(name) + painter.fontMetrics().horizontalAdvance(GAP)
            painter.drawText(QRect(box.left() + after, top, box.width() - after, name_height), WRAP, role)
        else:
            painter.drawText(QRect(box.left(), top + name_height, box.width(), role_height), WRAP, role)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        role, beside = self.role_placed(index)
        if index.parent().isValid():
            if index.column() != 0:
                return size
            width = self.view.viewport().width() - 2 * self.view.indentation() - 12  # statement rows span the row
        elif role and not beside:
            option = QStyleOptionViewItem(option)
            self.initStyleOption(option, index)
            room = self._room(index) - 2 * self._margin()
            name_height, role_height = self._heights(option, option.text, role, room)
            return QSize(size.width(), name_height + role_height + max(0, size.height() - option.fontMetrics.height()))
        elif index.column() in self.WRAPPED:
            return QSize(size.width(), max(size.height(), self._name_height(option, index, size)))
        else:
            return size
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 8))

    def _heights(self, option: QStyleOptionViewItem, name: str, role: str, width: int) -> tuple[int, int]:
        """The name's wrapped height in its (bold) font, and the role's in the view's."""
        width = max(width, 40)
        named = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100000), WRAP, name).height()
        roled = QFontMetrics(self.view.font()).boundingRect(QRect(0, 0, width, 100000), WRAP, role).height()
        return named, roled

    def _room(self, index: QModelIndex) -> int:
        """The cell's width less the branch, as the style lays the text out in it."""
        return max(self.view.columnWidth(index.column()) - (self.view.indentation() if index.column() == 0 else 0), 40)

    def _margin(self) -> int:
        """What the style leaves each side of a cell's text (Qt's common style: a focus frame's margin and a pixel)."""
        return self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1

    def _name_height(self, option: QStyleOptionViewItem, index: QModelIndex, size: QSize) -> int:
        """The name's lines as the style lays them out in its cell (the column less the branch), and a line's own
        padding. Measured 2 px narrower than the style draws, "Hennepin County Attorney's Office" took a two-line
        row to show one line at 1920 px (window39's walk)."""
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)  # the name's bold font
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, self._room(index), 100000)
        style = self.view.style()
        lines = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, option.rect.size(),
                                       self.view).height()
        return lines + max(0, size.height() - option.fontMetrics.height())
