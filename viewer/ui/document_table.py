"""The corpus's documents as a lazy table model: ids from one query, rows fetched on demand."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from viewer.analysis import store
from viewer.corpus import publication
from viewer.corpus.store import Corpus, Document
from viewer.corpus.text_reader import read_by_older_reader, reader_note
from viewer.provenance import wording

COLUMNS = (
    ("title", "Title"), ("published", "Date"), ("outlet", "Outlet"), ("language", "Lang."),
    ("claims", "Claims"), ("attributions", "Attr."),
)
HEADER_TIPS = ("Title (or file name)", "Publication date (from the file, its date line or its text)", "Outlet",
               "Language",
               "Linked claims this document states; \"(+1)\": one more it holds only in a report not made"
               " (\"Police did not say whether…\")", "Attributions (who said what) in this document")
# The widest value each column usually holds: columns are sized from these, never by reading rows.
# "9 (+9)": as wide as the Claims title, so the count's room costs the title nothing in a 281 px dock (1280 px window);
# a corpus with longer counts ("14 (+1)") sizes the column by its widest (`widest_claims`)
TYPICAL = ("", "2022-04-13", "Reuters", "en", "9 (+9)", "999")
COUNTS = {"claims": lambda corpus, document_id: _claims_read(*store.claim_counts(corpus, document_id)),
          "attributions": store.attribution_count}
NEAR_DUPLICATE = "≈"  # the import report's mark for a document that repeats an earlier one
OLDER_READER = "↻"  # read by an older version of the file readers: a re-read from the file may improve it
UNDATED = "undated"  # a Date cell with no date found: a blank one read as a column not filled in yet
NOT_YET = "–"  # the claim and attribution counts of a document no analysis has seen yet
NOT_YET_NOTE = "Not analysed yet: Analyse (Ctrl+R) finds its claims and who said what"
NOT_LINKED_NOTE = "Claims not linked yet: the linking was stopped; Analyse (Ctrl+R) links them"


def _claims_read(stated: int, unsaid: int) -> int | str:
    """4, or "4 (+1)" for a document also holding a claim only in a report not made, as the claims table counts
    a claim's sources and the attribution panel a speaker's statements."""
    return f"{stated} (+{unsaid})" if unsaid else stated


def widest_claims(corpus: Corpus | None) -> str:
    """The widest count the Claims column shows in this corpus, as it shows it: "14 (+1)" was cut to "14 (…" in a
    520-px dock, the column sized for "9 (+9)" whatever the room."""
    return str(_claims_read(*store.widest_claim_count(corpus))) if corpus is not None else ""


def read_by_older(document: Document) -> bool:
    return read_by_older_reader(document.text_reader, document.source_path, document.source_format)


def near_duplicate_note(document: Document) -> str:
    """Why two rows read alike: the import found this one nearly the same as an earlier document, and the
    analysis links every claim of a copy to its original (two rows of the same title, each with the same
    claims, and a story group of the two in every report, with nothing in the window to say why)."""
    if not document.near_duplicate_of:
        return ""
    original = f"d{document.near_duplicate_of}"
    return (f"{NEAR_DUPLICATE} Near-duplicate of {original}: the import found the same article already there,"
            f" so the two share every claim. Open it beside {original} to compare.")


class DocumentTableModel(QAbstractTableModel):
    """Holds only the row ids a query returned; each row is read from the corpus when shown.

    A row cache keeps scrolling cheap; `reset` starts a new query (search, sort, new import).
    """

    CACHE_SIZE = 2000

    def __init__(self, corpus: Corpus | None = None, parent=None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._ids: list[int] = []
        self._cache: dict[int, Document] = {}
        self._published: dict[int, publication.Published] = {}  # as the timeline gives each cached row's
        self._sort_column = "id"
        self._descending = False
        self._only: list[int] | None = None
        self._counts: dict[tuple[int, str], int | str] = {}
        self._unanalysed: dict[int, bool] = {}
        self._unlinked = False  # the corpus's claims wait for a linking that was stopped (`store.links_pending`)
        self.filters: dict[str, str | None] = {"outlet": None, "date_from": None, "date_to": None}
        self.with_undated = False  # a date range also lists the documents with no date found
        self.undated = 0  # documents with no date the other filters keep: left out by a date range, or listed with it
        self.rows_fetched = 0  # rows read from the corpus so far (the bench counts them)
        self.reset(corpus)

    def reset(self, corpus: Corpus | None = None, only: list[int] | None = None) -> None:
        """Re-run the query, optionally restricted to ``only`` (e.g. search hits)."""
        self.beginResetModel()
        if corpus is not None:
            self._corpus = corpus
        self._only = only
        self._cache.clear()
        self._published.clear()
        self._counts.clear()
        self._unanalysed.clear()
        self._unlinked = self._corpus is not None and store.links_pending(self._corpus)
        self._ids = self._query()
        self.endResetModel()

    def set_corpus(self, corpus: Corpus | None) -> None:
        """Show another corpus, or none (the old one may be closed)."""
        self._corpus = corpus
        self.reset(only=None)

    def _query(self) -> list[int]:
        if self._corpus is None:
            return []
        ids = store.browse_document_ids(self._corpus, self._sort_column, self._descending, **self.filters,
                                        with_undated=self.with_undated)
        self.undated = 0
        if self.filters["date_from"] or self.filters["date_to"]:  # a range left undated documents out, unsaid
            undated = store.undated_document_ids(self._corpus, self.filters["outlet"])
            shown = None if self._only is None else set(self._only)
            self.undated = sum(1 for i in undated if shown is None or i in shown)
        if self._only is not None:
            keep = set(self._only)
            ids = [i for i in ids if i in keep]
        return ids

    def document_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, document_id: int) -> int | None:
        try:
            return self._ids.index(document_id)
        except ValueError:
            return None

    def set_filters(self, outlet: str | None = None, date_from: str | None = None, date_to: str | None = None) -> None:
        """Restrict the browser to one outlet and/or a date range (ISO prefixes such as 2022-04)."""
        self.filters = {"outlet": outlet or None, "date_from": date_from or None, "date_to": date_to or None}
        self.reset(only=self._only)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][0] in COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # counts line up by their units
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[index.column()][0] in ("published", "outlet"):
            return self._unknown_grey(index.row(), COLUMNS[index.column()][0])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        document = self._row(index.row())
        if document is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(document)
        name = COLUMNS[index.column()][0]
        if name in COUNTS:
            if self._waiting(document.id):
                return NOT_YET
            key = (document.id, name)
            if key not in self._counts:
                self._counts[key] = COUNTS[name](self._corpus, document.id)
            if name == "claims" and self._unlinked and self._counts[key] == 0:
                return NOT_YET  # its claims wait for a linking that was stopped, as an unanalysed one's wait: not 0
            return self._counts[key]
        if name in ("published", "outlet"):
            date, outlet = self._published[document.id]
            value = (date or UNDATED) if name == "published" else (outlet or wording.NO_OUTLET)
        else:
            value = getattr(document, name)
        if index.column() == 0:
            value = value or Path(document.source_path).name
            value = f"{OLDER_READER} {value}" if read_by_older(document) else value
            return f"{NEAR_DUPLICATE} {value}" if document.near_duplicate_of else value
        return value or ""

    def _unknown_grey(self, row: int, name: str) -> QColor | None:
        """"undated" and "no outlet" in grey, as the article panes' headers say them: a fact about the article, not a
        value (a blank Outlet cell beside the pane's "no outlet" read as a column not filled in yet)."""
        document = self._row(row)
        if document is None:
            return None
        date, outlet = self._published[document.id]
        return QColor("#6c6c6c") if not (date if name == "published" else outlet) else None

    def _waiting(self, document_id: int) -> bool:
        """Imported and not analysed yet: its counts are not known, not nought (a column of 0s after an import read
        as articles that share no claim)."""
        if document_id not in self._unanalysed:
            self._unanalysed[document_id] = bool(store.unanalysed_among(self._corpus, [document_id]))
        return self._unanalysed[document_id]

    def _tooltip(self, document: Document) -> str:
        """Everything a narrow row may cut off: full title, outlet, date, and where the file came from."""
        date, outlet = self._published[document.id]
        facts = " · ".join(f for f in (outlet or wording.NO_OUTLET, date or wording.UNDATED, document.language) if f)
        title = document.title or Path(document.source_path).name
        older = f"{OLDER_READER} {reader_note(document.text_reader, document.source_format)}" if read_by_older(document) else ""
        waiting = NOT_YET_NOTE if self._waiting(document.id) else NOT_LINKED_NOTE if self._unlinked else ""
        return "\n".join(line for line in (title, facts, document.source_path, near_duplicate_note(document), older,
                                           waiting or self._unsaid_note(document.id)) if line)

    def _unsaid_note(self, document_id: int) -> str:
        """"Claims: 12 stated here, 1 more held only in a report not made" when the count says "(+1)"."""
        stated, unsaid = store.claim_counts(self._corpus, document_id)
        return f"Claims: {stated} stated here, {unsaid} more held only in a report not made" if unsaid else ""

    def _row(self, row: int) -> Document | None:
        """The row's document; None once it has been removed and the list not yet reset (a removal commits
        before the view hears of it, and Qt may paint the old rows in between)."""
        document_id = self._ids[row]
        if document_id not in self._cache:
            if len(self._cache) >= self.CACHE_SIZE:
                self._cache.clear()
                self._published.clear()
            try:
                document = self._corpus.document(document_id, with_text=False)
            except KeyError:
                return None
            published = publication.as_published(self._corpus, [document_id])
            if document_id not in published:  # removed between the two reads (a removal commits off the GUI thread)
                return None
            self._cache[document_id] = document
            self._published.update(published)
            self.rows_fetched += 1
        return self._cache[document_id]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "id"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reset(only=self._only)
