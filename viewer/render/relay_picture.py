"""The relay graph's SVG drawn by Qt: on screen, into a PNG, onto a PDF page.

`export.relay_svg` writes the one picture as SVG text; QtSvg renders it wherever it is shown, so
the window, the PNG and the PDF cannot drift apart. QtGui and QtSvg only, no widgets.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from viewer.export.atomic import ExportError, atomic_path
from viewer.render.pdf_layout import ensure_gui, renderer


def write_png(svg: str, target: Path, scale: float = 2.0) -> QSize:
    """The picture as a PNG at ``scale`` times its size (2: sharp on a high-density screen and in print)."""
    ensure_gui()
    drawn = renderer(svg)
    size = drawn.defaultSize() * scale
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    drawn.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    with atomic_path(target) as temporary:  # a failed write leaves no half PNG behind
        if not image.save(str(temporary), "PNG"):
            raise ExportError(f"{target}: the PNG could not be written")
    return size
