"""The ▾/▴ button that folds a pane header or a banner, its arrow and tooltip saying what a click will do."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


class FoldButton(QToolButton):
    """Checked while unfolded; a click calls ``fold`` with the state wanted, and `show_folded` follows a fold made
    another way (a click on the folded words) without calling it again."""

    def __init__(self, fold: Callable[[bool], None], folded_tip: str, unfolded_tip: str) -> None:
        super().__init__(autoRaise=True, checkable=True)
        self.tips = (folded_tip, unfolded_tip)
        self.toggled.connect(lambda unfolded: fold(not unfolded))

    def show_folded(self, folded: bool) -> None:
        self.blockSignals(True)
        self.setChecked(not folded)
        self.blockSignals(False)
        self.setArrowType(Qt.ArrowType.DownArrow if folded else Qt.ArrowType.UpArrow)
        self.setToolTip(self.tips[0] if folded else self.tips[1])
