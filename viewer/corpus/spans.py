"""Character spans into a document's stored text."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Span:
    """Python string indices (code points), end exclusive: ``text[start:end]`` is the span."""

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


def mostly_held(start: int, end: int, spans: Iterable[Span]) -> bool:
    """Whether ``spans`` hold at least half of the passage start..end: one place decides when a passage is mostly a
    report not made, for whether it is stated as fact (`analysis.sourcing`) and whether it may name a claim."""
    held = sum(max(0, min(s.end, end) - max(s.start, start)) for s in spans)
    return held * 2 >= end - start > 0


class Covering:
    """Which passages some span holds whole, asked of many passages: checking every span for every line made a
    long text with thousands of marked lines (a 300 KB file of repeated lines) take a minute to import."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [span.start for span in ordered]
        self._reach: list[int] = []  # the furthest end of the spans up to each one
        for span in ordered:
            self._reach.append(max(span.end, self._reach[-1]) if self._reach else span.end)

    def holds(self, start: int, end: int) -> bool:
        """Whether one span runs from ``start`` or before to ``end`` or after."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def holds_point(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a span (its end excluded)."""
        return self.holds(offset, offset + 1)
