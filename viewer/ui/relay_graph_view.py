"""Who relays whom, drawn: one claim's relays or the whole corpus's, zoomable, exportable as SVG or PNG.

The picture is `export.relay_svg`'s SVG rendered by `render.relay_picture`, the same one the PDF
and the exported files show. Hovering a node or an edge says who it is and how many statements.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup, QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QToolTip, QVBoxLayout, QWidget,
)

from viewer.export.atomic import write_text
from viewer.export.relay_svg import relay_svg
from viewer.ui.flow_layout import FlowLayout
from viewer.jobs import counted
from viewer.provenance.relay_layout import PlacedEdge, RelayLayout
from viewer.render.relay_picture import renderer, write_png

ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0)


class RelayPicture(QWidget):
    """The drawn graph at a zoom; answers what lies under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_: RelayLayout | None = None
        self.svg = ""
        self.zoom = 1.0
        self._drawn = None
        self.setMouseTracking(True)

    def show_layout(self, layout: RelayLayout | None, svg: str) -> None:
        self.layout_, self.svg = layout, svg
        self._drawn = renderer(svg) if svg else None
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.adjustSize()
        self.update()

    def sizeHint(self) -> QSize:
        if self._drawn is None:
            return QSize(200, 100)
        return self._drawn.defaultSize() * self.zoom

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._drawn is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            size = self._drawn.defaultSize() * self.zoom
            self._drawn.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        tip = self.describe(QPointF(event.position().x() / self.zoom, event.position().y() / self.zoom))
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def describe(self, point: QPointF) -> str:
        """The node or edge at a point of the layout, in words ("" for empty space)."""
        if self.layout_ is None:
            return ""
        for n in self.layout_.nodes:
            if n.x <= point.x() <= n.x + n.width and n.y <= point.y() <= n.y + n.height:
                return f"{n.label} ({n.role}): {n.statements} statement{'s' if n.statements != 1 else ''}"
        labels = {n.key: n.label for n in self.layout_.nodes}
        # a name's edges share its lane through a column they cross: the pointer there is on each of them
        return "; ".join(f"{labels[e.source]} → {labels[e.target]}: {counted(e.statements, 'statement')}"
                         for e in self.layout_.edges if _near(e, point, 4 + e.width))


def _near(edge: PlacedEdge, point: QPointF, distance: float) -> bool:
    """Whether the point lies within ``distance`` of the edge's curves (sampled)."""
    for first in range(0, len(edge.points) - 1, 3):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = edge.points[first:first + 4]
        for step in range(33):
            t = step / 32
            a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3
            x, y = a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3
            if (x - point.x()) ** 2 + (y - point.y()) ** 2 <= distance ** 2:
                return True
    return False


def _row(*widgets: QWidget, widens: bool = False) -> QWidget:
    """Widgets kept on one line; ``widens``: the row takes what its line of the flow leaves, so the next row stands
    at the right end."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    if widens:
        line.addStretch(1)
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return row


class RelayGraphPanel(QWidget):
    """The relay picture of the selected claim, or of the whole corpus, with zoom and export."""

    scope_did_change = Signal(bool)  # True: the whole corpus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = RelayPicture()
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.claim_scope = QRadioButton("This claim", checked=True)
        self.corpus_scope = QRadioButton("Whole corpus")
        scope = QButtonGroup(self)
        scope.addButton(self.claim_scope)
        scope.addButton(self.corpus_scope)
        self.corpus_scope.toggled.connect(self.scope_did_change)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        zoom_out, zoom_in = QPushButton("−"), QPushButton("+")
        zoom_out.setToolTip("Zoom out (Ctrl+−)")
        zoom_in.setToolTip("Zoom in (Ctrl++)")
        zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.svg_button = QPushButton("SVG…")
        self.png_button = QPushButton("PNG…")
        self.svg_button.setToolTip("Save the picture as SVG")
        self.png_button.setToolTip("Save the picture as PNG (twice its size on screen)")
        self.svg_button.clicked.connect(self._export_svg)
        self.png_button.clicked.connect(self._export_png)
        # wrapping: on one line, 545 px, the tools set the timeline dock's least width, and the claims beside it
        # could not be widened past 44 % at 1000 px
        tools = FlowLayout(spacing=4)
        tools.addWidget(_row(self.claim_scope, self.corpus_scope, widens=True))
        tools.addWidget(_row(zoom_out, zoom_in, self.svg_button, self.png_button))
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.addLayout(tools)
        column.addWidget(self.caption)
        column.addWidget(self.scroller, 1)
        self.tell: Callable[[str], None] = lambda line: None
        self._zoom = ZOOMS.index(1.0)
        self.show_layout(None, {}, "")

    @property
    def whole_corpus(self) -> bool:
        return self.corpus_scope.isChecked()

    def show_layout(self, layout: RelayLayout | None, colours: Mapping[int, str], caption: str,
                    claim_labels: Mapping[int, str] | None = None) -> None:
        svg = relay_svg(layout, colours, caption, claim_labels) if layout is not None and layout.nodes else ""
        self.picture.show_layout(layout if svg else None, svg)
        self.picture.setVisible(bool(svg))  # an empty white box reads as a picture that failed to draw
        # ... and so did the empty scroll area's frame under "Nothing relays it" (window40's walk)
        self.scroller.setFrameShape(QFrame.Shape.StyledPanel if svg else QFrame.Shape.NoFrame)
        self.caption.setText(caption if svg else caption or "No statement carries it: nothing relays it.")
        self.svg_button.setEnabled(bool(svg))
        self.png_button.setEnabled(bool(svg))

    def step_zoom(self, step: int) -> None:
        self._zoom = max(0, min(len(ZOOMS) - 1, self._zoom + step))
        self.picture.set_zoom(ZOOMS[self._zoom])

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)

    def save_svg(self, target: str | Path) -> None:
        write_text(target, lambda out: out.write(self.picture.svg))
        self.tell(f"Saved the relay picture as {target}")

    def save_png(self, target: str | Path) -> None:
        write_png(self.picture.svg, Path(target))
        self.tell(f"Saved the relay picture as {target}")

    def _export_svg(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "Save the relay picture", "relays.svg", "SVG (*.svg)")
        if target:
            self.save_svg(target if target.lower().endswith(".svg") else target + ".svg")

    def _export_png(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "Save the relay picture", "relays.png", "PNG (*.png)")
        if target:
            self.save_png(target if target.lower().endswith(".png") else target + ".png")
