"""Lines of a cell that hang: each line of its text starts at the cell's edge and its wraps are indented under it.

The timeline's Relayed cell holds a relay chain a line ("Russia's Defense Ministry → AFP → BNR", then "Russia's
Defense Ministry: direct"); wrapped in a ~180-px column, "Russia's Defense / Ministry → AFP → BNR / Russia's
Defense / Ministry: direct" told where one chain ended only by its arrows. A hanging indent, as a bibliography sets its
entries, shows where each begins.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption

HANG = 12  # px the wrapped lines of a line are indented under its first


def laid_out(text: str, font: QFont, width: int) -> tuple[list[QTextLayout], int]:
    """Each line of ``text`` wrapped at ``width``, its wraps indented by HANG, placed one under another from 0; and
    the height they take."""
    layouts, top = [], 0.0
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
    for line in text.replace("\u2028", "\n").split("\n"):  # a delegate's display text breaks lines with U+2028
        layout = QTextLayout(line, font)
        layout.setTextOption(wrap)
        layout.beginLayout()
        indent = 0
        while (row := layout.createLine()).isValid():
            row.setLineWidth(max(width - indent, 20))
            row.setPosition(QPointF(indent, top))
            top += row.height()
            indent = HANG
        layout.endLayout()
        layouts.append(layout)
    return layouts, int(round(top))


def paint(painter: QPainter, text: str, font: QFont, box: QRect) -> None:
    """``text`` hung in ``box``, centred in its height as the style centres a cell's text, in the painter's pen."""
    layouts, height = laid_out(text, font, box.width())
    origin = QPointF(box.left(), box.top() + max(0, (box.height() - height) // 2))
    for layout in layouts:
        layout.draw(painter, origin)
