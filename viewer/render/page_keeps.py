"""Where the annotated PDF's text starts a new page so that what belongs together stays on one page.

Qt's text layout has neither keep-with-next nor keep-together: a heading was left at a page's foot with its text on
the next, a speaker's heading and its "Also written" line likewise, and a three-line entry of the speaker index was
split over two pages. One pass over the laid-out blocks sets a page break before each group that would be cut: a
run of blocks kept with the next one (headings, a leading line) with the first lines after it, a short paragraph
whole, a longer one's first two lines. A break is set only where something stands above the group on its page, so
a group taller than a page runs over instead of leaving a page blank.
"""
from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

SHORT = 3  # lines: a paragraph this short is never split over two pages
FIRST_LINES = 2  # of a longer paragraph after a heading, on the heading's page


def keep_together(doc: QTextDocument, page_height: float, kept_with_next: set[int], start: int) -> int:
    """Break pages where a group from ``start`` on would be cut; returns where the next pass starts (a block kept
    with the next one that has nothing after it yet waits there for it)."""
    block = doc.findBlock(min(start, doc.characterCount() - 1))
    resume = start
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:  # its rows are kept by the table's own pass; past it
            block = doc.findBlock(table.lastPosition()).next()
            continue
        if _lines(doc, block) == 0:
            block = block.next()
            continue
        if _page(doc, page_height, block, 0) != _page(doc, page_height, block, _anchor_lines(block) - 1):
            _break_before(doc, page_height, chain_start(block, kept_with_next))
        if block.position() in kept_with_next:
            following = _next_filled(block)
            if following is None:
                return block.position()
            if _page(doc, page_height, following, _anchor_lines(following) - 1) > _last_page(doc, page_height, block):
                _break_before(doc, page_height, chain_start(block, kept_with_next))
        resume = block.position() + block.length()
        block = block.next()
    return resume


def chain_start(block: QTextBlock, kept_with_next: set[int]) -> QTextBlock:
    """The first of the blocks kept with the next one that lead straight down to ``block`` (else ``block``)."""
    start = block
    above = _previous_filled(block)
    while above is not None and above.position() in kept_with_next:
        start, above = above, _previous_filled(above)
    return start


def break_before(block: QTextBlock) -> None:
    """The block starts a page."""
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _break_before(doc: QTextDocument, page_height: float, block: QTextBlock) -> None:
    """A page break before ``block`` unless it already heads its page (the break would leave a page blank)."""
    above = _previous_filled(block)
    if above is not None and _last_page(doc, page_height, above) == _page(doc, page_height, block, 0):
        break_before(block)


def _anchor_lines(block: QTextBlock) -> int:
    """How many of a block's first lines stay together and with what it follows: all of a short one, two of a
    longer one (its first line is never left alone at a page's foot), a table's first line."""
    lines = block.layout().lineCount()
    if QTextCursor(block).currentTable() is not None:
        return 1
    return lines if lines <= SHORT else FIRST_LINES


def _next_filled(block: QTextBlock) -> QTextBlock | None:
    """The next block with text (past the empty block a table is inserted after); None while there is none yet."""
    following = block.next()
    while following.isValid() and following.length() <= 1:
        following = following.next()
    return following if following.isValid() and _lines(block.document(), following) else None


def _previous_filled(block: QTextBlock) -> QTextBlock | None:
    above = block.previous()
    while above.isValid() and (above.length() <= 1 or _lines(block.document(), above) == 0):
        above = above.previous()
    return above if above.isValid() else None


def _lines(doc: QTextDocument, block: QTextBlock) -> int:
    """The block's line count, laid out first (Qt lays out on demand)."""
    doc.documentLayout().blockBoundingRect(block)
    return block.layout().lineCount()


def _last_page(doc: QTextDocument, page_height: float, block: QTextBlock) -> int:
    return _page(doc, page_height, block, block.layout().lineCount() - 1)


def _page(doc: QTextDocument, page_height: float, block: QTextBlock, line: int) -> int:
    """The page a line lies on: Qt pushes a line to the next page at its middle."""
    text_line = block.layout().lineAt(line)
    top = doc.documentLayout().blockBoundingRect(block).top() + text_line.y()
    return int((top + text_line.height() / 2) // page_height)
