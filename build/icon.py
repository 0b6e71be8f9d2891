"""Draw the app icon with Qt (offscreen) and write viewer/resources/icons/provenance.{png,ico,icns}.

Run once after changing the drawing: `.venv/bin/python build/icon.py`. The icon: two
overlapping pages whose lines are lit in the same colours, the way the viewer aligns claims.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "viewer" / "resources" / "icons"
INK = QColor("#1d3557")
PAGE = QColor("#ffffff")
LINE = QColor("#b8c2cc")
CLAIMS = (QColor("#f4a261"), QColor("#2a9d8f"))


def _page(p: QPainter, x: float, y: float, lit_rows: tuple[int, int]) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, 52, 66), 5, 5)
    p.fillPath(path, PAGE)
    p.setPen(QPen(INK, 2.5))
    p.setBrush(Qt.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.NoPen)
    for row in range(6):
        colour = CLAIMS[0] if row == lit_rows[0] else CLAIMS[1] if row == lit_rows[1] else LINE
        width = 36 if row % 3 != 2 else 24
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(x + 8, y + 9 + row * 9, width, 5), 2, 2)


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels, drawn on a 128-unit canvas."""
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.scale(size / 128, size / 128)
    background = QPainterPath()
    background.addRoundedRect(QRectF(4, 4, 120, 120), 26, 26)
    p.fillPath(background, INK)
    _page(p, 16, 22, (1, 4))
    _page(p, 60, 40, (0, 3))
    p.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    """A multi-size .ico with PNG-compressed entries (Windows Vista and later read these)."""
    images = [_png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "provenance.png"))
    _write_ico(ICONS / "provenance.ico", (16, 24, 32, 48, 64, 256))
    draw(1024).save(str(ICONS / "provenance.icns"))
    for size in (16, 32, 48):
        draw(size).save(str(ICONS / f"provenance-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
