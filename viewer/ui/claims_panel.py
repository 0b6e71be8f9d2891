"""The claims table: one row per linked claim, which open sources carry it, and how they differ.

A source with no linked passage is "not found", never "does not carry it": the linker misses
paraphrases, so the cell's tooltip names the closest passage when one comes close. "Does not carry it"
is the researcher's word alone (a correction, `analysis.claim_sources`): such a cell says so, and the
table says which of their corrections no longer apply to any claim."""
from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
    QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from viewer.analysis import claim_sources, operations, store
from viewer.analysis.claim_sources import SourceJudgement
from viewer.analysis.corrections import Withdraw
from viewer.analysis.closest_passages import closest_passages
from viewer.analysis.corrections import passage_of
from viewer.analysis.model import NOT_STATED_EXPLAINED
from viewer.analysis.pipeline import too_long_among
from viewer.analysis.store import StoredClaim
from viewer.comparison import tint
from viewer.ui.claim_filter import ClaimFilter
from viewer.ui.word_cells import WordCutDelegate
from viewer.provenance.discrepancy_words import count_mark, readable, sides_of, source_names
from viewer.provenance.plain_text import quoted
from viewer.corpus import notes
from viewer.corpus.store import Corpus
from viewer.provenance.wording import claim_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SCOPE = "Open articles only"
FIXED = ("#", "Claim", "Sources", "Discrepancy", "Tags")
PRESENT, DIFFERS, ABSENT, NOT_CARRIED = "●", "≠", "–", "✕"
UNSAID = "○"  # the article holds the claim only in a report not made ("Police did not say whether…")
RENDERED = "+"  # after the mark: the article also renders the claim's words in another language
_ANSWERED = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                     Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole,
                                     Qt.ItemDataRole.ForegroundRole,
                                     SORT_ROLE, CLAIM_ID_ROLE))  # the roles `ClaimTableModel.data` answers
DISCREPANCY_SHARE = 0.35  # of what the fixed columns leave: the claim's own wording gets the rest
MIN_CLAIM = 80  # narrower, the table scrolls sideways rather than hide the claim
CLAIM_READABLE = 150  # ~20 characters of the claim: the discrepancy column gives way down to DISCREPANCY_MIN for it
CLAIM_WANTED = 45  # characters of the claim before the discrepancy column shows more than its mark ("≠ 2")
CLAIM_ONE_LINE = 36  # characters of the claim's column below which each claim reads over two lines
DISCREPANCY_MIN = 44
SOURCES_WIDTH = 60  # "Sources" and its sort arrow
SOURCES_SHORT = "Src"  # its title where the claim would read fewer than CLAIM_READABLE px (five articles at 1000 px)
LINKS_PENDING_SAID = ("The documents are analysed, but their claims are not linked yet: the linking was stopped."
                      " Analyse (Ctrl+R) links them.")
FOLLOW_MS = 150  # the comparison follows the current row once the arrow keys rest this long (not at every row passed)
DOCUMENT_MIN = 26  # an open article's column: its mark (●, ≠, –) under "d1"


