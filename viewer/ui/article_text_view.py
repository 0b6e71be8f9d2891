"""An article's text as shown: the stored text character for character, claim markers in a gutter.

Stored offsets are Python code points; Qt counts UTF-16 units, so every position goes through
`Utf16Positions`. The view reports clicks, Enter and hovers on claims and offers the unlink and
link actions in its context menu; the pane (`article_view.ArticleView`) lays the formats on.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QMenu, QTextBrowser, QToolTip, QWidget

from viewer.comparison import CLOSEST_TINT, LitMention, tint
from viewer.corpus.language import script_language
from viewer.provenance.wording import claim_label

GUTTER = 40


class Utf16Positions:
    """Python code-point offsets → Qt's UTF-16 positions (identical unless the text has astral characters)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []

    def __call__(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1) if self._astral else index

    def back(self, position: int) -> int:
        if not self._astral:
            return position
        index = position
        while index > 0 and self(index) > position:
            index -= 1
        return index


class ArticleTextView(QTextBrowser):
    """The article's text: reports clicks, Enter and hovers on claims; paints claim markers."""

    claim_activated = Signal(int)
    unlink_requested = Signal(int)  # claim: this article does not carry it
    copy_requested = Signal(int)  # claim: onto the clipboard with its sources (`claims_menu`)
    carries_requested = Signal(int, object)  # claim, (start, end): the selected passage carries it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context_actions: list[QAction] = []  # window actions offered in the context menu (link passages)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.gutter = _Gutter(self)
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)
        self.lit: list[LitMention] = []
        self.text = ""  # the article as stored: what stored offsets index
        self.positions = Utf16Positions("")
        self.selected_claim: int | None = None
        self.closest: tuple[int, int] | None = None  # a passage shown as near the selected claim, not linked
        self.hover_text = lambda claim_id: ""

    def set_article(self, text: str) -> None:
        self.text = text
        self.positions = Utf16Positions(text)
        self.setPlainText(text)
        self._space_paragraphs()

    def _space_paragraphs(self) -> None:
        """Many captures end a paragraph with one line break, not a blank line: give a line followed
        directly by another the space a blank line would, so paragraphs never run together."""
        gap = self.fontMetrics().height() * 0.6
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        block = self.document().firstBlock()
        while block.isValid():
            following = block.next()
            if block.text().strip() and following.isValid() and following.text().strip():
                cursor.setPosition(block.position())
                spaced = block.blockFormat()
                spaced.setBottomMargin(gap)
                cursor.setBlockFormat(spaced)
            block = following
        cursor.endEditBlock()

    def claim_at(self, qt_position: int) -> int | None:
        index = self.positions.back(qt_position)
        for lit in self.lit:
            if lit.start <= index < lit.end:
                return lit.claim_id
        return None

    def selected_span(self) -> tuple[int, int] | None:
        """The selected passage as stored offsets, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.positions.back(cursor.selectionStart()), self.positions.back(cursor.selectionEnd())

    def context_menu(self, pos: QPoint) -> QMenu:
        """Copy and select, link the selected passages, say the article does not carry the claim under the pointer,
        or that the selected passage carries the selected claim where the article has none linked."""
        menu = self.createStandardContextMenu(pos)
        menu.addSeparator()
        for action in self.context_actions:
            menu.addAction(action)
        claim_id = self.claim_at(self.cursorForPosition(pos).position())
        if claim_id is not None:
            menu.addAction(f"Copy claim {claim_label(claim_id)} with its sources", lambda: self.copy_requested.emit(claim_id))
            menu.addAction(f"This article does not carry claim {claim_label(claim_id)}",
                           lambda: self.unlink_requested.emit(claim_id))
        selected, span = self.selected_claim, self.selected_span()
        if selected is not None and span is not None:
            if not any(lit.claim_id == selected for lit in self.lit):
                menu.addAction(f"This passage carries claim {claim_label(selected)}", lambda: self.carries_requested.emit(selected, span))
            elif self._renders(selected, span):
                menu.addAction(f"This passage renders claim {claim_label(selected)}", lambda: self.carries_requested.emit(selected, span))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _renders(self, claim_id: int, span: tuple[int, int]) -> bool:
        """Whether the selection, in an article carrying the claim, may be its rendering: words in another script
        than the article's prose (a quoted tweet), none of them lit for the claim yet."""
        start, end = span
        if any(lit.claim_id == claim_id and lit.start < end and start < lit.end for lit in self.lit):
            return False
        return script_language(self.text[start:end]) is not None

    def contextMenuEvent(self, event) -> None:
        self.context_menu(event.pos()).popup(event.globalPos())

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles covering a stored span, one per laid-out line."""
        a, b = self.positions(start), self.positions(end)
        document = self.document()
        layout_of = document.documentLayout()
        dx, dy = -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        out = []
        block = document.findBlock(a)
        while block.isValid() and block.position() < b:
            layout, base = block.layout(), block.position()
            origin = layout_of.blockBoundingRect(block).topLeft()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                s = max(a, base + line.textStart())
                e = min(b, base + line.textStart() + line.textLength())
                if s < e:
                    x1, x2 = _x(line, s - base), _x(line, e - base)
                    out.append(QRectF(x1, line.y(), x2 - x1, line.height()).translated(origin.x() + dx, origin.y() + dy))
            block = block.next()
        return out

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.selected_claim is None:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor("#111111"), 2))
        for lit in self.lit:
            if lit.claim_id == self.selected_claim:
                for rect in self.span_rects(lit.start, lit.end):
                    painter.drawRect(rect.adjusted(-1, 0, 1, 0))
        if self.closest is not None:  # dashed: a shape that says "not linked" without relying on colour
            painter.setPen(QPen(QColor("#333333"), 1.5, Qt.PenStyle.DashLine))
            for rect in self.span_rects(*self.closest):
                painter.drawRect(rect.adjusted(-1, 0, 1, 0))
        painter.end()

    def resizeEvent(self, event) -> None:
        rewrapped = event.oldSize().isValid() and event.oldSize().width() != event.size().width()
        anchor = self._reading_anchor() if rewrapped else None
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), GUTTER, rect.height()))
        if anchor is not None:
            self._keep_anchor(*anchor)

    def _reading_anchor(self) -> tuple[int, int] | None:
        """The character the reader's eye is on, and how far down the pane: the selected claim's passage
        where it is in view, else the first character shown. Rewrapped to a new width (a window resized,
        a dock shown, an article opened beside), the scroll bar kept its pixel value, so the pane showed
        another part of the article and the claim the researcher was reading went out of view."""
        height = self.viewport().height()
        if self.verticalScrollBar().value() == 0 or height <= 0:
            return None  # at the top it stays at the top
        for lit in self.lit:
            if lit.claim_id == self.selected_claim and lit.claim_id is not None:
                position = self.positions(lit.start)
                top = self._line_top(position)
                if 0 <= top < height:
                    return position, top
        position = self.cursorForPosition(QPoint(0, 0)).position()
        return position, self._line_top(position)

    def _keep_anchor(self, position: int, top: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self._line_top(position) - top)

    def _line_top(self, position: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).top()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claim_id = self.claim_at(self.cursorForPosition(event.position().toPoint()).position())
            if claim_id is not None:
                self.claim_activated.emit(claim_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            claim_id = self.claim_at(self.textCursor().position())
            if claim_id is not None:
                self.claim_activated.emit(claim_id)
                return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            claim_id = self.claim_at(self.cursorForPosition(event.pos()).position())
            text = self.hover_text(claim_id) if claim_id is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def marker_rects(self) -> list[tuple[QRect, LitMention]]:
        """Where each claim's numbered marker goes: beside the line its mention starts on, stacked
        below the marker before it when two mentions start on one line, so no number hides another.

        A claim marked already on a line is not marked again there: four quoted sentences of one claim
        in two lines took four stacked markers, the last beside the next paragraph. The marker says ≠
        when any of its mentions differs."""
        out: list[tuple[QRect, LitMention]] = []
        below = None  # bottom of the marker placed last
        marked: dict[tuple[int, int], int] = {}  # (claim, line top) → its marker in out
        cursor = QTextCursor(self.document())
        for lit in self.lit:
            cursor.setPosition(self.positions(lit.start))
            line = self.cursorRect(cursor)
            if (lit.claim_id, line.top()) in marked:
                at = marked[(lit.claim_id, line.top())]
                if lit.differs and not out[at][1].differs:
                    out[at] = (out[at][0], replace(out[at][1], differs=True))
                continue
            height = max(line.height(), 14)
            top = line.top() if below is None else max(line.top(), below + 1)
            marked[(lit.claim_id, line.top())] = len(out)
            out.append((QRect(3, top, GUTTER - 6, height), lit))
            below = top + height
        return out


def _x(line, position: int) -> float:
    value = line.cursorToX(position)
    return value[0] if isinstance(value, tuple) else value


class _Gutter(QWidget):
    """Numbered markers ([3], and ≠ where the source differs): a cue that does not rely on colour."""

    def __init__(self, view: ArticleTextView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f4f4"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
        font.setBold(True)
        painter.setFont(font)
        self._paint_closest(painter)
        for rect, lit in self.view.marker_rects():
            if rect.bottom() < 0 or rect.top() > self.height():
                continue
            selected = lit.claim_id == self.view.selected_claim
            painter.setPen(QPen(QColor("#111111"), 2 if selected else 1))
            painter.setBrush(QColor(lit.colour if selected else tint(lit.colour)))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
            label = f"{lit.claim_id}{'≠' if lit.differs else ''}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def _paint_closest(self, painter: QPainter) -> None:
        """A dashed "≈?" beside the closest passage: near the claim, not linked to it."""
        if self.view.closest is None:
            return
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.positions(self.view.closest[0]))
        line = self.view.cursorRect(cursor)
        rect = QRect(3, line.top(), GUTTER - 6, max(line.height(), 14))
        painter.setPen(QPen(QColor("#333333"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(CLOSEST_TINT))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "≈?")
