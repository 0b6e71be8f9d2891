"""Whole articles in view when they scroll sideways: panes sized to fill the view, the scroll stopping at a pane's edge.

At 1280 px with five articles open, three panes at their least width left 30 px of the view to a fourth, which
peeked in at the right edge ("Whil…") behind the sideways scroll bar, and the scroll stopped anywhere, mid-pane.
As spreadsheets scroll by whole columns: the panes in view share its width, and every scroll (the bar's arrows,
its page clicks, the wheel, a pane brought into view) comes to rest with a pane's left edge at the view's.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

WHEEL_LINES = 3  # the scroll bar moves by this many steps a wheel notch: a notch is one pane


class WholePanes(QObject):
    """Keeps a splitter of panes inside a sideways-scrolling area showing whole panes only."""

    def __init__(self, scroller: QScrollArea, splitter: QSplitter, least: int) -> None:
        super().__init__(scroller)
        self.scroller, self.splitter, self.least = scroller, splitter, least
        self._last = 0  # the scroll's last value: which way it moved
        bar = scroller.horizontalScrollBar()
        bar.valueChanged.connect(self._on_value_did_change)
        bar.sliderReleased.connect(self._on_slider_released)
        scroller.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new width of the view shares it out again (a dock giving way, the window resized)."""
        if event.type() == QEvent.Type.Resize:
            self.fit(equal=False)
        return False

    def panes(self) -> list[QWidget]:
        return [self.splitter.widget(i) for i in range(self.splitter.count())]

    def in_view(self) -> int:
        """How many whole panes the view holds side by side at their least width (at least one)."""
        handle, width = self.splitter.handleWidth(), self.scroller.viewport().width()
        return max(1, (width + handle) // (self.least + handle))

    def fit(self, equal: bool = True) -> None:
        """The panes that fit share the view's width; with more open, each takes that share and the rest scroll.
        All in view, they keep the shares the researcher dragged them to unless ``equal`` (other articles opened)."""
        count, handle = self.splitter.count(), self.splitter.handleWidth()
        if not count:
            return
        shown, width = min(count, self.in_view()), self.scroller.viewport().width()
        if shown == count:  # all in view: they share it as the splitter lays them out
            self.splitter.setMinimumWidth(count * self.least + (count - 1) * handle)
            if equal:
                self.splitter.setSizes([1000] * count)
            return
        each = (width - (shown - 1) * handle) // shown
        spare = width - shown * each - (shown - 1) * handle  # to the last pane: the last stop shows whole panes too
        self.splitter.setMinimumWidth(count * each + (count - 1) * handle + spare)
        self.splitter.resize(self.splitter.minimumWidth(), self.splitter.height())
        self.splitter.setSizes([each] * (count - 1) + [each + spare])
        bar = self.scroller.horizontalScrollBar()
        bar.setSingleStep(max(1, (each + handle) // WHEEL_LINES))
        bar.setPageStep(shown * (each + handle))
        self._snap(bar.value(), nearest=True)

    def stops(self) -> list[int]:
        """Where the scroll may rest: each pane's left edge, and the end of the scroll."""
        end = self.scroller.horizontalScrollBar().maximum()
        return sorted({min(pane.x(), end) for pane in self.panes()} | {0, end})

    def _on_value_did_change(self, value: int) -> None:
        bar = self.scroller.horizontalScrollBar()
        if not bar.isSliderDown():  # dragged, the bar follows the pointer and rests when let go
            self._snap(value, nearest=False)
        self._last = bar.value()

    def _on_slider_released(self) -> None:
        self._snap(self.scroller.horizontalScrollBar().value(), nearest=True)

    def _snap(self, value: int, nearest: bool) -> None:
        """To the nearest stop, or the next one in the direction the scroll moved (an arrow's step, smaller than a
        pane, would be taken back to where it started)."""
        stops = self.stops()
        if value in stops:
            return
        after = stops[min(bisect_right(stops, value), len(stops) - 1)]
        before = stops[max(bisect_left(stops, value) - 1, 0)]
        if nearest:
            target = after if after - value < value - before else before
        else:
            target = after if value > self._last else before
        self._last = target
        self.scroller.horizontalScrollBar().setValue(target)
