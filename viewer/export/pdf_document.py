"""The annotated PDF as plain data: sections of styled paragraphs and tables, no Qt.

`viewer.export.pdf_content` builds it from a selection; a renderer (the Qt one lives in
`viewer.render.pdf_layout`) lays it out, paints it and reports where each marked run landed, so
`viewer.export.pdf_annotations` can put real PDF annotations and links over the exact text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from viewer.jobs import TaskState

PAGE_SIZES = {"A4": (595.276, 841.89), "Letter": (612.0, 792.0)}  # PDF points
MARGIN = {"left": 56.0, "right": 56.0, "top": 62.0, "bottom": 56.0}  # round the text of every page, in points
PICTURE_SHARE = 0.85  # of the text's height a drawing may take, leaving its heading and caption room


def picture_room(page_size: tuple[float, float]) -> tuple[float, float]:
    """The largest a drawing is painted on a page of this size (points): a larger one is scaled down to it, so
    what draws one can cut it into parts that keep their words readable."""
    return (page_size[0] - MARGIN["left"] - MARGIN["right"],
            (page_size[1] - MARGIN["top"] - MARGIN["bottom"]) * PICTURE_SHARE)


@dataclass
class Run:
    """A stretch of text in one style.

    ``mark`` names the run so the renderer reports its line boxes; ``link`` makes it a link to
    the page of another mark; ``page_of`` replaces ``text`` by the page number of a mark;
    ``margin`` is a short label painted in the right margin beside the run's first line.
    """

    text: str
    background: str | None = None
    colour: str | None = None
    bold: bool = False
    italic: bool = False
    small: bool = False
    superscript: bool = False
    underline: str | None = None  # colour of a dashed underline (discrepancies)
    mark: str | None = None
    link: str | None = None
    page_of: str | None = None
    margin: str | None = None


@dataclass
class Paragraph:
    """``keep_with_next``: on the page of the lines after it, as a heading is (a line that leads them)."""

    runs: list[Run]
    style: str = "body"  # title | h1 | h2 | body | meta | note | small
    indent: int = 0
    keep_with_next: bool = False


@dataclass
class Markdown:
    """The researcher's own text, already rendered to safe HTML by markdown-it (html disabled)."""

    html: str
    indent: int = 1


@dataclass
class Cell:
    """``hanging``: each of its lines a paragraph whose wrapped lines are indented under its first, so that in a
    narrow column one relay chain is told from the next by where it starts, not only by its arrows."""

    runs: list[Run]
    background: str | None = None
    hanging: bool = False


@dataclass
class Table:
    header: list[Cell]
    rows: list[list[Cell]]
    widths: list[float] | None = None  # percentages


@dataclass
class Picture:
    """A drawing as SVG text, ``width`` × ``height`` points at full size (scaled down to fit the page)."""

    svg: str
    width: float
    height: float


Block = Paragraph | Markdown | Table | Picture


@dataclass
class Section:
    """Starts on a new page; ``bookmark`` becomes an outline entry pointing at its first page, and
    each of ``entries`` (title, mark) one beneath it, pointing at the page where the mark landed."""

    running_title: str
    blocks: list[Block] = field(default_factory=list)
    bookmark: str | None = None
    margin_notes: bool = False  # leave a right-hand column for margin labels
    entries: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Box:
    """One line of a marked run on one page, in PDF points (origin bottom left)."""

    page: int  # 0-based
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Rendered:
    page_count: int
    section_pages: list[int]  # first page (0-based) of each section
    boxes: dict[str, list[Box]]  # mark → its line boxes in reading order
    links: list[tuple[Box, str]]  # a link box and the mark it points to
    undrawn: frozenset[str] = frozenset()  # letters no font of the system drew: printed as empty boxes


class Renderer(Protocol):
    def __call__(
        self,
        sections: list[Section],
        target: Path,
        page_size: tuple[float, float],
        state: TaskState | None,
    ) -> Rendered:
        """Lay out and write ``sections`` to ``target``; a cancel raises `viewer.jobs.Cancelled`."""
        ...
