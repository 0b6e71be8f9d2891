"""Character spans into a document's stored text."""
from __future__ import annotations

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
