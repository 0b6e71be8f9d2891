"""A PDF page's text layer read back as prose: words, lines and paragraphs as the page shows them.

pypdf gives the text as the page draws it, and what a printer driver draws is not what a reader reads. Qt's PDF
writer (and the browsers' "Save as PDF" built on such engines) places every word apart, which pypdf returns as
TABs between words; macOS Quartz writes "\\t\\r \\xa0" between words and "-\\xad‐" for a hyphen; fonts draw "ffi" as
one ligature glyph (U+FB03), so "oﬃcer" was stored and neither search for "officer", nor the date reader, nor the
analysis saw the word; and every printed line ended in a line break, so a paragraph reached the panes as a column
of fragments and a headline ran into the line after it. Stored so, a pane showed the words as a grid at tab stops,
and the exported report printed the grid again.

Read here from pypdf's layout mode, which keeps the page's vertical gaps as blank lines: one space between words,
the ligatures spelt out, the printed lines of a paragraph (lines with no gap between them) joined into one, and
paragraphs separated by a blank line, as a plain-text article is. A line that stops well short of the page's
usual line (a headline set tight above its text, a paragraph's last line) ends its paragraph unless the next goes
on in lower case; a paragraph split by a gap mid-sentence (double spacing) is joined. The original file stays where it was, with its SHA-256, to check the reading against.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from viewer.corpus.formats.pdf_type_sizes import line_key

LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
_GAP = re.compile(r"[ \t\r\xa0\u2000-\u200a\u202f]+")  # word gaps as drivers draw them: tabs, CRs, fixed spaces
_QUARTZ_HYPHEN = re.compile("-\xad?\u2010|\xad")  # Word through Quartz: "-", soft hyphen, "‐" for one hyphen
SENTENCE_END = tuple('.!?:;"”’)')
FULL = 0.8  # a printed line shorter than this share of the page's usual line stopped before the margin


def prose(page: str, display: Mapping[str, float] | None = None) -> str:
    """The page's paragraphs, each on one line, separated by blank lines; words one space apart. ``display``: the
    lines printed larger than the body (`pdf_type_sizes`), by their `line_key`, with their size."""
    display = display or {}
    lines = [words(line) for line in page.split("\n")]
    full = _usual_length(lines)
    paragraphs: list[list[str]] = []
    gap = True
    for line in lines:
        if not line:
            gap = True
            continue
        before = paragraphs[-1][-1] if paragraphs else ""
        if gap and not (before and _runs_on(before, line)) or not gap and _ends(before, line, full, display):
            paragraphs.append([])
        paragraphs[-1].append(line)
        gap = False
    return "\n\n".join(_joined(lines) for lines in paragraphs)


def _usual_length(lines: list[str]) -> int:
    """How long a line running to the margin is on this page: most printed lines of prose do, so the upper
    fifth of the lengths (the longest, on a page of few lines)."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(0.8 * (len(lengths) - 1))] if len(lengths) >= 4 else max(lengths, default=0)


def _ends(printed: str, following: str, full: int, display: Mapping[str, float]) -> bool:
    """A paragraph ends between two printed lines with no gap: where the type size changes (a headline over its
    text), never inside one size of display type (a headline wrapped over two lines), else as `_stops` says."""
    size, next_size = display.get(line_key(printed)), display.get(line_key(following))
    if size or next_size:
        return size != next_size
    return _stops(printed, following, full)


def _stops(printed: str, following: str, full: int) -> bool:
    """A paragraph (or headline) ends at a line with no gap after it: the line stopped short of the margin
    and the next does not go on in lower case."""
    return len(printed) < FULL * full and not following[0].islower()


def words(line: str) -> str:
    """A printed line as stored: one space between words, ligatures and a Quartz hyphen spelt out."""
    return _GAP.sub(" ", _QUARTZ_HYPHEN.sub("-", line.translate(LIGATURES))).strip()


def _runs_on(printed: str, following: str) -> bool:
    """A gap the sentence runs across (double spacing): the line before stops mid-sentence, the next goes on
    in lower case."""
    return following[0].islower() and not printed.endswith(SENTENCE_END)


def _joined(lines: list[str]) -> str:
    """One paragraph's printed lines as one: a word broken at a line's hyphen keeps it ("16-" "year")."""
    text = lines[0]
    for line in lines[1:]:
        text += line if text.endswith("-") and text[-2:-1].isalnum() else f" {line}"
    return text
