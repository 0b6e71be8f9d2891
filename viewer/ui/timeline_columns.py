"""How wide each column of the timeline is, so what changed between sources shows without scrolling sideways and
every column's title can be read.

The date and source get what their values need (capped), a column no entry fills keeps its title's width, and the
rest share what is left by WEIGHTS. The wording, shown whole in its pane, gives way last. Where the titles do not
fit on one line (a 1000-px window: "Attribute…", "What changed" past the dock's edge), the two-word ones are set on
two lines before any is cut.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeView

CAPS = {0: 160, 1: 150}  # when, source: past these their values wrap
WEIGHTS = {2: 3.0, 3: 0.8, 4: 1.2, 5: 1.0, 6: 2.0}  # wording, figures, attributed to, relayed, what changed
MIN_SHARED = 70
MAX_LINES = 4
WORDING = 2
WORDING_MIN = 150  # px the wording keeps (about 20 characters a line) before the other columns give way
READABLE_SHARE = 0.25  # of the view, the most a column other than the wording widens to show its cells whole
FLOOR_TEXTS = 5  # the longest cells of a column that set its floor: a claim has few sources, a thread may have many
CELL_MARGIN = 10  # what the cells leave of a column's width for their text


def stacked(title: str) -> str:
    """A two-word title on two lines."""
    return title.replace(" ", "\n", 1)


@dataclass(frozen=True)
class Fit:
    widths: dict[int, int]
    stacked: bool  # the titles on two lines
    whole: bool  # every title whole and every column in the view


def fit(view: QTreeView, titles: list[str], rows: list[list[str]], indent_only: int | None) -> Fit:
    """The first fit that shows every title whole: on one line with the wording at WORDING_MIN, on two lines so,
    on two lines with the wording between MIN_SHARED and WORDING_MIN (what the titles leave it); else on one line,
    cut (elided: the header cannot elide a title of two lines).
    ``indent_only``: column 0's width where it holds no date, only the entries' indent."""
    one_line = _fit(view, titles, rows, indent_only, False, WORDING_MIN)
    if one_line.whole:  # the usual case, measured alone: the columns are fitted at every resize of the dock
        return one_line
    tries = (_fit(view, titles, rows, indent_only, True, floor) for floor in (WORDING_MIN, None))
    return next((found for found in tries if found.whole), one_line)


def _fit(view: QTreeView, titles: list[str], rows: list[list[str]], indent_only: int | None, stack: bool,
         floor: int | None) -> Fit:
    """``floor``: the wording's least width; None: what the other columns leave at their titles' widths."""
    metrics, room = view.fontMetrics(), view.viewport().width()
    title = {c: _title_width(view, c, titles[c], stack) for c in range(len(titles))}
    need = [max([title[c]] + [metrics.horizontalAdvance(row[c]) + 16 for row in rows]) for c in range(len(titles))]
    when = indent_only if indent_only is not None else min(need[0] + view.indentation() * 2, CAPS[0])
    widths = {0: when, 1: min(need[1], CAPS[1])}
    used = {c for c in WEIGHTS if any(row[c] for row in rows)}
    widths.update({c: title[c] for c in WEIGHTS if c not in used})
    rest = room - sum(widths.values())
    total = sum(WEIGHTS[c] for c in used)
    cap = int(room * READABLE_SHARE)
    for c in used:
        whole = _wrapping_floor(metrics, [row[c] for row in rows], cap) if c != WORDING else 0
        widths[c] = max(MIN_SHARED, whole, min(need[c], int(rest * WEIGHTS[c] / total)))
    if WORDING in used:  # the others give way, as far as they can, before the wording goes under its floor
        date = view.indentation() * 2 + metrics.horizontalAdvance("2022-04-13") + 16
        least = {0: min(widths[0], date)}
        # a word wider than MIN_SHARED keeps its column whole: the wording, shown whole in its pane, gives way
        least |= {c: min(widths[c], max(MIN_SHARED, _word_floor(metrics, [row[c] for row in rows])))
                  for c in [1, *used] if c != WORDING}
        others = sum(w for c, w in widths.items() if c not in least and c != WORDING)
        titled = {c: max(least[c], title[c]) for c in least}
        if floor is None:
            floor = min(WORDING_MIN, max(MIN_SHARED, room - others - sum(titled.values())))
        left = room - floor - others
        if sum(titled.values()) <= left:  # each title whole where there is room: "Attribute…" at 1366 px, 3 panes
            widths.update({c: max(widths[c], titled[c]) for c in titled})
            least = titled
        _shrink(widths, least, left)
        widths[WORDING] = max(MIN_SHARED, widths[WORDING] + room - sum(widths.values()))
    whole = sum(widths.values()) <= room and all(widths[c] >= title[c] for c in widths)
    return Fit(widths, stack, whole)


def _title_width(view: QTreeView, column: int, title: str, stack: bool) -> int:
    """What the header needs for ``title`` on one line or two: its own measure of the title it shows now (the
    timeline is not sorted, so no arrow's room), its text's width swapped for the one asked about."""
    header = view.header()
    metrics = QFontMetrics(header.font())
    shown = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "") if header.model() else ""
    return (header.sectionSizeFromContents(column).width() - _text_width(metrics, shown)
            + _text_width(metrics, stacked(title) if stack else title))


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shrink(widths: dict[int, int], least: dict[int, int], room: int) -> None:
    """Take the columns of ``least`` down towards their least widths, each in proportion, until they fit in ``room``."""
    over = sum(widths[c] for c in least) - room
    spare = sum(widths[c] - least[c] for c in least)
    if over <= 0 or spare <= 0:
        return
    kept = max(0.0, 1 - over / spare)
    for c, width in least.items():
        widths[c] = width + int((widths[c] - width) * kept)


def _wrapping_floor(metrics: QFontMetrics, texts: list[str], cap: int) -> int:
    """The narrowest column (up to ``cap``) in which each text wraps within MAX_LINES lines and no word of them is
    cut: a relay chain in a column shared out by weight alone lost its end ("Blake Farenthold → Twitter → …", the
    outlet past the cut), and a name wider than its column its middle ("Igor Konashen…": the style wraps at
    spaces)."""
    longest = sorted(texts, key=metrics.horizontalAdvance, reverse=True)[:FLOOR_TEXTS]
    word = _word_floor(metrics, texts)
    fits = lambda width: width >= word and all(  # noqa: E731
        _lines(metrics, text, width - CELL_MARGIN) <= MAX_LINES for text in longest)
    low, high = MIN_SHARED, max(MIN_SHARED, cap)
    if fits(low):
        return low
    if not fits(high):
        return high
    while high - low > 4:  # a few px of precision: a handful of wraps measured
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle) else (middle, high)
    return high


def _word_floor(metrics: QFontMetrics, texts: list[str]) -> int:
    """The column that holds the widest word of ``texts`` whole: the style wraps at spaces only and cuts the end of
    a word wider than its column ("Igor Konashen…")."""
    return max((metrics.horizontalAdvance(w) for text in texts for w in text.split()), default=0) + CELL_MARGIN


def _lines(metrics: QFontMetrics, text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped at ``width``, as the cell draws it."""
    height = metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), Qt.TextFlag.TextWordWrap, text).height()
    return -(-height // metrics.lineSpacing()) if text else 0
