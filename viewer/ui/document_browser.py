"""The corpus browser: documents with counts, full-text search, outlet and date filters; a right-click
opens the chosen documents, corrects their title, outlet or date (several at once: one outlet) or
removes them from the corpus (the window asks first and runs it)."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QSizePolicy, QStyle, QTableView, QVBoxLayout,
    QWidget,
)

from viewer.corpus import publication
from viewer.corpus.removal import copy_worth_keeping
from viewer.corpus.store import Corpus
from viewer.corpus.text_reader import older_reader_count
from viewer.jobs import counted
from viewer.ui.column_fit import NAME_MIN, ColumnFitter
from viewer.ui.document_details_dialog import DocumentDetailsDialog, OutletDialog, ask
from viewer.ui.file_name_dialog import FileNameOutletsDialog
from viewer.ui.document_table import (
    COLUMNS, NEAR_DUPLICATE, OLDER_READER, TYPICAL, DocumentTableModel, read_by_older, widest_claims,
)
from viewer.ui.flow_layout import FlowLayout
from viewer.ui.word_cells import WordCutDelegate

ALL_OUTLETS = "All outlets"
STATUS_COLOUR, ERROR_COLOUR = "#555", "#A00000"  # the count below the list; a query that cannot run
COLUMN_NAMES = [name for name, _title in COLUMNS]
CLAIMS_COLUMN, PUBLISHED_COLUMN = COLUMN_NAMES.index("claims"), COLUMN_NAMES.index("published")
# Shown in this order while they fit. The date first: who reported first is what a provenance question turns on, and
# at 1280 px an outlet shown in its place (blank for many articles) left every date to the tooltip; then the claim
# count (which articles share claims: what a comparison starts from); the outlet is in the row's tooltip and the filter.
PRIORITY = tuple(COLUMN_NAMES.index(name) for name in ("published", "claims", "outlet", "attributions", "language"))
SORT_ARROW = 14  # room a header gives its sort indicator, px
HEADLINE = 70  # characters of a long news headline: a narrower title column lists each title over two lines
FEW = 4  # a speaker's articles up to this many are selected at once, ready to open side by side
_DATE_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def is_date_prefix(value: str) -> bool:
    """A year, a month or a day as the date filter compares them (2022, 2022-04, 2022-04-13), and a real one."""
    if not _DATE_PREFIX.fullmatch(value):
        return False
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


class DocumentBrowserPanel(QWidget):
    """Pick documents to compare: Enter or double-click opens them in the comparison."""

    documents_chosen = Signal(list)
    current_document_did_change = Signal(int)
    corrections_requested = Signal(object, str)  # [Correction], a status line
    removal_requested = Signal(list)  # document ids to remove from the corpus
    reread_requested = Signal(int)  # a document to read again from its original file
    reread_all_requested = Signal()  # every document an older reader read (a ↻ row's "Re-read all N marked…")

    def __init__(self, corpus: Corpus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.model = DocumentTableModel(corpus, self)
        self.search_box = QLineEdit(placeholderText="Search the corpus (full text)…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip("Finds a word's other endings too: “surrender” finds “surrendered”,"
                                   " “officer” “officers”. Quotes keep a phrase together; AND, OR, NOT and a"
                                   " minus as in a web search; a trailing * for words that begin so")
        self.search_box.textChanged.connect(self._on_search_text_did_change)
        self.search_box.returnPressed.connect(self._to_results)
        self.outlet = QComboBox()
        # its longest outlet name set the document dock's minimum (295 px on 200 GVA articles), so four articles did
        # not fit beside the docks at 1440 px (`pane_room`); the list that drops down still shows every name whole
        self.outlet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outlet.setMinimumContentsLength(len(ALL_OUTLETS))
        self.outlet.currentIndexChanged.connect(self._on_filter_did_change)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for box, tip in ((self.date_from, "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)"),
                         (self.date_to, "Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)")):
            box.setToolTip(tip)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance("2022-05-31") + 24)  # a whole date stays readable
            box.editingFinished.connect(self._on_filter_did_change)
        # a date range left out every document with no date found, unsaid; shown while a date is typed
        self.undated = QCheckBox("Undated too", toolTip="List the documents with no date found beside those in the dates")
        self.undated.setVisible(False)
        self.undated.toggled.connect(self._on_filter_did_change)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self._blank_columns: set[int] = set()
        self._widest: dict[int, str] = {}  # a column's widest value in this corpus, where it can pass the typical
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (a row is picked with the arrows), not walks its cells
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.title_cells = WordCutDelegate(self.view)  # a title cut between words, never inside one
        self.view.setItemDelegateForColumn(0, self.title_cells)
        header = self.view.horizontalHeader()
        header.sectionResized.connect(self._on_section_did_resize)
        self._on_section_did_resize(0, 0, header.sectionSize(0))
        header.setMinimumSectionSize(28)
        # The title tells articles apart, then date, claim count and outlet (`PRIORITY`); the rest give way in a
        # narrow dock (the tooltip keeps them), and a less wanted column never takes the place of a wanted one that
        # does not fit. Those three may take the title down to ~20
        # characters; the attribution count and language show only while it keeps 60% of the width.
        self.columns = ColumnFitter(self.view, header, self._natural_widths, priority=PRIORITY,
                                   name_share=0.6, in_order=True, wanted=3)
        self.model.modelReset.connect(self.columns.fit)  # a reset (search, sort, filter) shows every section again
        header.sortIndicatorChanged.connect(self._on_sort_did_change)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_did_change)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.dialog: DocumentDetailsDialog | OutletDialog | FileNameOutletsDialog | None = None

        # On a row of their own, so a narrow dock never cuts a date to "fr…"; "Published" goes above the dates when
        # the dock is narrower than the row (it made the dock 281 px at least: four articles did not fit at 1440 px)
        fields = QWidget()
        fields.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        between = QHBoxLayout(fields)
        between.setContentsMargins(0, 0, 0, 0)
        between.addWidget(self.date_from, 1)
        between.addWidget(QLabel("to"))
        between.addWidget(self.date_to, 1)
        dates = FlowLayout(spacing=between.spacing())
        dates.addWidget(QLabel("Published"))
        dates.addWidget(fields)
        dates.addWidget(self.undated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search_box)
        layout.addWidget(self.outlet)
        layout.addLayout(dates)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        self.set_corpus(corpus)

    def _natural_widths(self) -> dict[int, int]:
        """From typical values, not ResizeToContents: that would read ~1,000 rows, defeating the lazy model.
        A column no document of the corpus fills (no outlet or date anywhere) is left out, so it is hidden."""
        metrics = self.view.fontMetrics()
        sorted_on = self.view.horizontalHeader().sortIndicatorSection()
        out = {}
        for column, typical in enumerate(TYPICAL[1:], start=1):
            if column in self._blank_columns:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            arrow = SORT_ARROW if column == sorted_on else 0  # only the sorted column shows one
            widest = max(metrics.horizontalAdvance(typical), metrics.horizontalAdvance(self._widest.get(column, "")))
            padding = 8 if column == PUBLISHED_COLUMN else 12  # a date is never wider than its typical one
            out[column] = max(widest + padding, metrics.horizontalAdvance(title) + 10 + arrow)
        return out

    def _on_section_did_resize(self, column: int, _old: int, width: int) -> None:
        """Titles on two lines while their column is narrower than a headline, as mail clients list messages beside a
        reading pane: at 1280 px one line showed ~17 characters ("Texas Rep. Blake Fare…"), two show ~38 and a
        wrapped outlet whole, without taking width from the articles. The second line ends in "…" where cut."""
        if column != 0:
            return
        metrics = self.view.fontMetrics()
        narrow = width < metrics.averageCharWidth() * HEADLINE
        self.view.setWordWrap(narrow)
        self.view.verticalHeader().setDefaultSectionSize((2 if narrow else 1) * metrics.lineSpacing() + 6)

    def wanted_width(self) -> int:
        """The panel's width that shows the title (at its least), date and claim count beside a scroll bar."""
        natural = self._natural_widths()
        columns = sum(natural.get(c, 0) for c in PRIORITY[:2])
        frame = 2 * self.view.frameWidth() + sum(self.layout().getContentsMargins()[::2])
        return NAME_MIN + columns + self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + frame

    def _on_sort_did_change(self, column: int, _order) -> None:
        """The column the list is sorted by comes first: sorting by a count the dock then hides tells nothing."""
        self.columns.priority = [column, *(c for c in PRIORITY if c != column)] if column in PRIORITY else list(PRIORITY)
        self.columns.fit()

    def focus_target(self) -> QWidget:
        return self.view

    def focus_search(self) -> None:
        self.search_box.setFocus()

    def tab_chain(self) -> list[QWidget]:
        return [self.search_box, self.outlet, self.date_from, self.date_to, self.undated, self.view]

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        outlets = publication.outlet_names(corpus) if corpus is not None else []
        span = publication.published_span(corpus) if corpus is not None else None
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem(ALL_OUTLETS)
        self.outlet.addItems(outlets)
        self.outlet.blockSignals(False)
        self._hint_dates(span)
        blank = {"outlet": not outlets, "published": span is None}
        self._blank_columns = {column for column, (name, _title) in enumerate(COLUMNS) if blank.get(name)}
        self._widest = {CLAIMS_COLUMN: widest_claims(corpus)}
        self.model.set_corpus(corpus)
        self._on_search_text_did_change(self.search_box.text())

    def _hint_dates(self, span: tuple[str, str] | None) -> None:
        """The corpus's own first and last dates as hints: a fixed example date reads like a filter already set."""
        first, last = span or ("YYYY-MM-DD", "YYYY-MM-DD")
        self.date_from.setPlaceholderText(first)
        self.date_to.setPlaceholderText(last)

    def reload(self) -> None:
        """New documents or new analysis: re-run the query, keep the filters."""
        self.set_corpus(self.corpus)

    def _to_results(self) -> None:
        """Enter in the search box goes to the hits, the first one current: keyboard-first, the next
        Enter opens it (Shift+Down adds the next)."""
        if self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)

    def show_only(self, document_ids: list[int], why: str) -> None:
        """List just these documents (a speaker's articles), the search cleared; a few are selected,
        so Enter opens them side by side. Typing a search lists the corpus again."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.model.reset(only=document_ids)
        if self.model.rowCount() <= FEW:
            self.view.selectAll()
        self._say(f"{counted(self.model.rowCount(), 'document')} {why} — Enter opens the selection side by side;"
                            " a search lists the whole corpus again")

    def selected_documents(self) -> list[int]:
        """The selected rows' documents in list order, or the current row's when none is selected."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.document_id(r) for r in rows]

    def open_selected(self) -> None:
        chosen = self.selected_documents()
        if chosen:
            self.documents_chosen.emit(chosen)

    def _context_menu(self, position) -> None:
        menu = self.menu_for(self.view.indexAt(position).row())
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(position))

    def menu_for(self, row: int) -> QMenu | None:
        """What a right-click on this row offers: the selection it belongs to, or the row alone."""
        if row < 0:
            return None
        chosen = self.selected_documents()
        if self.model.document_id(row) not in chosen:
            self.view.selectRow(row)
            chosen = [self.model.document_id(row)]
        menu = QMenu(self)
        menu.addAction("Open side by side" if len(chosen) > 1 else "Open", self.open_selected)
        original = self.corpus.document(chosen[0], with_text=False).near_duplicate_of if len(chosen) == 1 else None
        if original and not copy_worth_keeping(self.corpus, chosen[0]):  # the ≈ row's copy out in one step
            copy = menu.addAction(f"{NEAR_DUPLICATE} Remove this copy (near-duplicate of d{original})…",
                                  lambda: self.removal_requested.emit(chosen))
            copy.setEnabled(not self.corpus.read_only)
        if len(chosen) == 1:
            correct = menu.addAction(f"Correct the title, outlet or date of d{chosen[0]}…",
                                     lambda: self.edit_document(chosen[0]))
        else:
            correct = menu.addAction(f"Set the outlet of these {len(chosen)} documents…", lambda: self.set_outlet(chosen))
        correct.setEnabled(not self.corpus.read_only)
        if len(chosen) > 1:  # a folder's files, each naming its outlet ("nyt-2017-02-14.txt"); Edit menu: all listed
            named = menu.addAction(f"Outlets from the file names of these {len(chosen)} documents…",
                                   lambda: self.outlets_from_names(chosen))
            named.setEnabled(not self.corpus.read_only)
        if len(chosen) == 1:  # a reader fixed since its import (a PDF's tabs and ligatures) mends it from its file
            older = read_by_older(self.corpus.document(chosen[0], with_text=False))
            again = menu.addAction(f"Re-read d{chosen[0]} from its original file"
                                   f"{f' ({OLDER_READER} read by an older reader)' if older else ''}…",
                                   lambda: self.reread_requested.emit(chosen[0]))
            again.setEnabled(not self.corpus.read_only)
            marked = older_reader_count(self.corpus) if older else 0
            if marked > 1:  # an upgraded corpus marks every document an older reader read: all of them in one go
                every = menu.addAction(f"Re-read all {marked} marked ({OLDER_READER}) documents…",
                                       self.reread_all_requested.emit)
                every.setEnabled(not self.corpus.read_only)
        menu.addSeparator()
        which = f"d{chosen[0]}" if len(chosen) == 1 else f"these {len(chosen)} documents"
        remove = menu.addAction(f"Remove {which} from corpus…", lambda: self.removal_requested.emit(chosen))
        remove.setEnabled(not self.corpus.read_only)
        return menu

    def edit_document(self, document_id: int) -> DocumentDetailsDialog | None:
        if self.corpus is None:
            return None
        self.dialog = ask(DocumentDetailsDialog(self.corpus, document_id, self), self.corrections_requested.emit,
                          f"Corrected d{document_id}")
        return self.dialog

    def set_outlet(self, document_ids: list[int]) -> OutletDialog | None:
        if self.corpus is None:
            return None
        if not document_ids:
            self._say("Select the documents in the list first (Shift- or Ctrl-click for several)", error=True)
            return None
        self.dialog = ask(OutletDialog(self.corpus, document_ids, self), self.corrections_requested.emit,
                          f"Set the outlet of {_which(document_ids)}")
        return self.dialog

    def listed_documents(self) -> list[int]:
        """Every document the list shows now (a search or filter narrows it)."""
        return [self.model.document_id(r) for r in range(self.model.rowCount())]

    def outlets_from_names(self, document_ids: list[int] | None = None) -> FileNameOutletsDialog | None:
        """Outlets, and missing dates, from the file names of these documents (the selection, else every one listed):
        a folder of one researcher's "nyt-2017-02-14.txt" files names its outlets nowhere else."""
        if self.corpus is None:
            return None
        if document_ids is None:
            selected = self.selected_documents()
            document_ids = selected if len(selected) > 1 else self.listed_documents()
        if not document_ids:
            self._say("No document listed: import articles, or clear the search", error=True)
            return None
        self.dialog = ask(FileNameOutletsDialog(self.corpus, document_ids, self), self.corrections_requested.emit,
                          f"Outlets from the file names of {_which(document_ids)}")
        return self.dialog

    def _on_current_row_did_change(self, current, _previous) -> None:
        if current.isValid():
            self.current_document_did_change.emit(self.model.document_id(current.row()))

    def _on_filter_did_change(self, *_args) -> None:
        outlet = self.outlet.currentText()
        bounds = [self.date_from.text().strip(), self.date_to.text().strip()]
        unreadable = [value for value in bounds if value and not is_date_prefix(value)]
        bounds = [value if is_date_prefix(value) else "" for value in bounds]
        self.undated.setVisible(any(bounds))
        self.model.with_undated = self.undated.isChecked()
        self.model.set_filters(None if outlet == ALL_OUTLETS else outlet, *bounds)
        if unreadable:  # compared as text, "13/04/2022" kept every dated document and "yesterday" none, unsaid
            self._say(f"Cannot read “{unreadable[0]}” as a date: type YYYY, YYYY-MM or YYYY-MM-DD (as 2022-04-13). "
                      f"The list is not filtered by it.", error=True)
        elif bounds[0] and bounds[1] and bounds[0][:len(bounds[1])] > bounds[1]:
            self._say(f"No document: the dates start ({bounds[0]}) after they end ({bounds[1]}).", error=True)
        else:
            self._show_count()

    def _on_search_text_did_change(self, text: str) -> None:
        if not text.strip() or self.corpus is None:
            self.model.reset(only=None)
            self._show_count()
            return
        from viewer.corpus.search import SearchError, fts_query, search_document_ids, unsearched

        try:
            ids = search_document_ids(self.corpus, text)
        except SearchError as exc:  # the hits of the query before it would read as this one's
            self.model.reset(only=[])
            self._say(str(exc), error=True)
            return
        self.model.reset(only=ids)
        why = None if ids else unsearched(text)  # "*", "-", "(c)" listed 0 documents with no word why
        if why and fts_query(text) is None:
            self._say(why, error=True)
        elif why:
            self._say(f"0 matching documents. {why}")
        else:
            self._show_count(searching=True)

    def _show_count(self, searching: bool = False) -> None:
        count, undated = self.model.rowCount(), self.model.undated
        if undated and self.model.with_undated:
            also = f", {undated} of them undated"
        elif undated:
            also = f"; {undated} with no date found left out by the dates (“Undated too” lists them)"
        else:
            also = ""
        if not count:  # "0 matching documents — Enter opens the selection side by side" offered nothing to open
            self._say(_none_found(self.search_box.text().strip() if searching else "", any(self.model.filters.values()))
                      + also)
            return
        self._say(f"{counted(count, 'matching document' if searching else 'document')}{also} — Enter opens the selection side by side")

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR if error else STATUS_COLOUR};")
        self.status.setText(text)


def _none_found(query: str, narrowed: bool) -> str:
    """Why the list is empty, and what widens it."""
    widen = " (“All outlets” and empty dates take in every document)" if narrowed else ""
    if query:
        return f"No document {'the outlet and dates keep ' if narrowed else ''}matches “{query}”{widen}"
    return f"No document fits the outlet and dates chosen{widen}" if narrowed else "The corpus holds no documents yet"


def _which(document_ids: list[int]) -> str:
    """"d4" or "12 documents": the status line said "Set the outlet of 1 documents"."""
    return f"d{document_ids[0]}" if len(document_ids) == 1 else f"{len(document_ids)} documents"
