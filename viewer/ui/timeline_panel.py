"""Where the selected claim came from: its sources in time order, its thread of updates, its relays.

The timeline lists each source carrying the claim by date (the first reporter starred), with
where the date came from, the wording, figures, speaker, relay chain and what changed since the
previous source; then its possible updates (the same thing counted in related reports, not verified,
so folded until the researcher opens them). Clicking an entry
scrolls its article's pane to it (a claim of the thread is selected in the comparison); the
Relays tab draws who relayed it. Built from `provenance.timeline`, read when a claim is selected.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel, QMenu, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)

from viewer.analysis import store
from viewer.corpus.store import Corpus
from viewer.export.palette import CLAIM_COLOURS, DISCREPANCY_MARK, assign_colours
from viewer.provenance.rows import IN_TIME_ORDER, SOURCE_COLUMNS, source_row, thread_row
from viewer.provenance.relay_layout import layout
from viewer.provenance.relays import claim_graph, corpus_graph
from viewer.provenance.timeline import THREAD_HEADING, Source, ThreadEntry, Timeline, timeline, updates_counted
from viewer.provenance.wording import NO_OUTLET, claim_label, conflict_label
from viewer.ui import hung_lines, timeline_columns
from viewer.ui.timeline_columns import CELL_MARGIN, MAX_LINES
from viewer.ui.document_details_dialog import DocumentDetailsDialog, ask
from viewer.ui.named_columns import NamedColumns
from viewer.ui.relay_graph_view import RelayGraphPanel

COLUMNS = SOURCE_COLUMNS
GROUPS = (IN_TIME_ORDER, THREAD_HEADING)
# a lane of their own: placed by their import day among the dated ones, undated reports read as the latest
UNDATED_GROUP = "Undated sources: no date found, so in no time order and never first; right-click one to set its date"
SAME_DAY_NAMED = 3  # sources of the first day the heading names; the rest are counted (the table stars them all)
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # ("passage", document, start, end) or ("claim", id)
NO_PARENT = 2**32 - 1  # internalId of the two group rows; an entry row carries its group's number
RELAYED = COLUMNS.index("Relayed")  # its chains hang (`hung_lines`)


class TimelineModel(NamedColumns, QAbstractItemModel):
    """Groups of entries, each entry a row: the dated sources, the undated ones (when there are), the thread (when
    it has updates); rebuilt when another claim is shown."""

    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.groups: list[tuple[str, tuple]] = []  # (what the group holds, its entries)
        self._cells: dict[tuple[int, int], list[str]] = {}  # (group, row): the entry's cells, made when first asked
        self._undated: bool | None = None  # `undated_only`, once asked
        self.stacked = False  # the two-word titles on two lines

    def show(self, found: Timeline | None) -> None:
        self.beginResetModel()
        self.timeline = found
        self.groups = _groups(found)
        self._cells = {}
        self._undated = None
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """No "When" over a column no entry dates (every source undated, no update): the column narrows to the tree's
        indent, its ~100 px of blank given to the wording. Stacked, a two-word title on two lines."""
        if section == 0 and orientation == Qt.Orientation.Horizontal and self.undated_only():
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        title = super().headerData(section, orientation, role)
        return timeline_columns.stacked(title) if self.stacked and isinstance(title, str) else title

    def stack_titles(self, stacked: bool) -> None:
        """Set the two-word titles on two lines (a narrow dock) or one."""
        if stacked != self.stacked:
            self.stacked = stacked
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def undated_only(self) -> bool:
        """A claim is shown and no entry has a When cell: an undated source leaves its own blank, as its group's
        heading says why. Kept per claim shown: the header asks on every paint."""
        if self._undated is None:
            self._undated = self.timeline is not None and not any(row[0] for row in self.rows())
        return self._undated

    def cells(self, group: int, row: int) -> list[str]:
        """An entry's cells, formatted once per claim shown: the view asks a row's text of each cell again for
        every layout (its height is its longest cell wrapped), and a claim's selection lays the tree out
        several times: formatted on each ask, they were a third of a claim's selection on a 1,000-article corpus."""
        if (group, row) not in self._cells:
            entry = self._entries(group)[row]
            sources = self.timeline.sources if self.timeline is not None else ()
            cells = source_row(entry, sources) if isinstance(entry, Source) else thread_row(entry)
            if self.groups[group][0] == "undated":  # its heading says so: each row repeated "undated (no date found)"
                cells[0] = ""  # on two lines at 1280 px; the cell's tooltip still explains the dating
            self._cells[(group, row)] = cells
        return self._cells[(group, row)]

    def _entries(self, group: int) -> tuple:
        return self.groups[group][1] if 0 <= group < len(self.groups) else ()

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, child=QModelIndex()):  # type: ignore[override]
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if self.timeline is None:
            return 0
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == NO_PARENT and parent.column() == 0:
            return len(self._entries(parent.row()))
        return 0

    def rows(self) -> list[list[str]]:
        """The cells of every entry shown, sources then thread (a timeline holds a claim's few sources)."""
        return [self.cells(group, row) for group in range(len(self.groups)) for row in range(len(self._entries(group)))]

    def entry(self, index: QModelIndex) -> Source | ThreadEntry | None:
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        entries = self._entries(index.internalId())
        return entries[index.row()] if 0 <= index.row() < len(entries) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.timeline is None:
            return None
        if index.internalId() == NO_PARENT:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                kind, entries = self.groups[index.row()]
                if kind == "thread":  # the updates count without the claim itself, as the heading and reports do
                    return f"{GROUPS[1]} {updates_counted(self.timeline)}"
                return f"{GROUPS[0] if kind == 'sources' else UNDATED_GROUP} ({len(entries)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = self.entry(index)
        if entry is None:
            return None
        if role == TARGET_ROLE:
            return _target(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(index.internalId(), index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(entry, index.column(), self.cells(index.internalId(), index.row()))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and _doubtful(entry):
            return QBrush(QColor(DISCREPANCY_MARK))
        if role == Qt.ItemDataRole.FontRole and isinstance(entry, ThreadEntry) and entry.current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class _WrappedCells(QStyledItemDelegate):
    """Entry rows as tall as their longest cell wrapped in its column, up to MAX_LINES of the wording (the pane shows
    it whole) and every line of the others: a relay chain or a change is shown nowhere else, and capped at six lines,
    "Russia's Defense Ministry → AFP → BNR | …" lost its second chain in a 700 px dock (a 1280 px window).

    A cell's size is measured once for its column's width and kept until another claim is shown: the tree
    lays itself out several times a selection (a reset, the group rows' spans, the columns fitted to the
    dock, a paint), and asked every cell's size each time, a dozen of the model's roles a cell, through
    Python: half of selecting a claim on a 1,000-article corpus."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.sizes: dict[tuple[int, int, int, int], QSize] = {}  # (group, row, column, width): the cell's size
        self.measured = 0  # cells measured since the view was made (a test counts them)

    def forget(self) -> None:
        """Another claim is shown: its cells are other texts."""
        self.sizes.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        spans = not index.parent().isValid()  # a group row spans the row: its heading wraps in the view's width
        width = self.view.viewport().width() if spans else self.view.columnWidth(index.column())
        key = (index.internalId(), index.row(), index.column(), width)
        size = self.sizes.get(key)
        if size is None:
            size = self.sizes[key] = self._measure(option, index)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """A relay cell's chains each start at its edge, their wraps hung under them (`hung_lines`)."""
        if index.column() != RELAYED or not index.parent().isValid():
            super().paint(painter, option, index)
            return
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        text, option.text = option.text, ""  # the style draws the background and selection; the chains, here
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self.view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected else
                                            QPalette.ColorRole.Text))
        box = option.rect.adjusted(CELL_MARGIN // 2, 0, -(CELL_MARGIN - CELL_MARGIN // 2), 0)
        hung_lines.paint(painter, text, option.font, box)
        painter.restore()

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """A group row's heading wrapped in the view's width (cut to one line, "Undated sources: no date found, so in
        no time order…" lost its count and what to do in a dock under 700 px); an entry's cell as its text wrapped in
        the column, at least a line (the style's own measure asked the model a dozen roles a cell for the one line it
        gave)."""
        self.measured += 1
        if not index.parent().isValid():
            column = self.view.viewport().width()
            width = column - CELL_MARGIN - self.view.indentation()
            metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole))
            bounds = metrics.boundingRect(QRect(0, 0, max(width, 40), 100000), Qt.TextFlag.TextWordWrap,
                                          str(index.data() or ""))
            return QSize(column, max(super().sizeHint(option, index).height(), bounds.height() + 6))
        column = self.view.columnWidth(index.column())
        width = column - CELL_MARGIN - (2 * self.view.indentation() if index.column() == 0 else 0)
        text = str(index.data() or "")
        if index.column() == RELAYED:
            return QSize(column, max(hung_lines.laid_out(text, option.font, width)[1], option.fontMetrics.lineSpacing())
                         + 6)
        metrics = option.fontMetrics
        bounds = metrics.boundingRect(QRect(0, 0, max(width, 40), 100000), Qt.TextFlag.TextWordWrap, text)
        lines = max(bounds.height(), metrics.lineSpacing())
        if index.column() == 2:
            lines = min(lines, MAX_LINES * metrics.lineSpacing())
        return QSize(column, lines + 6)


