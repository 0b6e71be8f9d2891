"""The attribution panel: speakers → their statements (with cue, article and relay chain).

Speakers heard in the open articles come first, then by how much they say; documents (polls,
filings, lawsuits) follow the people and bodies. Filters show quotes, reported speech, beliefs
and intentions, and documents apart or together."""
from __future__ import annotations

import unicodedata
from collections import Counter

from PySide6.QtCore import (
    QAbstractItemModel, QElapsedTimer, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QLabel, QLineEdit, QMenu, QStackedWidget, QToolButton, QTreeView,
    QVBoxLayout, QWidget,
)

from viewer.analysis import operations, store
from viewer.analysis.corrections import MergeSpeakers, SplitSpeaker
from viewer.analysis.model import UNNAMED_SOURCES, unsaid_label
from viewer.analysis.pipeline import too_long_among
from viewer.analysis.speakers.resolution import fold_name
from viewer.analysis.store import StoredAttribution, StoredSpeaker
from viewer.corpus import notes
from viewer.corpus.store import Corpus
from viewer.excerpts import cut_at_word
from viewer.jobs import counted
from viewer.provenance.statement_text import how_said
from viewer.provenance.wording import NO_OUTLET
from viewer.ui.attribution_dialog import AttributionDialog
from viewer.ui.column_fit import ColumnFitter
from viewer.ui.flow_layout import FlowLayout
from viewer.ui.named_columns import NamedColumns
from viewer.ui.speaker_rows import SpeakerRowDelegate

COLUMNS = ("Speaker / statement", "Role", "Kind", "Statements", "Sources")
# the filters: (label, attribution kinds it shows, tooltip); "Documents" shows speakers of kind document
STATEMENT_FILTERS = (
    ("Quotes", ("direct",), "Quoted words"),
    ("Reported", ("indirect", "according-to"), "Reported speech and sourcing phrases (“according to”)"),
    ("Beliefs", ("belief",), "Reported beliefs and intentions (“believes”, “wants to”, “is worried that”)"),
)
DOCUMENTS = "Documents"
TOP = 0  # internalId of speaker rows; statement rows carry their speaker's row + 1
UNNAMED_ROW = UNNAMED_SOURCES  # the row gathering statements the articles give to no one they name
UNNAMED_ID = 0  # no stored speaker has it (their ids start at 1)


def search_key(name: str) -> str:
    """A name as the speaker search compares it: a typed "Sheriff's" or "Jose" finds "Sheriff’s Office"
    and "José", whatever the case, accents, apostrophes, full stops or spacing."""
    return " ".join(fold_name(name).translate(_FOLDED).split())


def query_edges(typed: str) -> str:
    """A typed query without the punctuation at its edges: "Rice," pasted from a sentence found no "Susan E. Rice";
    the punctuation inside a name ("O'Neill", "Sheriff's") is kept."""
    return typed.strip().strip("".join(c for c in set(typed) if unicodedata.category(c).startswith("P")))


_FOLDED = str.maketrans({"‘": "'", "ʼ": "'", "`": "'", ".": None})  # beyond fold_name's: typed forms of one name


