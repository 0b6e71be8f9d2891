"""A compared article's header: its title and facts folded to a line each, unfolded whole on request.

At 1280×800 with three articles open each header wrapped to three lines of title and three or four of facts, about
105 of a pane's 350 px, and the article kept what was left (window39's walk). Folded, the title and the facts
(number, outlet, date, file) take one line each, cut with "…"; hovering shows them whole, and the fold button or a
click on either line unfolds the header to every word and its links. A header whose facts carry something to act
on (a near-duplicate's "remove this copy…", an older reader's "re-read…") opens unfolded: folded, the link would
be cut off the line.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from viewer.render.word_fit import folded_lines
from viewer.ui.fold_button import FoldButton

FOLDED_TIP = "Show the whole title and the article's facts"
UNFOLDED_TIP = "Fold the title and the facts to a line each"
TALL_PANE = 600  # px: a pane this tall folds its title to two lines (a 1920×1080 window's are 675, a 1280×800's 479)


class FoldedLabel(QLabel):
    """A wrapping label that, folded, draws its plain words on at most `lines` lines, the last cut with "…", and
    unfolds on a click.

    Its text stays the whole (rich) text either way: only what is drawn, and the height it asks for, change."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.folded = True
        self.line = ""  # the words drawn while folded
        self.lines = 1  # the most lines they take folded
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_line(self, line: str) -> None:
        self.line = line
        self.updateGeometry()
        self.update()

    def set_lines(self, lines: int) -> None:
        """Fold to at most this many lines (a tall pane has room for a headline's second line)."""
        if lines != self.lines:
            self.lines = lines
            self.updateGeometry()
            self.update()

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        self.setCursor(Qt.CursorShape.PointingHandCursor if folded else Qt.CursorShape.ArrowCursor)
        self.updateGeometry()
        self.update()

    def heightForWidth(self, width: int) -> int:
        if not self.folded:
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        drawn = len(self._folded_lines(width - margins.left() - margins.right()))
        return self._line_height() + (max(1, drawn) - 1) * self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        if not self.folded:
            return super().sizeHint()
        return QSize(super().sizeHint().width(), self.heightForWidth(self.width()) if self.width() > 0 else self._line_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._line_height()) if self.folded else super().minimumSizeHint()

    def _line_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom()

    def _folded_lines(self, width: int) -> list[str]:
        """The words as drawn folded at this width: wrapped at word breaks onto at most `lines` lines, the last
        holding the rest cut with "…"."""
        return folded_lines(self.line, self.font(), width, self.lines)

    def elided(self) -> str:
        """The words as drawn at the label's width, their lines joined."""
        return "".join(self._folded_lines(self.contentsRect().width()))

    def paintEvent(self, event) -> None:
        if not self.folded:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        box, spacing = self.contentsRect(), self.fontMetrics().lineSpacing()
        drawn = self._folded_lines(box.width())
        top = box.top() + max(0, (box.height() - len(drawn) * spacing) // 2)
        for n, words in enumerate(drawn):
            line = QRect(QPoint(box.left(), top + n * spacing), QSize(box.width(), spacing))
            self.style().drawItemText(painter, line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                      self.palette(), self.isEnabled(), words, self.foregroundRole())

    def mousePressEvent(self, event) -> None:
        if self.folded and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            return
        super().mousePressEvent(event)


class PaneHeader(QWidget):
    """Title on the first line with the fold button; facts on the second with the move and close buttons."""

    def __init__(self, controls: list[QToolButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = FoldedLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.facts_label = FoldedLabel()
        self.facts_label.setStyleSheet("color: #555;")
        self.fold_button = FoldButton(self.fold, FOLDED_TIP, UNFOLDED_TIP)
        for label in (self.title_label, self.facts_label):
            label.clicked.connect(lambda: self.fold(False))
        title = QHBoxLayout()
        title.addWidget(self.title_label, 1)
        title.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        facts = QHBoxLayout()
        facts.setSpacing(0)
        facts.addWidget(self.facts_label, 1)
        facts.addSpacing(4)
        for button in controls:  # as narrow as their symbols: the style's padding took the date off the facts' line
            button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 10)
            facts.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(title)
        layout.addLayout(facts)
        self.fold(True)

    @property
    def folded(self) -> bool:
        return self.title_label.folded

    def fold(self, folded: bool) -> None:
        """A line each (cut, whole on hover), or every word of the title and facts with their links."""
        for label in (self.title_label, self.facts_label):
            label.set_folded(folded)
        self.fold_button.show_folded(folded)
        self.fit()

    def fit_pane(self, height: int) -> None:
        """A tall pane's folded title takes two lines: at 1920×1080 a title was cut on one line with room for two."""
        self.title_label.set_lines(2 if height >= TALL_PANE else 1)
        self.fit()

    def fit(self) -> None:
        """The title and facts as tall as their lines at the pane's width: a nested layout does not ask a wrapping
        label its height for a width, so a headline of five lines in a narrow pane lost its last words."""
        for label in (self.title_label, self.facts_label):
            if label.width() > 0:
                label.setMinimumHeight(0)  # a label's heightForWidth is never below its minimum: the last fit held
                label.setMinimumHeight(label.heightForWidth(label.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
