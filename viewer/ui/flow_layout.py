"""A row that wraps onto a second line when its dock is narrow, instead of setting the dock's minimum width.

The attribution dock's four statement filters, the note's three tag boxes and "Published [from] to [to]", each on
one line, kept the docks 248-281 px wide, so four articles did not fit at 1440 px (`pane_room`); wrapped, a row's
narrowest is its widest item. Qt's own Flow Layout example, kept to what the window needs: left to right, then
down, an expanding item taking what its line leaves.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Lays its items out in reading order, starting a new line where the next one would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._wrapped = 0  # the height its lines take at the width it was last given
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        # a dock tabbed away is "visible" off-screen at its narrowest, and still sets its group's height: it counts none
        shown = self.parentWidget() is not None and not self.parentWidget().visibleRegion().isEmpty()
        if not shown:
            self.forget_wrapping()
        elif height != self._wrapped:  # a splitter or dock asks no height for a width: the minimum says it instead
            self._wrapped = height
            self.invalidate()
            self.update()

    def sizeHint(self) -> QSize:
        """All on one line: what the dock asks for when it has the room."""
        margins = self.contentsMargins()
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(h.width() for h in hints) + self.spacing() * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def forget_wrapping(self) -> None:
        """Its lines count no more until it is laid out again: a dock tabbed away still sets its group's height."""
        if self._wrapped:
            self._wrapped = 0
            self.invalidate()

    def minimumSize(self) -> QSize:
        """The widest single item (narrower, a button's words would be cut), as tall as its lines were last laid out:
        in a notes dock 220 px wide the wrapped tag boxes otherwise lay over the tags line below them."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(size.width(), max(size.height(), self._wrapped))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; the height they take. A line takes the next item while
        they all fit it at their narrowest, their style's padding giving way first (as in a box layout): the
        attribution dock's "Documents" and "Open articles only" share a line at 220 px instead of taking one each.
        An item that expands (a row of fields) takes what its line leaves."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = [item for item in self._items if not item.isEmpty()]
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in items:
            low = max(1, item.minimumSize().width())
            if lines[-1] and used + self.spacing() + low > area.width():
                lines.append([])
            used = (used + self.spacing() if lines[-1] else 0) + low
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            widths = self._widths(line, area.width())
            left = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
            wide = [i for i in line if i.expandingDirections() & Qt.Orientation.Horizontal]
            x, height = area.x(), max((i.sizeHint().height() for i in line), default=0)
            for item, width in zip(line, widths):
                if item in wide and left > 0:
                    width += left // len(wide)
                if move:  # a label beside a field sits on the field's middle
                    tall = item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - tall) // 2), QSize(width, tall)))
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom() if items else margins.top() + margins.bottom()

    def _widths(self, line: list[QLayoutItem], room: int) -> list[int]:
        """The items' widths on a line ``room`` wide: as they ask while they fit, else each gives up a like share
        of its padding."""
        gaps = self.spacing() * max(0, len(line) - 1)
        mins = [max(1, item.minimumSize().width()) for item in line]
        hints = [max(min(item.sizeHint().width(), room), low) for item, low in zip(line, mins)]
        padding = sum(hints) - sum(mins)
        if sum(hints) + gaps <= room or padding <= 0:
            return hints
        spare = max(0, room - gaps - sum(mins))
        return [low + (high - low) * spare // padding for low, high in zip(mins, hints)]
