"""Columns that fit their dock: the name column keeps room to read, the others show while they fit.

A narrow dock would otherwise squeeze the name column to "R…" (Stretch only gets what is left)
or push the other columns out of sight. Columns that do not fit are hidden, in priority order,
and their values stay in the row tooltip; a column left out of the natural widths is hidden too. When the natural widths include the name column's, the
names get what they need, up to NAME_MAX_SHARE of the view: a whole name reads better than a
whole role beside "Volodymyr …".
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

NAME_SHARE = 0.45  # of the view's width, kept for the name column
NAME_MAX_SHARE = 0.65
NAME_MIN = 150
SHRINK_MIN = 60


class ColumnFitter(QObject):
    """Re-fits the columns whenever the view is resized (or `fit` is called after a reload)."""

    def __init__(self, view: QAbstractItemView, header: QHeaderView, natural: Callable[[], dict[int, int]],
                 priority: Sequence[int], name_column: int = 0, name_share: float = NAME_SHARE,
                 in_order: bool = False, wanted: int | None = None) -> None:
        super().__init__(view)
        self.name_share = name_share
        # The first ``wanted`` columns of the priority may take the name down to NAME_SHARE; the others
        # show only while the name keeps ``name_share``. None: every column leaves it ``name_share``.
        self.wanted = wanted
        self.in_order = in_order  # once a column does not fit, the less wanted ones stay hidden too
        self.view, self.header, self.natural, self.priority = view, header, natural, list(priority)
        self.name_column = name_column
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column's title reads "Discr…", not its middle
        header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
        for column in self.priority:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        widths = self.natural()
        width = self.view.viewport().width()
        natural = widths.get(self.name_column, 0)
        name = self._name_width(width, natural, self.name_share if self.wanted is None else NAME_SHARE)
        roomier = self._name_width(width, natural, self.name_share) - name  # kept for the name past the wanted
        left = width - name
        for rank, column in enumerate(self.priority):
            if column not in widths:  # nothing to show in it (no document has an outlet): the names get its room
                self.header.setSectionHidden(column, True)
                continue
            need = widths[column]
            if rank == 0 and left >= SHRINK_MIN:  # the most wanted column shrinks (and elides) rather than goes
                need = min(need, left)
            shown = need + (roomier if self.wanted is not None and rank >= self.wanted else 0) <= left
            self.header.setSectionHidden(column, not shown)
            if not shown and self.in_order:
                left = 0
            if shown:
                self.header.resizeSection(column, need)
                left -= need

    @staticmethod
    def _name_width(width: int, natural: int, share: float) -> int:
        return max(NAME_MIN, int(width * share), min(natural, int(width * NAME_MAX_SHARE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