class SpeakerTreeModel(NamedColumns, QAbstractItemModel):
    """Speakers at the top level; each one's statements fetched when first expanded."""

    columns = COLUMNS

    def __init__(self, corpus: Corpus | None = None, parent=None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._speakers: list[StoredSpeaker] = []
        self._statements: dict[int, list[StoredAttribution]] = {}
        self._documents: list[int] | None = None
        self._name_filter = ""
        self._kinds: tuple[str, ...] | None = None  # every kind
        self._show_documents = True
        self._only_documents = False
        self._first: list[int] = []
        # the speakers heard in the open articles, when the tree lists the whole corpus beside them: the others are
        # set back, or a new researcher comparing three articles read the next incident's police as theirs
        self._here: set[int] | None = None
        self._texts: dict[int, str] = {}
        self._outlets: dict[int, str] = {}
        self._tags: dict[str, list[str]] = {}
        self._homonyms: set[str] = set()
        self._places: dict[int, str] = {}

    def reload(self, corpus: Corpus | None = None, documents: list[int] | None = None, name_filter: str | None = None,
               scope_changed: bool = False, first: list[int] | None = None) -> None:
        """Re-read the speakers, in the open articles (``documents``) or the whole corpus (None),
        those heard in ``first`` (the open articles) at the top."""
        self.beginResetModel()
        if first is not None:
            self._first = list(first)
        if corpus is not None:
            self._corpus = corpus
        if scope_changed:
            self._documents = documents
        if name_filter is not None:
            self._name_filter = search_key(query_edges(name_filter))
        self._statements.clear()
        self._texts.clear()
        self._outlets.clear()
        self._places.clear()
        wanted = self._name_filter
        self._speakers = [
            s for s in self._listed()
            if not wanted or any(wanted in search_key(name) for name in (s.name, *s.aliases))
        ]
        names = Counter(s.name.casefold() for s in self._speakers)
        self._homonyms = {name for name, count in names.items() if count > 1}
        self._tags = notes.tags_of_kind(self._corpus, "statement") if self._corpus else {}
        self._here = self._heard_here()
        self.endResetModel()

    def _heard_here(self) -> set[int] | None:
        """The ids of the speakers heard in the open articles, when the tree lists the whole corpus with some open."""
        if self._corpus is None or self._documents is not None or not self._first or self._kinds == ():
            return None
        here = {s.id for s in store.speakers(self._corpus, self._first, self._kinds)}
        statements, _sources, unsaid = store.unnamed_sources(self._corpus, self._first, self._kinds)
        return here | ({UNNAMED_ID} if statements or unsaid else set())

    def _listed(self) -> list[StoredSpeaker]:
        if self._corpus is None or self._kinds == ():
            return []
        found = store.speakers(self._corpus, self._documents, self._kinds, first=self._first)
        if self._only_documents:
            return [s for s in found if s.kind == "document"]
        listed = [s for s in found if self._show_documents or s.kind != "document"]
        statements, sources, unsaid = store.unnamed_sources(self._corpus, self._documents, self._kinds)
        if statements or unsaid:  # after the people and bodies, before the documents
            at = next((n for n, s in enumerate(listed) if s.kind == "document"), len(listed))
            listed.insert(at, StoredSpeaker(UNNAMED_ID, UNNAMED_ROW, "unnamed", None, (), statements, sources, unsaid))
        return listed

    def set_statement_filter(self, kinds: tuple[str, ...] | None, documents: bool, only_documents: bool = False) -> None:
        """Show statements of these kinds only (None: all), and speakers that are documents or not
        (``only_documents``: documents alone, with every kind of statement)."""
        self._kinds, self._show_documents, self._only_documents = kinds, documents, only_documents
        self.reload()

    def put_first(self, documents: list[int]) -> None:
        """Speakers heard in ``documents`` (the open articles) move to the top, without resetting
        the tree: expanded speakers and the picked statement stay where the researcher left them."""
        self._first = list(documents)
        here, self._here = self._here, self._heard_here()
        if not self._speakers:
            return
        order = {s.id: n for n, s in enumerate(self._listed())}
        moved = sorted(range(len(self._speakers)), key=lambda row: order.get(self._speakers[row].id, len(order) + row))
        if moved == list(range(len(moved))):
            if here != self._here:  # the same order, other speakers set back
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._speakers) - 1, self.columnCount() - 1),
                                      [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole])
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(moved)}
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for index in old_indexes:
            if index.internalId() == TOP:
                new_indexes.append(self.createIndex(new_row[index.row()], index.column(), TOP))
            else:
                new_indexes.append(self.createIndex(index.row(), index.column(), new_row[index.internalId() - 1] + 1))
        self._speakers = [self._speakers[old] for old in moved]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def set_corpus(self, corpus: Corpus | None) -> None:
        self._corpus = corpus
        self.reload(documents=None, scope_changed=True)

    # -- access ----------------------------------------------------------------------

    def speaker(self, index: QModelIndex) -> StoredSpeaker | None:
        if index.isValid() and index.internalId() == TOP:
            return self._speakers[index.row()]
        return None

    def statement(self, index: QModelIndex) -> StoredAttribution | None:
        if index.isValid() and index.internalId() != TOP:
            return self._children(index.internalId() - 1)[index.row()]
        return None

    def speaker_row(self, name: str) -> int | None:
        return next((i for i, s in enumerate(self._speakers) if s.name == name or name in s.aliases), None)

    def _children(self, row: int) -> list[StoredAttribution]:
        return self.statements_of(self._speakers[row])

    def statements_of(self, speaker: StoredSpeaker) -> list[StoredAttribution]:
        """The speaker's statements the panel lists (the open articles' only, when it is limited to them)."""
        if speaker.id not in self._statements:
            found = store.attributions(self._corpus, speaker_id=speaker.id or None, kinds=self._kinds,
                                       unnamed_only=speaker.id == UNNAMED_ID)
            if self._documents is not None:
                found = [a for a in found if a.document_id in self._documents]
            self._statements[speaker.id] = found
        return self._statements[speaker.id]

    def documents_of(self, speaker: StoredSpeaker) -> list[int]:
        """The articles where the speaker is heard, among the statements the panel lists."""
        return sorted({a.document_id for a in self.statements_of(speaker)})

    def text_of(self, a: StoredAttribution) -> str:
        if a.document_id not in self._texts:
            self._texts[a.document_id] = self._corpus.document(a.document_id).text
        text = self._texts[a.document_id]
        return " … ".join(span.text_of(text) for span in a.spans())

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        if parent.internalId() == TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._speakers)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._children(parent.row()))
        return 0

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._speakers)
        speaker = self._speakers[parent.row()] if parent.internalId() == TOP else None
        return speaker is not None and parent.column() == 0 and speaker.statements + speaker.unsaid > 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._speaker_data(self._speakers[index.row()], index.column(), role)
        return self._statement_data(self._children(index.internalId() - 1)[index.row()], index.column(), role)

    def _speaker_data(self, s: StoredSpeaker, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.name, s.role or self._heard_in(s), s.kind, _statement_count(s), str(s.sources))[column]
        elsewhere = self._here is not None and s.id not in self._here
        if role == Qt.ItemDataRole.ForegroundRole and (elsewhere or (column == 1 and not s.role and self._heard_in(s))):
            return QColor(Qt.GlobalColor.darkGray)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [s.name + (f", {s.role}" if s.role else "") + f" ({s.kind})"]
            if s.aliases:
                lines.append("Also written: " + ", ".join(s.aliases))
            lines.append(f"{counted(s.statements, 'statement')} in {counted(s.sources, 'source')}")
            if s.unsaid:
                lines.append(f"and {counted(s.unsaid, 'report')} of what they did not say or declined to say")
            if elsewhere:
                lines.append("Not heard in the open articles (listed below those who are)")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _heard_in(self, s: StoredSpeaker) -> str:
        """Where a speaker is heard, for one of several speakers of one name and no role ("Police" in
        each article that quotes its own force), so the rows can be told apart."""
        if s.name.casefold() not in self._homonyms or s.sources != 1 or not self.statements_of(s):
            return ""
        if s.id not in self._places:
            document = self.statements_of(s)[0].document_id
            outlet = self._corpus.document(document, with_text=False).outlet
            self._places[s.id] = f"in d{document}" + (f" · {outlet}" if outlet else "")
        return self._places[s.id]

    def outlet(self, document_id: int) -> str:
        if document_id not in self._outlets:
            self._outlets[document_id] = self._corpus.document(document_id, with_text=False).outlet or NO_OUTLET
        return self._outlets[document_id]

    def _statement_data(self, a: StoredAttribution, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not a.made:
            return QColor(Qt.GlobalColor.darkGray)  # not the speaker's words: set back, and said so in the text
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        content = self.text_of(a)
        unsaid = unsaid_label(a.negation)
        if role == Qt.ItemDataRole.ToolTipRole:
            chain = " ← ".join([self.outlet(a.document_id)] + [f"{r.name} ({r.cue})" for r in a.via] + [a.shown_speaker])
            marked = f"{a.shown_speaker} {unsaid}: " if unsaid else ""
            return f"{marked}“{content}”\n\nRelay chain: {chain}"
        relays = f", via {' ← '.join(r.name for r in a.via)}" if a.via else ""
        if column == 0:  # wrapped by the panel's delegate; the article it came from on its own line
            shown = content if len(content) <= 400 else cut_at_word(content, 400)
            shown = f"“{shown}”" if a.kind == "direct" else shown
            shown = f"[{self._unsaid_cue(a) or unsaid}] {shown}" if unsaid else shown
            how = self._how(a)
            who = f"{a.shown_speaker} · " if a.speaker_id is None else ""  # "unnamed: officials · "
            return f"{shown}\n— {who}{self.outlet(a.document_id)} (d{a.document_id}){relays} · {how}"
        if column == 1:
            return self._how(a)
        if column == 2:
            return f"{self.outlet(a.document_id)}{relays}"
        if column == 3:
            return f"d{a.document_id}"
        tags = self._tags.get(notes.span_key(a.document_id, a.content.start, a.content.end), [])
        return ", ".join(tags)


    def _unsaid_cue(self, a: StoredAttribution) -> str:
        """A withheld report's cue as the article writes it ("refused", "refusal", "declined"): its words hold the
        rest ("to comment on the vote"), so "[declined to say] to comment" would say it twice and misquote a noun."""
        if a.negation != "withheld" or not a.cue:  # model.NEGATIONS
            return ""
        self.text_of(a)  # the article's text, read once
        return " ".join(self._texts[a.document_id][a.cue.start:a.cue.end].split())

    def _how(self, a: StoredAttribution) -> str:
        self.text_of(a)  # the article's text, read once
        return how_said(a, self._texts[a.document_id])


def _statement_count(s: StoredSpeaker) -> str:
    """"3", or "3 (+1)" for a speaker also reported as not saying or declining to say something (the tip says so)."""
    return f"{s.statements} (+{s.unsaid})" if s.unsaid else str(s.statements)


class AttributionPanel(QWidget):
    """Search speakers, pick a statement to open its article, and correct the speakers."""

    statement_selected = Signal(object)  # StoredAttribution
    speaker_selected = Signal(object)
    corrections_requested = Signal(object, str)  # [Correction], a status line

    def __init__(self, corpus: Corpus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.open_documents: list[int] = []
        self.model = SpeakerTreeModel(corpus, self)
        self.search_box = QLineEdit(placeholderText="Find a speaker (any spelling)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda text: self.model.reload(name_filter=text))
        self.scope = QCheckBox("Open articles only", checked=False)
        self.scope.toggled.connect(lambda _on: self.reload())
        self.copy_action: QAction | None = None  # the copy key's action (`statements_copy`), first in the menu
        self.filters: dict[str, QToolButton] = {}
        for label, _kinds, tip in (*STATEMENT_FILTERS, (DOCUMENTS, (), "Polls, filings, reports and other documents as sources")):
            button = QToolButton(text=label, checkable=True, checked=True, toolTip=tip)
            # its style's padding gives way before the words do, then the row wraps (`flow_layout`): so that the dock
            # can give its width to four compared articles (`pane_room`)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(label) + 8)
            button.toggled.connect(lambda _on: self._filter_statements())
            self.filters[label] = button
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)  # statements wrap to the dock's width (rows differ in height)
        # a name's second line read as a speaker of its own ("CBS2's Tracee" over "Carrasco", then the speaker Carrasco)
        self.view.setAlternatingRowColors(True)
        self.rows = SpeakerRowDelegate(self.view)  # a role too wide beside its name goes under it
        self.view.setItemDelegate(self.rows)
        self.view.expanded.connect(self._span_statements)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._on_activated)  # Enter (and a double-click where the style says so)
        self.view.clicked.connect(self._on_clicked)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.header().setMinimumSectionSize(36)
        # Role first, then the counts; the kind of speaker gives way first in a narrow dock (tooltip keeps it).
        self.columns = ColumnFitter(self.view, self.view.header(), self._natural_widths, priority=(1, 3, 4, 2))
        self._clicked = QElapsedTimer()  # since the last click in the tree
        self._put_first = QTimer(self, singleShot=True)
        self._put_first.timeout.connect(lambda: self.model.put_first(self.open_documents))
        self._relayout = QTimer(self, singleShot=True, interval=0)  # once for a fit's several column widths
        self._relayout.timeout.connect(self.view.doItemsLayout)  # wrapped names take new heights
        self.view.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setStyleSheet("color: #555; padding: 12px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.model.modelReset.connect(self._explain_emptiness)
        # the search on a row of its own: beside "Open articles only" it kept 85 px in a 220-px dock, and its
        # placeholder read "Find a speaker (any s…"; the box wraps with the statement filters instead
        shown = FlowLayout(spacing=2)
        for button in self.filters.values():
            shown.addWidget(button)
        shown.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search_box)
        layout.addLayout(shown)
        layout.addWidget(self.stack)
        self._explain_emptiness()

    def focus_target(self) -> QWidget:
        """The tree, or when it is swapped for why it is empty, the speaker search (Ctrl+3 did nothing there)."""
        return self.view if self.stack.currentWidget() is self.view else self.search_box

    def tab_chain(self) -> list[QWidget]:
        return [self.search_box, *self.filters.values(), self.scope, self.view]

    def current_statement(self) -> StoredAttribution | None:
        """The statement picked in the tree, if a statement (not a speaker) is picked."""
        return self.model.statement(self.view.currentIndex())

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        self.open_documents = []
        self.model.set_corpus(corpus)
        self.columns.fit()

    def set_open_documents(self, documents: list[int]) -> None:
        """The comparison changed: only a panel limited to the open articles has anything to re-read
        (re-reading anyway would reset the tree under the pointer, mid double-click)."""
        self.open_documents = list(documents)
        if self.scope.isChecked():
            self.reload()
        elif self._clicked.isValid() and (wait := QApplication.doubleClickInterval() - self._clicked.elapsed()) > 0:
            self._put_first.start(wait)  # after the gesture: the first click's article put its speaker first, and the
            # rows moved from under the pointer before the second click of a double-click came
        else:
            self.model.put_first(self.open_documents)

    def reload(self, corpus: Corpus | None = None, documents: list[int] | None = None) -> None:
        if corpus is not None:
            self.corpus = corpus
        if documents is not None:
            self.open_documents = list(documents)
        scope = self.open_documents if self.scope.isChecked() else None
        expanded = self._expanded_speakers()
        current = self.model.statement(self.view.currentIndex())
        self.model.reload(corpus, scope, scope_changed=True, first=self.open_documents)
        for name in expanded:  # a correction or a new comparison keeps the researcher's place
            if (row := self.model.speaker_row(name)) is not None:
                self.view.expand(self.model.index(row, 0))
        if current is not None and (again := self._index_of(current)) is not None:
            self.view.setCurrentIndex(again)
        self.columns.fit()

    def _explain_emptiness(self) -> None:
        """An empty tree says why: a blank panel reads as "nobody said anything" or as a broken analysis."""
        if not hasattr(self, "stack"):  # the model resets once before the panel is built
            return
        kinds_shown = [label for label, _kinds, _tip in STATEMENT_FILTERS if self.filters[label].isChecked()]
        documents_only = not kinds_shown and self.filters[DOCUMENTS].isChecked()
        why = empty_reason(self.corpus, self.model.rowCount(), self.search_box.text(),
                           self.open_documents if self.scope.isChecked() else None, bool(kinds_shown) or documents_only,
                           documents_only)
        self.empty.setText(why)
        self.stack.setCurrentWidget(self.empty if why else self.view)

    def _filter_statements(self) -> None:
        kinds = tuple(k for label, ks, _tip in STATEMENT_FILTERS if self.filters[label].isChecked() for k in ks)
        everything = all(self.filters[label].isChecked() for label, _ks, _tip in STATEMENT_FILTERS)
        documents = self.filters[DOCUMENTS].isChecked()
        if not kinds and documents:  # "Documents" alone: the polls, filings and reports cited, whatever they say
            self.model.set_statement_filter(None, True, only_documents=True)
        else:
            self.model.set_statement_filter(None if everything else kinds, documents)
        self.columns.fit()

    def _index_of(self, statement: StoredAttribution) -> QModelIndex | None:
        """The row of the same statement (same article and words) after a reload renumbered the rows."""
        for row in range(self.model.rowCount()):
            speaker = self.model.index(row, 0)
            if not self.view.isExpanded(speaker):
                continue
            for child in range(self.model.rowCount(speaker)):
                index = self.model.index(child, 0, speaker)
                found = self.model.statement(index)
                if (found.document_id, found.content) == (statement.document_id, statement.content):
                    return index
        return None

    def _span_statements(self, speaker: QModelIndex) -> None:
        """A statement takes the whole row (its article, kind and cue on its second line), so it is
        readable at any dock width instead of squeezed into the name column."""
        for row in range(self.model.rowCount(speaker)):
            self.view.setFirstColumnSpanned(row, speaker, True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.doItemsLayout()  # wrapped statements take new heights

    def _expanded_speakers(self) -> list[str]:
        return [s.name for row in range(self.model.rowCount())
                if self.view.isExpanded(index := self.model.index(row, 0)) and (s := self.model.speaker(index))]

    def _natural_widths(self) -> dict[int, int]:
        """What the speakers' names and values need (a long role is capped, its full text is in the tooltip). Where
        the names and the roles do not both fit side by side, the roles go under the names (`speaker_rows`) and
        their column is left out, so hidden, as is a count beside which the names would wrap."""
        metrics, out = self.view.fontMetrics(), {0: self._name_width()}
        for column, cap in ((1, 190), (2, 110), (3, 90), (4, 80)):
            title = metrics.horizontalAdvance(COLUMNS[column]) + 18
            values = [str(self.model.index(row, column).data() or "") for row in range(min(self.model.rowCount(), 500))]
            widest = max((metrics.horizontalAdvance(v) for v in values), default=0) + 14
            out[column] = min(max(title, widest), cap)
        stacked = out[0] + out[1] > self.view.viewport().width()
        if stacked != self.rows.stacked:
            self.rows.stacked = stacked
            self._relayout.start()  # the rows take their new heights
        if stacked:  # the names whole first: a count goes (its tooltip says it) rather than wrap them
            del out[1]
            room = self.view.viewport().width() - out[0]
            for column in (3, 4, 2):
                if out[column] <= room:
                    room -= out[column]
                else:
                    del out[column]
        # a header over the names alone says what the dock's title says, in a row a speaker could have had
        self.view.setHeaderHidden(list(out) == [0])
        return out

    def _name_width(self) -> int:
        """The widest speaker name as the tree draws it: bold, after the branch's indentation."""
        names = [self.model.index(row, 0) for row in range(min(self.model.rowCount(), 500))]
        if not names:
            return 0
        metrics = QFontMetrics(names[0].data(Qt.ItemDataRole.FontRole))
        return max(metrics.horizontalAdvance(str(name.data())) for name in names) + self.view.indentation() + 14

    def _on_clicked(self, index: QModelIndex) -> None:
        """A click opens a statement; a speaker is followed on Enter or a double-click only (a click on
        a name should not change the document list under the researcher)."""
        self._clicked.start()
        if (statement := self.model.statement(index)) is not None:
            self.statement_selected.emit(statement)

    def _on_activated(self, index: QModelIndex) -> None:
        statement = self.model.statement(index)
        if statement is not None:
            self.statement_selected.emit(statement)
        elif (speaker := self.model.speaker(index)) is not None:
            self.speaker_selected.emit(speaker)

    # -- corrections: requested here, run by the window off the GUI thread --------------

    def _context_menu(self, point) -> None:
        menu = self.context_menu(point)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(point))

    def context_menu(self, point) -> QMenu:
        """Copy who said what, then the corrections that fit the rows under the pointer and selected."""
        index = self.view.indexAt(point)
        menu = QMenu(self)
        if self.copy_action is not None and (index.isValid() or self.view.selectionModel().hasSelection()):
            menu.addAction(self.copy_action)
            menu.addSeparator()
        speakers = [s for s in (self.model.speaker(i) for i in self.view.selectionModel().selectedRows())
                    if s and s.id != UNNAMED_ID]  # unnamed sources are no one to merge
        if len(speakers) == 2:
            menu.addAction(f"Merge “{speakers[0].name}” and “{speakers[1].name}”: one speaker",
                           lambda: self.merge(speakers[0].name, speakers[1].name))
        speaker = self.model.speaker(index)
        if speaker is not None:
            for alias in speaker.aliases:
                menu.addAction(f"Split “{alias}” off", lambda alias=alias: self.split(speaker.name, alias))
        statement = self.model.statement(index)
        if statement is not None:
            menu.addAction("Edit attribution…", lambda: self.edit_dialog(statement))
            menu.addAction("Delete this attribution", lambda: self.delete(statement))
        return menu

    def merge(self, keep: str, other: str) -> None:
        """The researcher says two speakers are one person; stored so re-analysis keeps it. Which name the
        merged speaker shows is the analysis's choice ("into “Indian navy”" showed “India's navy”)."""
        self.corrections_requested.emit([MergeSpeakers(keep, other)], f"Merged “{keep}” and “{other}” into one speaker")

    def split(self, name: str, alias: str) -> None:
        self.corrections_requested.emit([SplitSpeaker(name, alias)], f"Split “{alias}” off “{name}”")

    def edit(self, a: StoredAttribution, changes: dict) -> None:
        if changes:
            self.corrections_requested.emit([operations.edit_attribution(a, changes)], _edited(a, changes))

    def delete(self, a: StoredAttribution) -> None:
        self.corrections_requested.emit([operations.delete_attribution(a)], "Attribution deleted")

    def edit_dialog(self, a: StoredAttribution) -> AttributionDialog:
        """Kind, speaker name, role and kind of speaker, in one window-modal dialog."""
        dialog = AttributionDialog(a, store.speaker_kind_of(self.corpus, a.id), self.model.text_of(a), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.edit(a, dialog.changes()))
        dialog.open()
        return dialog


def _edited(a: StoredAttribution, changes: dict) -> str:
    """The status line and undo entry of an edit: whether the report now reads as made is worth saying, since it
    moves the claims ("Attribution edited: Police did not say this")."""
    if "negation" not in changes:
        return "Attribution edited"
    unsaid = unsaid_label(changes["negation"])
    return f"Attribution edited: {a.shown_speaker} {unsaid + ' this' if unsaid else 'said this (a report made)'}"


def empty_reason(corpus: Corpus | None, shown: int, name_filter: str, open_only: list[int] | None,
                 kinds_shown: bool, documents_only: bool = False) -> str:
    """Why the panel lists no speaker, in the researcher's terms; "" when it lists some.

    ``open_only`` is the open articles when the panel is limited to them, None for the whole corpus."""
    if shown or corpus is None:
        return ""
    if not corpus.document_count():  # a new corpus: Analyse would find nothing
        return "The corpus holds no documents yet: File → Import files or Import folder (or drop files on the window)."
    if not store.is_analysed(corpus):
        if refused := store.only_too_long(corpus):
            return too_long_among(refused, "speakers")
        return "The corpus is not analysed yet: Analyse (Ctrl+R) finds who said what."
    if not kinds_shown:
        return "Quotes, Reported, Beliefs and Documents are all switched off: switch one on to list the speakers."
    where = "the open articles" if open_only is not None else "the corpus"
    wider = " Untick “Open articles only” to search the whole corpus." if open_only is not None else ""
    if name_filter.strip():
        return f"No speaker in {where} matches “{name_filter.strip()}”.{wider}"
    if open_only is not None and not open_only:
        return "No article is open: open articles to list their speakers, or untick “Open articles only”."
    if open_only is not None and (waiting := store.unanalysed_among(corpus, open_only)):
        names = ", ".join(f"d{d}" for d in waiting)
        verb, whose = ("is", "its") if len(waiting) == 1 else ("are", "their")
        return f"{names} {verb} not analysed yet: Analyse (Ctrl+R) finds {whose} speakers."
    if open_only is not None and (refused := store.too_long(corpus, open_only)):
        return too_long_among(refused, "speakers")
    if documents_only:
        return f"No document (poll, filing, report, footage) is cited as a source in {where}.{wider}"
    return f"The analysis found no quoted or reported statement in {where}.{wider}"
