"""How much a table cell's type must shrink so that its longest word fits its column; lines elided at a word.

Qt's text layout breaks a word wider than its line anywhere ("Commonwealt / h Chronicle" in a
source column of the PDF's timeline); a cell holding such a word is set smaller instead, down to
`SMALLEST` points, below which a word (a long web address) is left to break.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPaintDevice, QTextLayout, QTextOption

from viewer.excerpts import word_head

SMALLEST = 6.0  # points: the least a cell is shrunk to


def fitting_scale(words: Iterable[tuple[str, QFont]], width: float, device: QPaintDevice, per_point: float) -> float:
    """The factor (at most 1) by which the cell's type shrinks so that each of its words, in its font, is no wider
    than ``width`` points; ``per_point``: the device's units in a point. Never below `SMALLEST` points."""
    scale = 1.0
    for word, font in words:
        advance = QFontMetricsF(font, device).horizontalAdvance(word) / per_point
        if advance > width:
            scale = min(scale, max(width / advance, SMALLEST / font.pointSizeF()))
    return scale


def elided_at_word(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` elided at its end to ``width`` pixels as Qt does, its cut moved back to a word break: Qt cuts
    inside a word ("Trump taps Pat…" in a pane's header, a report's running title)."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
    if shown == text or not shown.endswith("…"):
        return shown
    return word_head(text, len(shown) - 1) + "…"


def folded_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """``text`` wrapped at word breaks to ``width`` pixels on at most ``lines`` lines, the last holding the rest
    elided at a word (`elided_at_word`): a pane's folded title, a title or claim cell of a narrow list."""
    metrics = QFontMetrics(font)
    if lines <= 1 or width <= 0 or metrics.horizontalAdvance(text) <= width:
        return [elided_at_word(metrics, text, width)]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while len(starts) < lines and (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    ends = starts[1:] + [len(text)]
    drawn = [text[a:b] for a, b in zip(starts, ends)]
    drawn[-1] = elided_at_word(metrics, drawn[-1], width)
    return drawn