def _groups(found: Timeline | None) -> list[tuple[str, tuple]]:
    """The dated sources, the undated ones apart (when there are), and the thread (a claim no related report counts
    the same as shows no "Possible updates (0)")."""
    if found is None:
        return []
    dated = tuple(s for s in found.sources if not s.dating.undated)
    lacking = tuple(s for s in found.sources if s.dating.undated)
    out = [("sources", dated)] if dated or not lacking else []
    if lacking:
        out.append(("undated", lacking))
    if found.updates:
        out.append(("thread", found.thread))
    return out


def _doubtful(entry: Source | ThreadEntry) -> bool:
    return bool({"conflict", "future", "before-1900", "unreadable"} & set(entry.dating.flags))


def _target(entry: Source | ThreadEntry) -> tuple:
    if isinstance(entry, ThreadEntry) and entry.claim_id is not None and not entry.current:
        return ("claim", entry.claim_id)
    passage = entry.mentions[0] if isinstance(entry, Source) else entry.passage
    return ("passage", passage.document, passage.start, passage.end)


def _tooltip(entry: Source | ThreadEntry, column: int, cells: list[str]) -> str:
    if column == 0:
        lines = [entry.dating.explanation]
        if entry.dating.conflicts:
            lines.append("Dates disagree: " + conflict_label(entry.dating))
        if isinstance(entry, Source) and entry.first:
            lines.append("First reporter: the earliest dated source that states the claim")
        return "\n".join(lines)
    return cells[column]


