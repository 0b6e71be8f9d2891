"""Room for the compared articles: the side docks give way to the panes before they scroll sideways.

At 1600 px the documents and attributions docks took 42 % of the width (their first-run share), so a
4th article sat behind a sideways scroll bar, and a 3rd at 1280 px. When the panes need more than the
central area has, the side docks give up width, the right one first (a speaker and a role stay), then the
document list (its title, outlet and claim count stay while they can); when articles close
or the window grows, they get it back, up to what they had. A dock gives way down to its own minimum
width (its narrowest row), never below FLOOR; below the width its panel wants (`wanted_width`: the document
list's outlet and claim count) only when the panes then fit.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from viewer.ui.comparison_view import ComparisonView

SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
FLOOR = 220  # never narrower, whatever a dock's own minimum


class PaneRoom(QObject):
    """Resizes the window's side docks so that the comparison's panes fit beside them."""

    def __init__(self, window: QMainWindow, comparison: ComparisonView, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window, self.comparison, self.docks = window, comparison, docks
        self.given: dict[str, int] = {}  # a dock's width before it gave way, by object name
        self.least: dict[str, int] = {}  # a dock's minimum width when last seen, by object name
        for dock in docks:  # a dock closed, opened or floated changes the room
            dock.visibilityChanged.connect(self.fit_soon)
            dock.topLevelChanged.connect(self.fit_soon)
            # ... and so does its minimum: one that shrinks (a notes preview's label wrapping) moves nothing, so no
            # resize would say a dock held at that minimum can now give way
            dock.installEventFilter(self)
        # ... but the layout may move after that fit has read the comparison's old width (a closed dock's
        # room reached the panes later, and the other dock its lent width only at the next change): the
        # comparison's own resize is when the room is known
        comparison.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again whenever the comparison's width changes, whatever moved the layout, or a dock's minimum."""
        if watched is self.comparison and event.type() == QEvent.Type.Resize:
            self.fit_soon()
        elif isinstance(watched, QDockWidget) and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._check_minimums)  # once the dock's layout has its new hints
        return False

    def _check_minimums(self) -> None:
        """Fit when a dock's minimum width changed since last seen."""
        changed = False
        for dock in self.docks:
            least = dock.minimumSizeHint().width()
            changed = changed or self.least.get(dock.objectName(), least) != least
            self.least[dock.objectName()] = least
        if changed:
            self.fit()

    def fit_soon(self, *_args) -> None:
        """Fit once the layout has moved (the comparison's width is read after it)."""
        QTimer.singleShot(0, self, self.fit)  # never after the window (and this) is gone

    def _side_docks(self) -> list[tuple[QDockWidget, int]]:
        """One shown dock per side (a tabbed group resizes as one), with the width it can go down to."""
        found: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for dock in self.docks:
            area = self.window.dockWidgetArea(dock)
            if area in SIDES and dock.isVisible() and not dock.isFloating():
                found.setdefault(area, dock)
        return [(dock, max(FLOOR, dock.minimumSizeHint().width())) for dock in found.values()]

    def fit(self) -> None:
        """Give the panes the width they need from the side docks, or the docks back what the panes no longer need."""
        if not self.window.isVisible() or not self.comparison.isVisible():
            return
        short = self.comparison.needed_width() - self.comparison.width()
        docks = self._side_docks()
        if not docks:
            return
        widths = [dock.width() for dock, _floor in docks]
        if short > 0:
            new = list(widths)
            # a dock's own wanted width (the document list's outlet and claim count) goes only if then the panes fit:
            # at 1280 px four articles scroll anyway, and a list cut to its titles would help nobody
            wanted = [max(floor, getattr(dock.widget(), "wanted_width", lambda: 0)()) for dock, floor in docks]
            if sum(max(0, width - floor) for width, (_dock, floor) in zip(widths, docks)) >= short:
                wanted = [floor for _dock, floor in docks]
            for i in reversed(range(len(docks))):  # the right dock first: the document list keeps its claim counts longest
                dock, _floor = docks[i]
                take = min(short, max(0, widths[i] - wanted[i]))
                if take:
                    self.given.setdefault(dock.objectName(), widths[i])
                    new[i] -= take
                    short -= take
        elif self.given:
            slack, new = -short, []
            for (dock, _floor), width in zip(docks, widths):
                back = min(slack, max(0, self.given.get(dock.objectName(), width) - width))
                slack -= back
                new.append(width + back)
                if width + back >= self.given.get(dock.objectName(), 0):
                    self.given.pop(dock.objectName(), None)
        else:
            return
        if new != widths:
            self.window.resizeDocks([dock for dock, _floor in docks], new, Qt.Orientation.Horizontal)

    def give_back(self) -> None:
        """Every dock its width from before it gave way: what the window saves as the researcher's layout."""
        docks = [dock for dock, _floor in self._side_docks() if dock.objectName() in self.given]
        if docks:
            self.window.resizeDocks(docks, [self.given[dock.objectName()] for dock in docks], Qt.Orientation.Horizontal)
        self.given.clear()
