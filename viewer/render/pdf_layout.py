"""Qt's own PDF writer for the annotated PDF: QTextDocument lays out, QPdfWriter paints.

Only QtGui (no widgets), so it runs headless with QT_QPA_PLATFORM=offscreen: the command line's export, which
the window runs as a process of its own (`viewer.ui.export_process`; never on a thread of the window's process,
where PySide holds the GIL through Qt's locks). `render` is what callers pass to `viewer.export.pdf.export_pdf` (the export layer itself
never imports Qt). Besides painting, it asks the text layout where each marked run
landed (page and line boxes), which is what the PDF annotations are placed with.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QBrush, QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPageSize, QPainter,
    QPdfWriter, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextImageFormat, QTextLength,
    QTextTableCellFormat, QTextTableFormat,
)
from PySide6.QtSvg import QSvgRenderer

from viewer import __version__
from viewer.export.pdf_document import (
    MARGIN, PAGE_SIZES, PICTURE_SHARE, Box, Cell, Markdown, Paragraph, Picture, Rendered, Run, Section, Table,
)
from viewer.jobs import TaskState, quiet
from viewer.render import page_keeps
from viewer.render.glyphs import drawable, undrawn_letters
from viewer.render.word_fit import elided_at_word, fitting_scale
from viewer.resources import resources_dir

RESOLUTION = 720  # device units per inch: 10 per point, fine enough for exact annotation boxes
S = RESOLUTION / 72
HANG = 8.0  # points (set as S device units: a cell block's margins are not scaled) a hanging line's wraps indent
PX = 96 / 72  # QTextFormat lengths (margins, padding, borders) are 96-dpi pixels, scaled to the device by Qt
FAMILY = "DejaVu Sans"
NOTE_COLUMN = 58.0  # extra right margin on article pages for margin labels
STYLES = {  # point size, bold, space above, space below, colour
    "title": (22, True, 0, 14, None),
    "h1": (15, True, 4, 8, None),
    "h2": (11.5, True, 12, 5, None),
    "body": (10.5, False, 0, 7, None),
    "meta": (8.5, False, 0, 2, "#444444"),
    "note": (9, False, 0, 3, None),
    "small": (8, False, 0, 2, "#555555"),
}
# Ligatures would put "ﬀ" in the text layer, so a reader's search for "offers" would miss it.
NO_LIGATURES = {QFont.Tag("liga"): 0, QFont.Tag("clig"): 0}
_app: QGuiApplication | None = None
_fonts_ready = False


def ensure_gui() -> None:
    """Text layout needs a QGuiApplication; create one on demand for the CLI and tests."""
    global _app, _fonts_ready
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])
    if not _fonts_ready:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
        _fonts_ready = True


class _Built:
    """One section laid out in its own paginated QTextDocument, with its marks' positions."""

    def __init__(self, section: Section, writer: QPdfWriter, page_size: tuple[float, float], pages: Callable[[str], str]):
        self.section = section
        self.writer = writer
        self.right = MARGIN["right"] + (NOTE_COLUMN if section.margin_notes else 0)
        self.width = page_size[0] - MARGIN["left"] - self.right
        self.height = page_size[1] - MARGIN["top"] - MARGIN["bottom"]
        self.marks: dict[str, tuple[int, int]] = {}
        self.links: list[tuple[int, int, str]] = []
        self.margins: list[tuple[int, str]] = []
        self.page_refs: list[tuple[int, str]] = []  # (position, the page number set there)
        self.kept_with_next: set[int] = set()  # where each block starts that stays on the page of the text after it
        self.checked = 0  # where `page_keeps.keep_together` starts next
        self.pictures: list[tuple[int, Picture, QSizeF]] = []  # (position, picture, size on the page)
        self.undrawn: set[str] = set()  # letters no font of this system draws, printed as empty boxes
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(writer)
        self.doc.setDocumentMargin(0)
        self.doc.setUseDesignMetrics(True)
        font = QFont(FAMILY)
        font.setPointSizeF(10.5)
        for tag, value in NO_LIGATURES.items():
            font.setFeature(tag, value)
        self.doc.setDefaultFont(font)
        self.doc.setPageSize(QSizeF(self.width * S, self.height * S))
        cursor = QTextCursor(self.doc)
        # Laid out as it is built: Qt lays out again only from a change, so a heading moved to the next page, or a
        # table split at a row a break cuts, at the document's end costs the layout of what follows it so far, where
        # moving it in a finished section laid out all that follows again (a 112-page section took 7 s, 0.15 s a heading).
        cursor.beginEditBlock()  # one layout pass for a run of blocks instead of one per insertion
        for index, block in enumerate(section.blocks):
            if isinstance(block, Table):  # laid out on its own, the groups above it kept first
                self._settle(cursor)
                self._table(cursor, block, pages)
                cursor.beginEditBlock()
                continue
            if isinstance(block, Paragraph) and block.style in ("h1", "h2"):  # the groups waiting kept first
                self._settle(cursor)
                cursor.beginEditBlock()
            if isinstance(block, Markdown):
                self._markdown(cursor, block, first=index == 0)
            elif isinstance(block, Picture):
                self._picture(cursor, block)
            else:
                self._paragraph(cursor, block, pages, first=index == 0)
        self._settle(cursor)
        self.page_count = self.doc.documentLayout().pageCount()
        self.heads = self._page_heads()

    # -- building ----------------------------------------------------------------------

    def _paragraph(self, cursor: QTextCursor, paragraph: Paragraph, pages, first: bool) -> None:
        size, bold, above, below, colour = STYLES[paragraph.style]
        block = QTextBlockFormat()
        block.setTopMargin(above * PX)
        block.setBottomMargin(below * PX)
        block.setLeftMargin(paragraph.indent * 14 * PX)
        block.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        base = QTextCharFormat()
        base.setFontFamilies([FAMILY])
        base.setFontPointSize(size)
        base.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if colour:
            base.setForeground(QColor(colour))
        if first:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(block, base)
        if paragraph.style in ("h1", "h2") or paragraph.keep_with_next:
            self.kept_with_next.add(cursor.position())
        for run in paragraph.runs:
            self._run(cursor, run, base, pages)

    def _picture(self, cursor: QTextCursor, picture: Picture) -> None:
        """Room for a drawing, as a blank image the size it will be painted; `_paint` draws the SVG
        over it, so it stays vector in the PDF."""
        scale = min(1.0, self.width / picture.width, self.height * PICTURE_SHARE / picture.height)
        size = QSizeF(picture.width * scale * S, picture.height * scale * S)
        block = QTextBlockFormat()
        block.setTopMargin(6 * PX)
        block.setBottomMargin(6 * PX)
        cursor.insertBlock(block)
        name = f"picture:{len(self.pictures)}"
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(QColor(0, 0, 0, 0))
        self.doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), blank)
        image = QTextImageFormat()
        image.setName(name)
        image.setWidth(size.width() / S * PX)  # format lengths are 96-dpi pixels, like margins
        image.setHeight(size.height() / S * PX)
        self.pictures.append((cursor.position(), picture, size))
        cursor.insertImage(image)

    def _settle(self, cursor: QTextCursor) -> None:
        """Lay out the blocks built since the last edit began, and keep together what they complete."""
        cursor.endEditBlock()
        self._keep_together()

    def _keep_together(self) -> None:
        self.checked = page_keeps.keep_together(self.doc, self.height * S, self.kept_with_next, self.checked,
                                                self._shift_from)

    def _page_heads(self) -> list[float]:
        """Where Qt is asked to start painting each page. Qt paints, besides the lines a clip holds, the last line of a
        paragraph above it (QTextLayout::draw starts at the last line it skips): the line before a page break was
        painted again, clipped out of sight, at the head of the next page, and a reader's search found it twice. The
        paint starts under the first line of each paragraph that runs over the break, so the line Qt adds is that
        one; the page's clip is unchanged, so nothing else moves. Not on a page where such a paragraph ends on its
        first line (Qt leaves out a paragraph that ends above where the paint starts), nor on a page a table runs
        onto (its repeated header row sits above the paragraphs of its cells): those keep the extra line."""
        height = self.height * S
        firsts: dict[int, float] = {}  # page → the lowest foot of a first line there of a paragraph from the page before
        layout = self.doc.documentLayout()
        tabled = set()  # pages a table runs onto: Qt repeats its header row at their head, which must be painted
        for frame in self.doc.rootFrame().childFrames():
            box = layout.frameBoundingRect(frame)
            tabled.update(range(int(box.top() // height) + 1, int((box.bottom() - 1) // height) + 1))
        block = self.doc.begin()
        while block.isValid():
            lines = block.layout()
            if lines.lineCount() > 1 and QTextCursor(block).currentTable() is None:
                top = layout.blockBoundingRect(block).top()
                pages = [int((top + lines.lineAt(i).y() + lines.lineAt(i).height() / 2) // height)
                         for i in range(lines.lineCount())]
                for i in range(1, len(pages)):
                    if pages[i] > pages[i - 1]:
                        alone = i + 1 == len(pages) or pages[i + 1] > pages[i]
                        foot = 0.0 if alone else top + lines.lineAt(i).y() + lines.lineAt(i).height()
                        firsts[pages[i]] = min(firsts.get(pages[i], foot), foot)
            block = block.next()
        return [page * height if page in tabled else max(page * height, firsts.get(page, 0.0) + 0.5)
                for page in range(self.page_count)]

    def _first_row_cut(self, qt_table) -> int | None:
        """The first row of the table (1 the first under the header) a page break cuts though it is short (under a
        third of a page): Qt breaks a table between the lines of a row's cells, and a claim's row left its last line,
        "Lummi Na…", alone on the next page under the repeated header. A taller row is left to run over."""
        layout, height = self.doc.documentLayout(), self.height * S
        for r in range(1, qt_table.rows()):
            cells = [qt_table.cellAt(r, c) for c in range(qt_table.columns())]
            top = min(layout.blockBoundingRect(self.doc.findBlock(cell.firstPosition())).top() for cell in cells)
            bottom = max(layout.blockBoundingRect(self.doc.findBlock(cell.lastPosition())).bottom() for cell in cells)
            if int(top // height) != int((bottom - 1) // height) and bottom - top < height / 3:
                return r
        return None

    def _run(self, cursor: QTextCursor, run: Run, base: QTextCharFormat, pages,
             lines: QTextBlockFormat | None = None) -> None:
        """The run at the cursor; its line breaks start paragraphs in ``lines``' format where given, else lines."""
        fmt = QTextCharFormat(base)
        if run.background:
            fmt.setBackground(QColor(run.background))
        if run.colour:
            fmt.setForeground(QColor(run.colour))
        if run.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if run.italic:
            fmt.setFontItalic(True)
        if run.small:
            fmt.setFontPointSize(max(7.0, base.fontPointSize() * 0.8))
        if run.superscript:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        if run.underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(run.underline))
        if run.link:
            fmt.setForeground(QColor("#1F4E99"))
        text = run.text
        if run.page_of:
            text = pages(run.page_of)
        start = cursor.position()
        if run.page_of:
            self.page_refs.append((start, text))
        if run.margin:
            self.margins.append((start, run.margin))
        for number, line in enumerate(self._drawable(text).split("\n") if lines else [self._drawable(text)]):
            if number:
                cursor.insertBlock(lines, fmt)
            cursor.insertText(line.replace("\n", "\u2028"), fmt)
        if run.mark:
            self.marks[run.mark] = (start, cursor.position())
        if run.link:
            self.links.append((start, cursor.position(), run.link))

    def _drawable(self, text: str) -> str:
        """The text as it can be drawn (`glyphs.drawable`), its letters no font draws noted for the export's message."""
        self.undrawn |= undrawn_letters(text, FAMILY)
        return drawable(text, FAMILY)

    def _markdown(self, cursor: QTextCursor, block: Markdown, first: bool) -> None:
        fmt = QTextBlockFormat()
        fmt.setLeftMargin(block.indent * 14 * PX)
        if not first:
            cursor.insertBlock(fmt, QTextCharFormat())
        start = cursor.position()
        cursor.insertHtml(f'<div style="font-size:9pt">{self._drawable(block.html)}</div>')
        tail = QTextCursor(self.doc)
        tail.setPosition(start)
        tail.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
        indent = QTextBlockFormat()
        indent.setLeftMargin(block.indent * 14 * PX)
        tail.mergeBlockFormat(indent)

    def _table(self, cursor: QTextCursor, table: Table, pages) -> None:
        """The table, laid out at the document's end; where a page break cuts a short row, the rows from it on are
        taken out and start the next page as a table of their own, under the header again, and so on to its end."""
        first, new_page = 0, False
        while True:
            cursor.beginEditBlock()
            qt_table = self._table_rows(cursor, replace(table, rows=table.rows[first:]), pages, new_page)
            cursor.endEditBlock()
            self._keep_together()
            cut = self._first_row_cut(qt_table)
            if cut == 1 and not new_page:  # its first row: the table starts the next page, with the headings above it
                first_cell = self.doc.findBlock(qt_table.cellAt(0, 0).firstPosition())
                leading = page_keeps.chain_start(first_cell, self.kept_with_next)
                if leading != first_cell:
                    page_keeps.break_before(leading)
                else:
                    fmt = qt_table.format()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    qt_table.setFormat(fmt)
                cut = self._first_row_cut(qt_table)
            if cut is None or cut == 1:  # whole, or a row at a page's head taller than the page: it runs over
                return
            self._forget_from(qt_table.cellAt(cut, 0).firstPosition())
            qt_table.removeRows(cut, qt_table.rows() - cut)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            first, new_page = first + cut - 1, True

    def _forget_from(self, position: int) -> None:
        """Marks, links, margin labels and page numbers set from ``position`` on: the rows there are taken out."""
        self.marks = {key: span for key, span in self.marks.items() if span[0] < position}
        self.links = [link for link in self.links if link[0] < position]
        self.margins = [margin for margin in self.margins if margin[0] < position]
        self.page_refs = [ref for ref in self.page_refs if ref[0] < position]

    def _shift_from(self, position: int) -> None:
        """Marks, links, labels, page numbers, pictures and kept blocks past ``position``, where a character went in,
        one on: a mark ending right before it stays as it was."""
        def on(at: int) -> int:
            return at + 1 if at >= position else at

        self.marks = {key: (on(start), end + 1 if end > position else end) for key, (start, end) in self.marks.items()}
        self.links = [(on(start), end + 1 if end > position else end, to) for start, end, to in self.links]
        self.margins = [(on(at), label) for at, label in self.margins]
        self.page_refs = [(on(at), text) for at, text in self.page_refs]
        self.pictures = [(on(at), picture, size) for at, picture, size in self.pictures]
        kept = {on(at) for at in self.kept_with_next}
        self.kept_with_next.clear()  # the pass that split the block holds this set
        self.kept_with_next.update(kept)

    def _table_rows(self, cursor: QTextCursor, table: Table, pages, new_page: bool):
        fmt = QTextTableFormat()
        if new_page:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(3 * PX)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5 * PX)
        fmt.setBorderBrush(QBrush(QColor("#888888")))
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if table.widths:
            fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in table.widths])
        columns = len(table.header)
        cursor.insertBlock()
        qt_table = cursor.insertTable(len(table.rows) + 1, columns, fmt)
        base = QTextCharFormat()
        base.setFontFamilies([FAMILY])
        base.setFontPointSize(8.5)
        # each column's room for text, in points: its share of the width less the padding and border either side
        rooms = [self.width * w / 100 - 2 * (3 + 0.5) for w in table.widths or [100 / columns] * columns]
        for r, row in enumerate([table.header, *table.rows]):
            for c, cell in enumerate(row):
                self._cell(qt_table, r, c, cell, base, pages, header=r == 0, room=rooms[c] * 0.97)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return qt_table

    def _cell(self, qt_table, r: int, c: int, cell: Cell, base: QTextCharFormat, pages, header: bool,
              room: float) -> None:
        target = qt_table.cellAt(r, c)
        if cell.background or header:
            cell_format = QTextTableCellFormat()
            cell_format.setBackground(QColor(cell.background or "#EEEEEE"))
            target.setFormat(cell_format)
        cell_cursor = target.firstCursorPosition()
        fmt = QTextCharFormat(base)
        if header:
            fmt.setFontWeight(QFont.Weight.Bold)
        lines = None
        if cell.hanging:
            lines = QTextBlockFormat()
            lines.setLeftMargin(HANG * S)
            lines.setTextIndent(-HANG * S)
            cell_cursor.setBlockFormat(lines)
            room -= HANG
        words = [(word, self._font(run, fmt)) for run in cell.runs if not run.page_of for word in run.text.split()]
        scale = fitting_scale(words, room, self.writer, S)
        for run in cell.runs:
            if scale < 1:  # a word wider than the column: the cell is set smaller rather than the word broken
                sized = QTextCharFormat(fmt)
                sized.setFontPointSize(self._font(run, fmt).pointSizeF() * scale)
                run = replace(run, small=False)
                self._run(cell_cursor, run, sized, pages, lines)
            else:
                self._run(cell_cursor, run, fmt, pages, lines)

    @staticmethod
    def _font(run: Run, fmt: QTextCharFormat) -> QFont:
        """The font a run of a cell is set in, as `_run` sets it."""
        font = QFont(FAMILY)
        font.setPointSizeF(max(7.0, fmt.fontPointSize() * 0.8) if run.small else fmt.fontPointSize())
        font.setBold(run.bold or fmt.fontWeight() >= QFont.Weight.Bold)
        font.setItalic(run.italic)
        return font

    # -- geometry ----------------------------------------------------------------------

    def boxes(self, start: int, end: int) -> list[tuple[int, QRectF]]:
        """Line rectangles of the text between two positions, as (page in section, rect on page)."""
        found: list[tuple[int, QRectF]] = []
        layout = self.doc.documentLayout()
        block = self.doc.findBlock(start)
        while block.isValid() and block.position() < max(end, start + 1):
            text_layout = block.layout()
            origin = layout.blockBoundingRect(block).topLeft()
            first = max(start, block.position()) - block.position()
            last = min(end, block.position() + block.length() - 1) - block.position()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                a = max(first, line.textStart())
                b = min(last, line.textStart() + line.textLength())
                if b <= a and not (start == end and line.textStart() <= a <= line.textStart() + line.textLength()):
                    continue
                x0 = line.cursorToX(a)[0]
                x1 = line.cursorToX(b)[0]
                top = origin.y() + line.y()
                rect = QRectF(origin.x() + min(x0, x1), top, abs(x1 - x0), line.height())
                page = int((top + line.height() / 2) // (self.height * S))  # Qt pushes a line to the next page at its boundary
                rect.translate(0, -page * self.height * S)
                found.append((page, rect))
                if start == end:
                    return found
            block = block.next()
        return found


def renderer(svg: str) -> QSvgRenderer:
    """Qt's renderer of an SVG text (the relay picture); refuses one it cannot read."""
    drawn = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not drawn.isValid():
        raise ValueError("a picture in the report is not valid SVG")
    return drawn


def _box(page: int, rect: QRectF, page_height: float) -> Box:
    left, top = MARGIN["left"] + rect.left() / S, MARGIN["top"] + rect.top() / S
    return Box(page, round(left, 2), round(page_height - top - rect.height() / S, 2),
               round(left + rect.width() / S, 2), round(page_height - top, 2))


def render(
    sections: list[Section],
    target: Path,
    page_size: tuple[float, float],
    state: TaskState | None = None,
) -> Rendered:
    """Lay out every section, resolve page references, paint, and report where marks landed.

    A cancel raises `Cancelled` between sections; what was painted is the caller's to discard.
    """
    ensure_gui()
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QSizeF(*page_size), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setCreator(f"Provenance Viewer {__version__}")
    built: list[_Built] = []
    try:
        return _render(sections, writer, built, target, page_size, quiet(state))
    finally:
        built.clear()  # text documents hold the writer as their paint device: free them first
        del writer


def _render(sections, writer, built, target, page_size, state: TaskState) -> Rendered:
    total = len(sections) * 2
    resolved: dict[str, int] = {}
    pages = lambda key: str(resolved[key] + 1) if key in resolved else "00"  # noqa: E731
    for index, section in enumerate(sections):
        state.check()
        built.append(_Built(section, writer, page_size, pages))
        state.progress(index + 1, total, f"laying out {section.running_title}")
    for _ in range(4):  # page numbers in the matrix and index can shift later pages; settle them
        starts = _starts(built)
        resolved = _first_pages(built, starts)
        stale = [i for i, b in enumerate(built)
                 if b.page_refs and [text for _at, text in b.page_refs] != [pages(k) for k in _refs(b.section)]]
        if not stale:
            break
        for i in stale:
            built[i] = _Built(built[i].section, writer, page_size, pages)
    starts = _starts(built)
    rendered = Rendered(sum(b.page_count for b in built), starts, {}, [],
                        frozenset().union(*(b.undrawn for b in built)))
    for b, start in zip(built, starts):
        for key, (a, z) in b.marks.items():
            rendered.boxes[key] = [_box(start + p, r, page_size[1]) for p, r in b.boxes(a, z)]
        for a, z, target_key in b.links:
            rendered.links += [(_box(start + p, r, page_size[1]), target_key) for p, r in b.boxes(a, z)]
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {target}")
    try:
        for index, (b, start) in enumerate(zip(built, starts)):
            state.check()
            _paint(painter, writer, b, start, rendered.page_count, page_size)
            state.progress(len(sections) + index + 1, total, f"writing {b.section.running_title}")
    finally:
        painter.end()
    return rendered


def _refs(section: Section) -> list[str]:
    keys = []
    for block in section.blocks:
        rows = [block.header, *block.rows] if isinstance(block, Table) else [block] if isinstance(block, Paragraph) else []
        for row in rows:
            for holder in (row if isinstance(row, list) else [row]):
                keys += [run.page_of for run in holder.runs if run.page_of]
    return keys


def _starts(built: list[_Built]) -> list[int]:
    starts, page = [], 0
    for b in built:
        starts.append(page)
        page += b.page_count
    return starts


def _first_pages(built: list[_Built], starts: list[int]) -> dict[str, int]:
    found = {}
    for b, start in zip(built, starts):
        for key, (a, z) in b.marks.items():
            boxes = b.boxes(a, z)
            if boxes:
                found[key] = start + boxes[0][0]
    return found


def _paint(painter: QPainter, writer: QPdfWriter, b: _Built, start: int, page_count: int, page_size) -> None:
    height = b.height * S
    small = QFont(FAMILY)
    small.setPointSizeF(7.5)
    for tag, value in NO_LIGATURES.items():
        small.setFeature(tag, value)
    labels: dict[int, list[tuple[QRectF, str]]] = {}
    for position, label in b.margins:
        for page, rect in b.boxes(position, position)[:1]:
            labels.setdefault(page, []).append((rect, label))
    for page in range(b.page_count):
        if start + page > 0:
            writer.newPage()
        painter.save()
        painter.setFont(small)
        painter.setPen(QColor("#666666"))
        width = page_size[0] * S
        line = width - (MARGIN["left"] + MARGIN["right"]) * S
        # a long outlet and title ran past the margin, cut mid-word, and the title never showed: shortened with "…"
        running = elided_at_word(painter.fontMetrics(), drawable(b.section.running_title, FAMILY), int(line))
        painter.drawText(QRectF(MARGIN["left"] * S, 24 * S, line, 14 * S),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, running)
        footer = QRectF(MARGIN["left"] * S, (page_size[1] - 36) * S, width - (MARGIN["left"] + MARGIN["right"]) * S, 14 * S)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, f"Provenance Viewer {__version__}")
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight, f"page {start + page + 1} of {page_count}")
        painter.translate(MARGIN["left"] * S, MARGIN["top"] * S - page * height)
        painter.setClipRect(QRectF(0, page * height, b.width * S, height - 1))  # a line Qt pushed to the next page starts on this one's foot (to 1/64): not its highlight
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, b.heads[page], b.width * S, (page + 1) * height - 1 - b.heads[page])
        b.doc.documentLayout().draw(painter, context)
        painter.restore()
        _paint_pictures(painter, b, page)
        _paint_labels(painter, b, labels.get(page, []), small)


def _paint_pictures(painter: QPainter, b: _Built, page: int) -> None:
    """The drawings on this page of the section, painted as vectors where their blank images lie."""
    for position, picture, size in b.pictures:
        for on, line in b.boxes(position, position + 1)[:1]:
            if on == page:
                top = MARGIN["top"] * S + line.bottom() - size.height()
                renderer(picture.svg).render(painter, QRectF(MARGIN["left"] * S + line.left(), top, size.width(), size.height()))


def _paint_labels(painter: QPainter, b: _Built, labels: list[tuple[QRectF, str]], font: QFont) -> None:
    """Margin labels (claim marker, ≠ for a discrepancy) beside the line where a claim starts."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    left = (MARGIN["left"] + b.width + 8) * S
    taken = -1.0
    for rect, label in sorted(labels, key=lambda item: item[0].top()):
        top = max(MARGIN["top"] * S + rect.top(), taken)
        painter.drawText(QPointF(left, top + rect.height() * 0.75), label)
        taken = top + rect.height()
    painter.restore()