class ClaimTableModel(QAbstractTableModel):
    """Claims with a present/differs/absent column per open article.

    Holds only the claim ids of its scope; a claim's mentions and discrepancies are read from the
    corpus a page at a time, when a row is shown (or sorted, filtered on), and dropped on reload.
    Sorting by the claim's number needs no read: the ids are the sort key."""

    PAGE = 200

    def __init__(self, corpus: Corpus | None = None, parent=None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._ids: list[int] = []
        self._read: dict[int, StoredClaim] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # row: its cells' text, for the filter
        self._documents: list[int] = []
        self._outlets: dict[int, str] = {}
        self._names: dict[int, str] = {}  # every document a read claim's discrepancies name: "BNR (d1)"
        self._tags: dict[str, list[str]] = {}
        self._colours: dict[int, str] = {}
        self._judged: dict[tuple[int, int], SourceJudgement] = {}  # (document, claim): "does not carry", the researcher's
        self.only_open = True
        self.marks_only = False  # the discrepancy column shows its mark alone ("≠ 2", titled "≠"): the claim needs the room
        self.short_titles = False  # "Sources" titled SOURCES_SHORT at its numbers' width: the claim needs that room too

    def show_marks_only(self, marks_only: bool) -> None:
        if marks_only != self.marks_only:
            self.marks_only = marks_only
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 3, 3)
            if self._ids:
                self.dataChanged.emit(self.index(0, 3), self.index(len(self._ids) - 1, 3), [Qt.ItemDataRole.DisplayRole])

    def show_short_titles(self, short: bool) -> None:
        if short != self.short_titles:
            self.short_titles = short
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 2)

    def reload(self, corpus: Corpus | None = None, documents: list[int] | None = None,
               colours: dict[int, str] | None = None, made: list[SourceJudgement] | None = None) -> None:
        """Re-read the claim ids: of the open articles (shared by two or more) or of the whole corpus.

        ``colours`` are the comparison's (a claim not lit in it has none); ``made``: the researcher's
        judgements (`claim_sources.judgements`) when already read for this redraw."""
        self.beginResetModel()
        if corpus is not None:
            self._corpus = corpus
        if documents is not None:
            self._documents = list(documents)
        if colours is not None:
            self._colours = dict(colours)
        c = self._corpus
        if c is None:
            self._ids, self._judged = [], {}
        elif self.only_open:
            self._ids, self._judged = claim_sources.compared(c, self._documents, made)
        else:
            self._ids = store.claim_ids(c)
            self._judged = claim_sources.not_carried(c, self._documents, made=made) if self._documents else {}
        self._read = {}
        self._texts = {}
        self._names = {}
        self._outlets = {d: outlet for d in self._documents if c and (outlet := c.document(d, with_text=False).outlet)}
        self._tags = notes.tags_of_kind(c, "claim") if c else {}
        self.endResetModel()

    def set_corpus(self, corpus: Corpus | None) -> None:
        self._corpus = corpus
        self.reload(documents=[])

    @property
    def corpus(self) -> Corpus | None:
        return self._corpus

    @property
    def documents(self) -> list[int]:
        """The open articles the table's columns stand for."""
        return list(self._documents)

    def claim(self, row: int) -> StoredClaim:
        if row not in self._read:
            self._read_page(row - row % self.PAGE)
        return self._read[row]

    def _read_page(self, first: int) -> None:
        ids = self._ids[first:first + self.PAGE]
        found = {c.id: c for c in store.claims(self._corpus, ids)} if self._corpus is not None else {}
        if self._corpus is not None:
            named = sides_of(d for c in found.values() for d in c.discrepancies) - self._names.keys()
            self._names.update(source_names(self._corpus, named) if named else {})
        for row, claim_id in enumerate(ids, first):
            # gone since the ids were read (a relink in the background): shown empty until the reload it triggers
            self._read[row] = found.get(claim_id) or StoredClaim(claim_id, "", (), ())

    def texts(self, row: int) -> tuple[str, ...]:
        """Every cell's displayed text in the row, case folded: what the filter looks in, read once a reload. The
        discrepancy cell shows the first; the filter looks in every one (its tooltip) too, so "KFVS" finds them all;
        and in each source's wording (the claim cell's tooltip), which the box promises: "rape" missed the claim
        whose label was cut before "…comments on rape"."""
        if row not in self._texts:
            cells = [str(self.data(self.index(row, c)) or "") for c in range(self.columnCount())]
            for column in (1, 3)[:len(cells) - 1]:
                cells[column] += "\n" + str(self.data(self.index(row, column), Qt.ItemDataRole.ToolTipRole) or "")
            self._texts[row] = tuple(c.casefold() for c in cells)
        return self._texts[row]

    def row_of(self, claim_id: int) -> int | None:
        try:
            return self._ids.index(claim_id)
        except ValueError:
            return None

    def uses_column(self, column: int) -> bool:
        """Whether any claim in scope has a discrepancy (column 3) or a tag (4), read without its rows."""
        if column == 3:
            return bool(self._corpus is not None and self._ids and store.discrepant_claims(self._corpus, self._ids))
        return any(notes.claim_key(i) in self._tags for i in self._ids)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIXED) + len(self._documents)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == 3 and self.marks_only:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Discrepancy: how many ways the sources differ (hover a row's mark for each)"
            return DIFFERS if role == Qt.ItemDataRole.DisplayRole else None
        if section == 2 and self.short_titles:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Sources: how many documents state it (+ how many hold it only in a report not made)"
            return SOURCES_SHORT if role == Qt.ItemDataRole.DisplayRole else None
        if section < len(FIXED):
            return FIXED[section] if role == Qt.ItemDataRole.DisplayRole else None
        document_id = self._documents[section - len(FIXED)]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"d{document_id}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{self._where(document_id)}: {PRESENT} carries it, {DIFFERS} differs,"
                    f" {UNSAID} only in a report not made (“did not say whether…”),"
                    f" {ABSENT} no passage linked (the analysis found none; it may be worded differently),"
                    f" {NOT_CARRIED} does not carry it (your correction)")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED or not index.isValid():  # a view asks a dozen roles of every cell it paints
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= column < len(FIXED) + len(self._documents):
            return None
        claim_id = self._ids[row]
        if role == CLAIM_ID_ROLE or (column == 0 and role == SORT_ROLE):
            return claim_id
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return claim_label(claim_id)
            if role == Qt.ItemDataRole.BackgroundRole and claim_id in self._colours:
                return QColor(tint(self._colours[claim_id]))
            return None
        claim = self.claim(row)
        if column >= len(FIXED):
            return self._matrix_cell(claim, self._documents[column - len(FIXED)], role)
        value = self._text(claim, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == 1:
                judged = [d for d in self._documents if (d, claim.id) in self._judged]
                said = [f"Corrected by you: d{d} does not carry it" for d in judged]
                worded = [f"d{m.document}" + (f" ({claim.rendered_in(m)} rendering)" if claim.rendered_in(m) else "")
                          + (" (a report not made)" if m.document in claim.unsaid else "")
                          + f": “{m.text}”" for m in claim.mentions]
                return "\n\n".join([*([NOT_STATED_EXPLAINED] if not claim.stated else []), *worded, *said])
            if role == Qt.ItemDataRole.ToolTipRole and column == 3:
                return "\n".join(f"≠ {readable(d, self._names)}" for d in claim.discrepancies)
            if role == Qt.ItemDataRole.DisplayRole and column == 1 and self._corrected(claim.id):
                return f"✎ {value}"  # before the wording, which a narrow column elides
            if role == Qt.ItemDataRole.DisplayRole and column == 3 and self.marks_only:
                return count_mark(claim.discrepancies)  # "≠ 1 · st…" told nothing the mark does not
            return value
        if role == SORT_ROLE:
            if column == 3:
                return len(claim.discrepancies)
            return _stating(claim) if column == 2 else str(value).lower()
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 2) and not claim.stated:
            return QColor(Qt.GlobalColor.darkGray)  # set back, as a report not made is in the attribution panel
        return None

    def _text(self, claim: StoredClaim, column: int):
        if column == 1:
            return claim.named
        if column == 2:  # as a speaker's statements read: "0 (+3)", three articles hold it only in reports not made
            unsaid = len(claim.unsaid)
            return f"{_stating(claim)} (+{unsaid})" if unsaid else str(_stating(claim))
        if column == 3:  # how many, then the first, its sources by number (the row's article columns): the tooltip
            # names them and lists every one. Named in the cell, "County revises Pine Hill… (d1)" ran the figures
            # ("95, not 120" vs "120", revised) past the column's end
            return f"{count_mark(claim.discrepancies)} · {readable(claim.discrepancies[0], {})}" if claim.discrepancies else ""
        return ", ".join(self._tags.get(notes.claim_key(claim.id), []))

    def _corrected(self, claim_id: int) -> bool:
        """Whether the researcher judged an open article not to carry the claim."""
        return any((d, claim_id) in self._judged for d in self._documents)

    def _matrix_cell(self, claim: StoredClaim, document_id: int, role: int):
        judged = self._judged.get((document_id, claim.id))
        state = (NOT_CARRIED if judged is not None else ABSENT if not claim.mentions_in(document_id)
                 else UNSAID if document_id in claim.unsaid else DIFFERS if claim.differs_in(document_id) else PRESENT)
        rendered = [claim.rendered_in(m) for m in claim.renderings_in(document_id)] if state in (PRESENT, DIFFERS) else []
        if role == Qt.ItemDataRole.DisplayRole:
            return state + RENDERED if rendered else state
        if role == SORT_ROLE:
            return {PRESENT: 2, DIFFERS: 1, UNSAID: 0.5, ABSENT: 0, NOT_CARRIED: -1}[state]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self._where(document_id)
            if judged is not None:
                return (f"{where} does not carry this claim: corrected by you on {judged.made[:10]}; no passage of it"
                        " joins the claim, whatever a new analysis finds")
            if state == ABSENT:
                return self._not_found_tip(claim, document_id, where)
            if state == UNSAID:
                return f"{where} holds this claim only in a report not made: its source did not say it or declined to"
            said = f"{where} {'carries it, differently' if state == DIFFERS else 'carries this claim'}"
            said += "".join(f", and its {language} rendering" for language in rendered)
            return "\n".join([said, *(f"≠ {readable(d, self._names)}" for d in claim.discrepancies
                                       if any(m.document == document_id for m in d.mentions))])
        return None

    def _where(self, document_id: int) -> str:
        """"BNR (d1)", or "d2" for an article with no outlet: "d2 (d2)" and " (d2)" read as a slip."""
        outlet = self._outlets.get(document_id)
        return f"{outlet} (d{document_id})" if outlet else f"d{document_id}"

    def _not_found_tip(self, claim: StoredClaim, document_id: int, where: str) -> str:
        """Read on hover only: the closest passage is looked up for the one cell asked about."""
        said = f"{where}: no passage was linked to this claim; the analysis found none that states it"
        found = closest_passages(self._corpus, claim, document_id, count=1) if self._corpus is not None else []
        if not found:
            return said
        return f"{said}.\nClosest passage, not linked ({found[0].closeness()}): {quoted(found[0].excerpt())}"


