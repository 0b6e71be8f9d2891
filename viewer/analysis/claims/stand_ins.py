"""What a passage the researcher took out of a claim still says about the claim.

"This article does not carry claim [N]" takes the article's passage out of the claim, but that
passage was also part of the claim's evidence against other passages: by average linkage a passage
joins a claim only when it verifies, on average, against every member. Without it, a passage of a
third source that verified against one remaining member only could join the claim the researcher
had just corrected (on the sample, d5's "since Monday, 959 …" joined d1's "more than 1,000" once d2
was taken out). So the taken-out passage stays in the claim's averages as a stand-in, scored as it
was before the correction, while it is never one of the claim's mentions: a correction takes a
source out of a claim and lets in nothing its passages had kept out.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from viewer.analysis.claims.verifier import VETOED

Score = Callable[[int, int], float]


@dataclass
class StandIns:
    """For each unit that anchors a corrected claim, the units taken out of it that still weigh in,
    and their scores against the anchors as they were before the correction forbade them."""

    of: dict[int, list[int]] = field(default_factory=dict)
    before: dict[tuple[int, int], float] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.of)

    def add(self, stand_in: int, anchors: Sequence[int], score: Score) -> None:
        for anchor in anchors:
            self.of.setdefault(anchor, []).append(stand_in)
            self.before[(min(stand_in, anchor), max(stand_in, anchor))] = score(stand_in, anchor)

    def widen(self, left: list[int], right: list[int], score: Score, documents: Sequence[int]):
        """The two groups with the stand-ins of the anchors each holds (as ids below zero, so they are
        never taken for the units themselves), a score reading a stand-in's pairs as before the
        correction, and the documents of both."""
        extra_left = self._standing_for(left, set(left) | set(right))
        extra_right = self._standing_for(right, set(left) | set(right) | set(extra_left))
        if not extra_left and not extra_right:
            return left, right, score, documents
        real = {-1 - s: s for s in extra_left + extra_right}

        def widened_score(x: int, y: int) -> float:
            a, b = real.get(x, x), real.get(y, y)
            if a == b:  # a stand-in against the unit itself, out of the claim: the merge is refused by its other rows too
                return VETOED
            key = (min(a, b), max(a, b))
            if (x in real or y in real) and key in self.before:
                return self.before[key]
            return score(a, b)

        widened_documents = _Documents(documents, real)
        return (left + [-1 - s for s in extra_left], right + [-1 - s for s in extra_right],
                widened_score, widened_documents)

    def _standing_for(self, group: list[int], taken: set[int]) -> list[int]:
        return sorted({s for x in group for s in self.of.get(x, ()) if s not in taken})


class _Documents:
    """Each unit's document, a stand-in's being the document of the unit it stands in for."""

    def __init__(self, documents: Sequence[int], real: dict[int, int]):
        self.documents, self.real = documents, real

    def __getitem__(self, x: int) -> int:
        return self.documents[self.real.get(x, x)]

