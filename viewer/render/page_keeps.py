"""Where the annotated PDF's text starts a new page so that what belongs together stays on one page.

Qt's text layout has neither keep-with-next nor keep-together: a heading was left at a page's foot with its text on
the next, a speaker's heading and its "Also written" line likewise, and a three-line entry of the speaker index was
split over two pages. One pass over the laid-out blocks sets a page break before each group that would be cut: a
run of blocks kept with the next one (headings, a leading line) with the first lines after it, a short paragraph
whole, a longer one's first two lines, and its last two (the block is split before them). A break is set only
where something stands above the group on its page, so a group taller than a page runs over instead of leaving a
page blank.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

SHORT = 3  # lines: a paragraph this short is never split over two pages
FIRST_LINES = 2  # of a longer paragraph after a heading, on the heading's page
LAST_LINES = 2  # of a longer paragraph, on the page its last line is on


def keep_together(doc: QTextDocument, page_height: float, kept_with_next: set[int], start: int,
                  inserted: Callable[[int], None]) -> int:
    """Break pages where a group from ``start`` on would be cut; returns where the next pass starts (a block kept
    with the next one that has nothing after it yet waits there for it). ``inserted`` hears where a paragraph was
    split to keep its last lines together: the positions from there on have moved one on."""
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
        elif block.position() not in kept_with_next and _widowed(doc, page_height, block):
            inserted(_split_before_last_lines(block))
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


def _widowed(doc: QTextDocument, page_height: float, block: QTextBlock) -> bool:
    """A longer paragraph's last line alone at the head of a page; not a list item (split, its end would be an
    item of its own, with a bullet)."""
    lines = block.layout().lineCount()
    return (lines > SHORT and block.textList() is None
            and _page(doc, page_height, block, lines - 2) != _page(doc, page_height, block, lines - 1))


def _split_before_last_lines(block: QTextBlock) -> int:
    """Its last LAST_LINES lines made a paragraph of their own that starts the next page. Qt breaks pages only
    before a block or between the lines a page cuts, so the block is split where the moved lines start; the line
    breaks are greedy, so every line keeps its words. Returns where the paragraph separator went in."""
    layout = block.layout()
    position = block.position() + layout.lineAt(layout.lineCount() - LAST_LINES).textStart()
    above, below = QTextBlockFormat(block.blockFormat()), QTextBlockFormat(block.blockFormat())
    above.setBottomMargin(0)
    below.setTopMargin(0)
    below.setTextIndent(0)  # its first line goes on where the paragraph's lines went, not where it began
    below.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(block)
    cursor.setBlockFormat(above)
    cursor.setPosition(position)
    cursor.insertBlock(below, block.charFormat())
    return position


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