class ClaimsPanel(QWidget):
    """Filter, sort and pick claims; link or unlink them by hand (stored as corrections)."""

    claim_selected = Signal(int)
    corrections_requested = Signal(object, str)  # [Correction], a status line

    def __init__(self, corpus: Corpus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.model = ClaimTableModel(corpus, self)
        self.proxy = ClaimFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_box = QLineEdit(placeholderText="Filter claims…", toolTip="Keeps the claims whose wording,"
                                    " discrepancies or tags contain what you type")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_box.textChanged.connect(lambda _text: self._explain_emptiness())
        # named as the attribution panel's: the long "Only claims shared by the open articles" left the filter box
        # 60 px at a 1280-px window, its placeholder cut to "Filter cl…"
        self.scope = QCheckBox(SCOPE, checked=True, toolTip="Only the claims two or more of the open articles share;"
                               " untick to list every claim of the corpus")
        self.scope.toggled.connect(self._on_scope_toggled)
        self.link_button = QPushButton("Link")
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton("Unlink…")
        self.unlink_button.clicked.connect(lambda: self.unlink_menu())

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (a row is picked with the arrows), not walks its cells
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().lineSpacing() + 6)  # `_wrap_claims`
        self.view.setWordWrap(False)
        self.claim_cells = WordCutDelegate(self.view)  # a claim cut between words, never inside one
        self.view.setItemDelegateForColumn(1, self.claim_cells)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # Qt's header default clips a narrow title to its middle
        header.sortIndicatorChanged.connect(lambda _column, _order: self.fit_columns())
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self._shown_claim: int | None = None  # the claim last sent to the comparison
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow.timeout.connect(self._follow_current_row)
        self.view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._follow.start())
        # a row picked where the caret already was (Ctrl+4 into the table: `keyboard_focus`) moves no caret
        self.view.selectionModel().selectionChanged.connect(lambda _now, _before: self._follow.start())
        self._used = {3: False, 4: False}  # whether any claim shown has a discrepancy, a tag
        self.view.viewport().installEventFilter(self)  # the columns follow the dock's width
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setStyleSheet("color: #555; padding: 12px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        # the researcher's corrections about the open articles that no claim of the present analysis answers to
        self.stranded = QLabel(wordWrap=True)
        self.stranded.setStyleSheet("color: #5c4400; background: #fff3cd; padding: 3px;")
        self.stranded.setTextFormat(Qt.TextFormat.RichText)
        self.stranded.linkActivated.connect(self._take_back)
        self.stranded.hide()
        self._stranded: list[SourceJudgement] = []

        tools = QHBoxLayout()
        tools.addWidget(self.filter_box, 1)
        tools.addWidget(self.scope)
        tools.addWidget(self.link_button)
        tools.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(tools)
        layout.addWidget(self.stack)
        layout.addWidget(self.stranded)
        self._offer_corrections()

    def focus_target(self) -> QWidget:
        """The table, or when it is swapped for why it is empty, the box that widens it (Ctrl+4 did nothing there)."""
        return self.view if self.stack.currentWidget() is self.view else self.scope

    def tab_chain(self) -> list[QWidget]:
        return [self.filter_box, self.scope, self.link_button, self.unlink_button, self.view]

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        self.model.set_corpus(corpus)
        self._offer_corrections()

    def _offer_corrections(self) -> None:
        """Link and Unlink only where a correction can be saved: on a read-only corpus they say why not."""
        read_only = self.corpus is not None and self.corpus.read_only
        for button, tip in ((self.link_button, "Link the two selected claims: they say the same thing"),
                            (self.unlink_button, "Say that one source does not carry the selected claim")):
            button.setEnabled(not read_only)
            button.setToolTip("The corpus is read-only: corrections cannot be saved in it" if read_only else tip)

    def reload(self, corpus: Corpus | None = None, documents: list[int] | None = None,
               colours: dict[int, str] | None = None, made: list[SourceJudgement] | None = None) -> None:
        """``made``: the researcher's judgements already read for this redraw (the comparison's); else they are
        read here, once for the table and the note of stranded corrections (each read them itself, and with the
        comparison's that was three reads of every correction and the claims holding its passages per redraw)."""
        if corpus is not None:
            self.corpus = corpus
        opened = self.model.documents if documents is None else documents
        if made is None and self.corpus is not None and opened:
            made = claim_sources.judgements(self.corpus)
        current = self.view.currentIndex()
        kept = self.proxy.data(current, CLAIM_ID_ROLE) if current.isValid() else None
        self.model.reload(corpus, documents, colours, made)
        self.show_claim(kept)  # a note saved, or the window made active again, does not drop the researcher's row
        self._used = {c: self.model.uses_column(c) for c in (3, 4)}
        self.fit_columns()
        self._explain_emptiness()
        self._say_stranded(made or [])

    def _say_stranded(self, made: list[SourceJudgement]) -> None:
        """Name the researcher's corrections about the open articles that apply to no claim now (kept, and applied
        again should their claim come back): dropped silently, "d2 does not carry it" would seem forgotten."""
        documents = self.model.documents
        found = [j for j in made if not j.applies and j.document in documents] \
            if self.corpus is not None and documents else []
        self._stranded = found
        self.stranded.setVisible(bool(found))
        if found:
            count = "1 correction" if len(found) == 1 else f"{len(found)} corrections"
            read_only = self.corpus.read_only
            lines = [html.escape(j.describe()) + ("" if read_only else f' <a href="{k}">Take it back</a>')
                     for k, j in enumerate(found)]
            self.stranded.setText(f"{count} of yours about these articles no longer applies to a claim:<br>"
                                  + "<br>".join(lines))

    def _take_back(self, link: str) -> None:
        """Withdraw a correction that applies to no claim (Edit → Undo says it again)."""
        judged = self._stranded[int(link)]
        self.corrections_requested.emit([Withdraw(judged.correction, None)],
                                        f"Took back “{judged.said()}” (Edit → Undo says it again)")

    def fit_columns(self) -> None:
        """The claim's wording gets most of the width: a tags column no claim uses is hidden, a discrepancy column
        with nothing in it keeps only its title's width, one in use takes at most DISCREPANCY_SHARE; where the claim
        would then show fewer than CLAIM_WANTED characters the discrepancy column shows only its mark ("≠ 2"). At
        1280 px, three articles open, the empty tags title and "≠ 1 · sta…" left the claim about 20 characters.
        The column the table is sorted by is at least as wide as its title and the sort arrow."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        titled = {3: metrics.horizontalAdvance(FIXED[3]) + 24}
        used = self._used
        header.setSectionHidden(4, not used[4])
        widths = {0: 44, 2: SOURCES_WIDTH}  # the row's number, its source count
        if used[4]:
            widths[4] = 90
        for column in range(len(FIXED), self.model.columnCount()):  # "d12" and a mark: as wide as the title needs
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widths[column] = max(DOCUMENT_MIN, metrics.horizontalAdvance(title) + 14)
        sorted_on = header.sortIndicatorSection()
        arrowed = header.sectionSizeFromContents(sorted_on).width() if 0 <= sorted_on < self.model.columnCount() else 0
        if sorted_on in widths:  # "Sources" read "Sour…" and "d2" "…" when the table was sorted by them
            widths[sorted_on] = max(widths[sorted_on], arrowed)
        elif sorted_on == 3:
            titled[3] = max(titled[3], arrowed)
        rest = max(0, self.view.viewport().width() - sum(widths.values()))
        title = min(titled[3], rest // 3)  # in a narrow dock even the discrepancy's title gives way (elided)
        widths[3] = max(title, int(rest * DISCREPANCY_SHARE)) if used[3] else title
        marks_only = rest - widths[3] < metrics.averageCharWidth() * CLAIM_WANTED
        self.model.show_marks_only(marks_only)
        if marks_only:
            mark = metrics.horizontalAdvance(count_mark([None] * 99)) + 16
            widths[3] = max(mark, header.sectionSizeFromContents(3).width() if sorted_on == 3 else 0)
        elif rest - widths[3] < CLAIM_READABLE:  # the claim's wording before the discrepancy's (its tooltip keeps it)
            widths[3] = max(min(widths[3], rest - CLAIM_READABLE), min(widths[3], DISCREPANCY_MIN))
        short = rest - widths[3] < CLAIM_READABLE and sorted_on != 2  # sorted by it, its title shows the arrow whole
        self.model.show_short_titles(short)
        if short:  # the count's digits under "Src"; its room goes to the claim
            narrow = max(metrics.horizontalAdvance(SOURCES_SHORT), metrics.horizontalAdvance("99")) + 16
            rest += widths[2] - narrow
            widths[2] = narrow
        widths[1] = max(MIN_CLAIM, rest - widths[3])
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._wrap_claims(widths[1])

    def _wrap_claims(self, width: int) -> None:
        """Claims on two lines while their column holds fewer than CLAIM_ONE_LINE characters, as the document list
        does its titles: with five articles open at 1280 px a claim read "Kent police say fatal shootin…"."""
        metrics = self.view.fontMetrics()
        narrow = width < metrics.averageCharWidth() * CLAIM_ONE_LINE
        self.view.setWordWrap(narrow)
        self.view.verticalHeader().setDefaultSectionSize((2 if narrow else 1) * metrics.lineSpacing() + 6)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def _explain_emptiness(self) -> None:
        """An empty table says why: an empty grid reads as "the sources share nothing" or as a broken analysis."""
        why = empty_reason(self.model, self.proxy.rowCount(), self.filter_box.text())
        self.empty.setText(why)
        self.stack.setCurrentWidget(self.empty if why else self.view)

    def show_claim(self, claim_id: int | None) -> None:
        """Follow the comparison's selection without re-emitting it."""
        self._shown_claim = claim_id
        row = self.model.row_of(claim_id) if claim_id is not None else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        self.view.blockSignals(True)
        self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.selectionModel().blockSignals(False)
        self.view.blockSignals(False)
        self.view.scrollTo(index)

    def selected_claims(self) -> list[StoredClaim]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.claim(r) for r in rows]

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._shown_claim = self.proxy.data(index, CLAIM_ID_ROLE)
            self.claim_selected.emit(self._shown_claim)

    def _follow_current_row(self) -> None:
        """The arrow keys move the comparison and timeline with the row: they moved the highlight only, the timeline
        still on the claim before. Only among the open articles' claims (another claim opens its articles: Enter
        does that), not while Shift or Ctrl gathers several rows to link, and not when the row moved for a filter
        typed or a reload (the table has no focus then)."""
        index = self.view.currentIndex()
        if not self.model.only_open or not index.isValid() or len(self.view.selectionModel().selectedRows()) != 1:
            return
        if not self.view.hasFocus():
            return
        if self.proxy.data(index, CLAIM_ID_ROLE) != self._shown_claim:
            self._on_activated(index)

    def _on_scope_toggled(self, only_open: bool) -> None:
        self.model.only_open = only_open
        self.reload()

    # -- corrections --------------------------------------------------------------------

    def link_selected(self) -> None:
        chosen = self.selected_claims()
        if len(chosen) != 2:
            QMessageBox.information(self, "Link claims", "Select exactly two claims to link (Ctrl+click).")
            return
        first, second = chosen
        self.corrections_requested.emit(
            operations.link_passages(passage_of(first.mentions[0]), passage_of(second.mentions[0]), first, second),
            f"Linked claims {claim_label(first.id)} and {claim_label(second.id)}")

    def unlink_menu(self, at: QPoint | None = None) -> None:
        """The selected claim's sources to take out of it, under the Unlink button or ``at`` (the table's menu)."""
        chosen = self.selected_claims()
        if len(chosen) != 1:
            QMessageBox.information(self, "Unlink", "Select one claim, then choose the source to take out of it.")
            return
        menu = QMenu(self)
        claim = chosen[0]
        for document_id in claim.documents():
            first = claim.mentions_in(document_id)[0]
            action = menu.addAction(f"d{document_id} does not carry claim {claim_label(claim.id)}: “{first.text[:60]}”")
            action.triggered.connect(lambda _=False, d=document_id: self.unlink(claim, d))
        menu.exec(at or self.unlink_button.mapToGlobal(self.unlink_button.rect().bottomLeft()))

    def unlink(self, claim: StoredClaim, document_id: int) -> None:
        """Record that this source does not carry the claim: none of its passages joins it, now or after re-analysis."""
        self.corrections_requested.emit([operations.not_carried(claim, document_id)],
                                        f"d{document_id} does not carry claim {claim_label(claim.id)} (Edit → Undo takes it back)")