class TimelinePanel(QWidget):
    """The timeline and relays of the claim selected in the comparison."""

    passage_requested = Signal(int, int, int)  # document, start, end: scroll its pane there
    claim_requested = Signal(int)
    corrections_requested = Signal(object, str)

    def __init__(self, corpus: Corpus | None, current_document: Callable[[], int | None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.current_document = current_document
        self.claim_id: int | None = None
        self.colours: dict[int, str] = {}
        self.heading = QLabel("Select a claim to see where it came from.")
        self.heading.setWordWrap(True)
        self.model = TimelineModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)  # a claim has few sources: each cell whole, over as many lines as it needs
        self.cells = _WrappedCells(self.view)
        self.view.setItemDelegate(self.cells)
        self.view.setAlternatingRowColors(True)
        self.view.header().setTextElideMode(Qt.TextElideMode.ElideRight)  # "Sou…", not a clipped middle
        self.view.viewport().installEventFilter(self)  # the columns follow the dock's width
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.relays = RelayGraphPanel()
        self.relays.scope_did_change.connect(lambda _whole: self._draw_relays())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, "Timeline")
        self.tabs.addTab(self.relays, "Relays")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)

    def focus_target(self) -> QWidget:
        return self.view if self.tabs.currentWidget() is self.view else self.relays.scroller

    def tab_chain(self) -> list[QWidget]:
        return [self.tabs, self.view]

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        self.show_claim(None)

    def show_claim(self, claim_id: int | None, colours: Mapping[int, str] | None = None) -> None:
        """Show a claim's timeline (None: nothing selected); ``colours`` are the comparison's."""
        if colours is not None:
            self.colours = dict(colours)
        self.claim_id = claim_id
        found = None
        if claim_id is not None and self.corpus is not None:
            try:
                found = timeline(self.corpus, claim_id)
            except KeyError:
                self.claim_id = None
        self.cells.forget()
        self.model.show(found)
        self.fit_columns(lay_out=False)  # the widths first: the spans below lay the rows out, once, at these
        for group, (kind, _entries) in enumerate(self.model.groups):  # the possible updates open on a click: most
            if kind != "thread":                                       # are not this claim's
                self.view.expand(self.model.index(group, 0))
        for group in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(group, QModelIndex(), True)
        self.heading.setText(_heading(found))
        self._draw_relays()

    def reload(self) -> None:
        self.show_claim(self.claim_id)

    def fit_columns(self, lay_out: bool = True) -> None:
        """Every column in the dock's width, its title whole (`timeline_columns`). ``lay_out``: lay the rows out
        at the new widths now (a resize), not when the caller next lays them out (a claim shown)."""
        indent_only = self.view.indentation() * 2 + 4 if self.model.undated_only() else None
        found = timeline_columns.fit(self.view, list(COLUMNS), self.model.rows(), indent_only)
        self.model.stack_titles(found.stacked)
        # whole on two lines; the header elides the two as one line ("Attribute…" over "Attributed / to")
        elide = Qt.TextElideMode.ElideNone if found.stacked else Qt.TextElideMode.ElideRight
        self.view.header().setTextElideMode(elide)
        for column, width in found.widths.items():
            self.view.setColumnWidth(column, width)
        if lay_out:
            self.view.doItemsLayout()  # rows take the heights of their cells wrapped at the new widths

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def _draw_relays(self) -> None:
        if self.corpus is None or (self.claim_id is None and not self.relays.whole_corpus):
            self.relays.show_layout(None, {}, "Select a claim, or choose the whole corpus.")
            return
        if self.relays.whole_corpus:
            graph = corpus_graph(self.corpus, sorted(self.colours) or None)
            caption = f"Who relays whom in the whole corpus: {graph.statements} statements"
        else:
            graph = claim_graph(self.corpus, [self.claim_id])
            caption = (f"Who relayed {claim_label(self.claim_id)}: {graph.statements} statement{'s' if graph.statements != 1 else ''}"
                       if graph.statements else f"No statement carries {claim_label(self.claim_id)}: its sources state it themselves, "
                       "or who said it was not found. Nothing relays it.")
        colours = {c: self.colours[c] for c in graph.claims if c in self.colours}
        missing = [c for c in graph.claims if c not in colours]
        colours |= assign_colours({0: [(c, i) for i, c in enumerate(missing)]},
                                  [p for p in CLAIM_COLOURS if p not in colours.values()] or CLAIM_COLOURS)
        # the legend says what each colour's claim is, as the reports' does ("[3]" alone sent the researcher looking)
        named = {c.id: c.named for c in store.claims(self.corpus, sorted(colours))} if colours else {}
        self.relays.show_layout(layout(graph), colours, caption, named)

    def _on_activated(self, index: QModelIndex) -> None:
        target = self.model.data(index, TARGET_ROLE)
        if not target:
            return
        if target[0] == "claim":
            self.claim_requested.emit(target[1])
        else:
            self.passage_requested.emit(*target[1:])

    def _context_menu(self, position) -> None:
        entry = self.model.entry(self.view.indexAt(position))
        if entry is None:
            return
        document_id = entry.document_id
        menu = QMenu(self)
        menu.addAction(f"Correct the title, outlet or date of d{document_id}…",
                       lambda: self.edit_document(document_id))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def edit_current_document(self) -> None:
        """The title, outlet and date of the article with the caret (or the timeline's selected source)."""
        entry = self.model.entry(self.view.currentIndex())
        document_id = entry.document_id if entry is not None else self.current_document()
        if document_id is not None:
            self.edit_document(document_id)

    def edit_document(self, document_id: int) -> DocumentDetailsDialog | None:
        if self.corpus is None:
            return None
        self.details_dialog = ask(DocumentDetailsDialog(self.corpus, document_id, self),
                                  self.corrections_requested.emit, f"Corrected d{document_id}")
        return self.details_dialog


def _heading(found: Timeline | None) -> str:
    if found is None:
        return "Select a claim to see where it came from."
    who = _first_reported(found.firsts) if found.firsts else found.no_first
    updates, listed = found.updates, found.listed
    return (f"<b>{claim_label(found.claim.id)}</b> {escape(found.claim.named)} — {found.counted}, {who};"
            f" {updates} possible update{'s' if updates != 1 else ''}"
            + (f", the {listed} nearest in time listed" if listed < updates else ""))



def _first_reported(firsts: tuple[Source, ...]) -> str:
    """Who reported the claim first; sources of one day all, as the table stars them: naming the one a sort put
    first ("first reported by d11 (HuffPost)" of three outlets out the same day) told the researcher who was first."""
    named = [f"{s.label} ({escape(s.outlet or NO_OUTLET)})" for s in firsts[:SAME_DAY_NAMED]]
    day = firsts[0].dating.placed
    if len(firsts) == 1:
        return f"first reported by {named[0]} on {day}"
    left = len(firsts) - len(named)
    listed = ", ".join(named[:-1]) + (f", {named[-1]}" if left else f" and {named[-1]}")
    more = f" and {left} more" if left else ""
    return f"first reported on {day} by {listed}{more}, the same day"
