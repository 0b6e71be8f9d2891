"""Which printed lines of a PDF are set larger than its body text: a headline, a heading.

pypdf's layout text, which `pdf_prose` reads, keeps where lines stand but not how large they are printed, so a headline
wrapped over two lines ("Two injured, shooter dead at Alpine High" / "School") looked like a short line ending a
paragraph and was stored as two. The type size is in the page's content stream: pypdf's visitor gives each run of
text with its font size and matrices, and a line's size is that of its runs. The body's size is the one most
characters are printed in; a line at least `LARGER` times it is display type."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

LARGER = 1.2  # a size this many times the body's is display type: browsers print an h1 at 2×, an h3 at 1.17×
_SPACE = re.compile(r"\s+")


def line_key(line: str) -> str:
    """A printed line as both readings of it compare equal: its characters without the gaps between words."""
    return _SPACE.sub("", line)


def page_runs(page) -> list[tuple[float, float, str]]:
    """(baseline height, type size, text) of every run of text on a pypdf page; [] where pypdf cannot read them."""
    runs: list[tuple[float, float, str]] = []

    def seen(text, cm, tm, _font, size) -> None:
        if text.strip() and size:
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            runs.append((round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1), round(size * scale, 1), text))
    try:
        page.extract_text(visitor_text=seen)
    except Exception:  # a font pypdf cannot measure: no sizes, the lines are read as before
        return []
    return runs


def display_lines(runs: Iterable[tuple[float, float, str]], words: Callable[[str], str]) -> dict[str, float]:
    """The lines (as `line_key` of the line as ``words`` spells it, as the prose reading does) printed in display
    type, with their size; {} for a document in one size."""
    lines: dict[float, list[tuple[float, str]]] = {}
    body: Counter[float] = Counter()
    for height, size, text in runs:
        lines.setdefault(height, []).append((size, text))
        body[size] += len(text.strip())
    if len(body) < 2:
        return {}
    usual = body.most_common(1)[0][0]
    out = {}
    for parts in lines.values():
        held: Counter[float] = Counter()
        for s, t in parts:
            held[s] += len(t.strip())
        size = held.most_common(1)[0][0]  # a line's size is the one most of it is printed in (a drop cap is not)
        if size >= LARGER * usual:
            out[line_key(words(" ".join(t for _s, t in parts)))] = size
    return out