def empty_reason(model: ClaimTableModel, shown: int, filter_text: str) -> str:
    """Why the table shows no claim, in the researcher's terms; "" when it shows some."""
    if shown:
        return ""
    if model.rowCount():
        return f"No claim here matches “{filter_text.strip()}”."
    corpus, documents = model.corpus, model.documents
    if corpus is None:
        return ""
    if not model.only_open:
        if not store.is_analysed(corpus):
            if refused := store.only_too_long(corpus):
                return too_long_among(refused, "claims")
            return "The corpus has no linked claim yet: Analyse (Ctrl+R) finds them."
        if store.links_pending(corpus):
            return LINKS_PENDING_SAID
        return "The analysis linked no claim across the corpus's documents."
    if len(documents) < 2:
        return ("Open two or more articles to see the claims they share, or untick "
                f"“{SCOPE}” to list every claim of the corpus.")
    waiting = store.unanalysed_among(corpus, documents)
    if waiting:
        names = ", ".join(f"d{d}" for d in waiting)
        verb, whose = ("is", "its") if len(waiting) == 1 else ("are", "their")
        return f"{names} {verb} not analysed yet: Analyse (Ctrl+R) finds {whose} claims."
    if refused := store.too_long(corpus, documents):
        return too_long_among(refused, "claims")
    if store.links_pending(corpus):
        return LINKS_PENDING_SAID
    opened = " and ".join(f"d{d}" for d in documents) if len(documents) == 2 else f"The {len(documents)} open articles"
    return (f"{opened} share no linked claim. The analysis links passages that state the same thing and can miss "
            "one worded differently: select a passage in each article and link them (Ctrl+L).")


def _stating(claim: StoredClaim) -> int:
    """How many articles state the claim: those holding it only in a report not made state it for no one."""
    return len(set(claim.documents()) - claim.unsaid)
