"""Character spans into a document's stored text."""
from __future__ import annotations

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
