"""Where a passage of a document's old text lies in its new text, when the same file is read again.

A reader fixed since the import (PDF words joined by tabs, "oﬃcer" for "officer", every printed line
broken) changes the characters between and inside words, rarely the words: the two texts are aligned
word by word (compared as NFKC-folded lower case, so a ligature matches its letters), and an offset
moves with the word it falls in or before. A note, tag or correction on a passage then stays on
the same words.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Realigned:
    """The old text's matched words (start, end) beside where each now lies."""

    old_starts: list[int]
    old_ends: list[int]
    new_starts: list[int]
    new_ends: list[int]
    old: str
    new: str
    words: int  # the old text's words: how many of them were found again is ``len(old_starts)``

    @property
    def found(self) -> float:
        """The share of the old text's words found again, 1.0 for a text with none."""
        return len(self.old_starts) / self.words if self.words else 1.0

    def start(self, offset: int) -> int:
        """Where a passage starting at ``offset`` starts now: in the same word, or at the next word found again."""
        i = bisect_right(self.old_ends, offset)  # the first matched word ending after the offset
        if i == len(self.old_starts):
            return len(self.new)
        before = self.old_starts[i] - offset  # an opening quote or bracket before the word, when the new text has it
        if before > 0:
            lead = self.old[offset:self.old_starts[i]]
            at = self.new_starts[i] - before
            return at if at >= 0 and lead.strip() and self.new[at:self.new_starts[i]] == lead else self.new_starts[i]
        return min(self.new_starts[i] - before, self.new_ends[i])

    def end(self, offset: int) -> int:
        """Where a passage ending at ``offset`` ends now: in the same word, or after the last word found again."""
        i = bisect_left(self.old_starts, offset) - 1  # the last matched word starting before the offset
        if i < 0:
            return 0
        after = offset - self.old_ends[i]  # a full stop or closing quote after the word, when the new text has it
        if after > 0:
            tail = self.old[self.old_ends[i]:offset]
            at = self.new_ends[i] + after
            return at if tail.strip() and self.new[self.new_ends[i]:at] == tail else self.new_ends[i]
        return max(self.new_ends[i] + after, self.new_starts[i])

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The passage's place in the new text; None when none of its words are there any more."""
        new_start, new_end = self.start(start), self.end(end)
        return (new_start, new_end) if new_start < new_end else None


def realign(old: str, new: str) -> Realigned:
    """Align the words of two readings of one file."""
    old_words, new_words = list(_WORD.finditer(old)), list(_WORD.finditer(new))
    matcher = SequenceMatcher(None, [_folded(m) for m in old_words], [_folded(m) for m in new_words], autojunk=False)
    pairs = [(a + k, b + k) for a, b, size in matcher.get_matching_blocks() for k in range(size)]
    return Realigned([old_words[i].start() for i, _ in pairs], [old_words[i].end() for i, _ in pairs],
                     [new_words[j].start() for _, j in pairs], [new_words[j].end() for _, j in pairs],
                     old, new, len(old_words))


def _folded(match: re.Match) -> str:
    return unicodedata.normalize("NFKC", match.group()).casefold()
