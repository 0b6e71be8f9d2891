"""The comparison area: two or more articles side by side, one claim selected across all of them."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QStackedLayout, QWidget

from viewer.comparison import ComparisonState
from viewer.corpus.formats import SUPPORTED_SUFFIXES
from viewer.corpus.store import Corpus
from viewer.ui.article_view import ArticleView
from viewer.ui.whole_panes import WholePanes

# A narrow newspaper column: 27 characters of 9-pt text (6.2 px each) beside the 40-px claim gutter and the scroll
# bar, so four articles fit a 1600-px window and three a 1280-px one once the side docks give way (`pane_room`);
# narrower, a line holds three or four words. Past it the panes scroll sideways.
PANE_MIN_WIDTH = 240

EMPTY_HINT = (
    "<p style='color:#666; font-size:13pt'>Open two or more articles to compare them.</p>"
    "<p style='color:#666'>Double-click a document in the browser (or press Enter on it), pick a claim in the "
    "claims table, or a statement in the attribution panel.</p>"
)
# A new corpus, or none: the hint above told a new researcher to double-click documents the list did not hold
NO_DOCUMENTS_HINT = (
    "<p style='color:#666; font-size:13pt'>The corpus holds no documents yet.</p>"
    "<p style='color:#666'>File → Import files (Ctrl+I) or Import folder (Ctrl+Shift+I), or drop files on the window: "
    f"{', '.join(SUPPORTED_SUFFIXES)}.</p>"
)
NO_CORPUS_HINT = (
    "<p style='color:#666; font-size:13pt'>No corpus is open.</p>"
    "<p style='color:#666'>File → New corpus (Ctrl+N) to start one, or Open corpus (Ctrl+O).</p>"
)


def empty_hint(corpus: Corpus | None) -> str:
    """What the comparison area says with no article open: what to do next in this corpus."""
    if corpus is None:
        return NO_CORPUS_HINT
    return EMPTY_HINT if corpus.document_count() else NO_DOCUMENTS_HINT


class ComparisonView(QWidget):
    """Owns the panes and the selected claim; every pane follows the same selection."""

    documents_did_change = Signal(list)
    claim_did_change = Signal(object)
    current_document_did_change = Signal(int)
    passages_did_change = Signal()  # text selected or cleared in a pane
    unlink_requested = Signal(int, int)  # claim, document: the article does not carry it
    copy_requested = Signal(int)  # claim: onto the clipboard with its sources (a pane's menu)
    link_requested = Signal(int, object)  # claim, (document, start, end): a pane's closest passage states it
    carries_requested = Signal(int, object)  # claim, (document, start, end): a passage selected in a pane carries it
    removal_requested = Signal(list)  # documents to remove from the corpus (a pane's "remove this copy…")
    reread_requested = Signal(int)  # a document to read again from its file (a pane's "re-read from its file…")
    reread_all_requested = Signal()  # a pane's "re-read all N marked…": every document an older reader read

    def __init__(self, corpus: Corpus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.panes: list[ArticleView] = []
        self.state = ComparisonState(None, [])
        self._shown_colours: dict[int, str] = {}  # every claim's last colour here, kept when it comes back
        self.selected_claim: int | None = None
        self.show_attributions = False
        self.current_document: int | None = None
        self.context_actions: list = []  # offered in every pane's context menu
        self._selected_in: list[int] = []  # panes with a text selection, most recent last
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        # The panes share the width down to PANE_MIN_WIDTH each; more of them scroll sideways rather
        # than widen the window past the size the researcher gave it.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the panes take the keys: it slid them sideways unseen
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.splitter)
        self.whole_panes = WholePanes(self.scroller, self.splitter, PANE_MIN_WIDTH)
        self.hint = QLabel(EMPTY_HINT, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.scroller)

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        self._shown_colours = {}
        self.set_documents([])

    @property
    def document_ids(self) -> list[int]:
        return [pane.document_id for pane in self.panes]

    # -- panes ------------------------------------------------------------------------

    def set_documents(self, document_ids: list[int]) -> None:
        """Show exactly these articles, in this order (reusing panes already open)."""
        keep = {pane.document_id: pane for pane in self.panes}
        self.panes = []
        for document_id in dict.fromkeys(document_ids):
            pane = keep.pop(document_id, None) or self._new_pane(document_id)
            self.panes.append(pane)
        self._selected_in = [d for d in self._selected_in if d not in keep]
        for pane in keep.values():  # focus leaving a closing pane may land on another closing one
            pane.focused.disconnect(self._on_pane_focused)
        for pane in keep.values():
            pane.setParent(None)
            pane.deleteLater()
        for index, pane in enumerate(self.panes):
            self.splitter.insertWidget(index, pane)
        self.whole_panes.fit()  # the handles too: without them the last pane was cut
        if not self.panes:
            self.hint.setText(empty_hint(self.corpus))
        self._stack.setCurrentWidget(self.scroller if self.panes else self.hint)
        self._relight()

    def needed_width(self) -> int:
        """The width the open panes need side by side, at their minimum, with the handles between them."""
        count = len(self.panes)
        return PANE_MIN_WIDTH * count + self.splitter.handleWidth() * max(0, count - 1)

    def _new_pane(self, document_id: int) -> ArticleView:
        pane = ArticleView(self.corpus, document_id)
        pane.setMinimumWidth(PANE_MIN_WIDTH)
        pane.claim_activated.connect(self.select_claim)
        pane.close_requested.connect(self.remove_document)
        pane.move_requested.connect(self.move_document)
        pane.focused.connect(self._on_pane_focused)
        pane.unlink_requested.connect(self.unlink_requested)
        pane.copy_requested.connect(self.copy_requested)
        pane.link_requested.connect(self.link_requested)
        pane.carries_requested.connect(self.carries_requested)
        pane.removal_requested.connect(lambda document_id: self.removal_requested.emit([document_id]))
        pane.reread_requested.connect(self.reread_requested)
        pane.reread_all_requested.connect(self.reread_all_requested)
        pane.selection_did_change.connect(self._on_pane_selection_did_change)
        pane.text_view.context_actions = self.context_actions
        return pane

    def add_document(self, document_id: int) -> ArticleView:
        """Open an article in a new pane (or return the pane already showing it)."""
        if document_id not in self.document_ids:
            self.set_documents(self.document_ids + [document_id])
        return self.pane(document_id)

    def add_documents(self, document_ids: list[int]) -> None:
        for document_id in document_ids:
            self.add_document(document_id)

    def remove_document(self, document_id: int) -> None:
        self.set_documents([d for d in self.document_ids if d != document_id])

    def move_document(self, document_id: int, step: int) -> None:
        ids = self.document_ids
        index = ids.index(document_id)
        target = max(0, min(len(ids) - 1, index + step))
        ids.insert(target, ids.pop(index))
        self.set_documents(ids)

    def pane(self, document_id: int) -> ArticleView:
        return next(pane for pane in self.panes if pane.document_id == document_id)

    def _relight(self) -> None:
        keep = dict(self.state.colours)  # the claims shown keep theirs first, then those shown before
        keep.update((c, colour) for c, colour in self._shown_colours.items() if c not in keep)
        self.state = ComparisonState(self.corpus, self.document_ids, keep=keep)
        self._shown_colours.update(self.state.colours)
        for pane in self.panes:
            pane.apply(self.state, self.show_attributions)
        if self.selected_claim is not None and self.selected_claim not in self.state.claims:
            self.selected_claim = None
        self.select_claim(self.selected_claim)
        self.documents_did_change.emit(self.document_ids)

    def refresh(self) -> None:
        """Re-read the analysis (after re-analysis or a correction), keeping the open articles."""
        if self.corpus is None:
            return
        existing = set(self.corpus.document_ids())
        self.set_documents([d for d in self.document_ids if d in existing])

    def reopen_changed_texts(self) -> None:
        """A pane whose document's text changed (read again from its file, or that taken back) opens again on the
        stored text: a pane keeps the text it opened with, and the new offsets would light the old words. With
        none open, the hint follows the corpus (its first documents imported, its last removed)."""
        if not self.panes:
            self.hint.setText(empty_hint(self.corpus))
        if self.corpus is None or not self.panes:
            return
        stored = self.corpus.documents_by_id(self.document_ids)
        changed = [p.document_id for p in self.panes if p.document_id in stored and stored[p.document_id].text != p.text]
        if changed:
            ids = self.document_ids
            self.set_documents([d for d in ids if d not in changed])
            self.set_documents(ids)

    def refresh_facts(self) -> None:
        """Each pane's title, outlet and date read again (after a correction or an import)."""
        for pane in self.panes:
            pane.show_facts()

    def read_coded(self) -> None:
        """A note or tag changed: each pane underlines the researcher's passages again."""
        for pane in self.panes:
            pane.read_coded()

    def set_show_attributions(self, on: bool) -> None:
        self.show_attributions = on
        for pane in self.panes:
            pane.apply(self.state, on)

    # -- selection --------------------------------------------------------------------

    def select_claim(self, claim_id: int | None) -> None:
        """Every pane scrolls to the claim and emphasises it; the others say none of their passages is linked to it."""
        if claim_id is not None and claim_id not in self.state.claims:
            claim_id = self._open_claim(claim_id)
        self.selected_claim = claim_id
        for pane in self.panes:
            pane.select_claim(claim_id)
        if claim_id is not None:  # once new panes have their place
            QTimer.singleShot(0, self, lambda: self._show_carriers(claim_id))
        self.claim_did_change.emit(claim_id)

    def _show_carriers(self, claim_id: int) -> None:
        """Scroll sideways to the articles carrying the claim when one is out of view: a claim picked in the claims
        table opened its 3 articles after 4 open ones, and at 1600 px the panes in view each said "No passage of
        this source was linked" while the claim's own were off to the right. The article with the caret stays."""
        if claim_id != self.selected_claim:
            return
        carriers = [pane for pane in self.panes if self.state.carries(pane.document_id, claim_id)]
        left, width = self.scroller.horizontalScrollBar().value(), self.scroller.viewport().width()
        if all(left <= pane.x() and pane.x() + pane.width() <= left + width for pane in carriers):
            return
        current = [pane for pane in carriers if pane.document_id == self.current_document]
        for pane in (carriers[-1], carriers[0], *current):
            self.scroller.ensureWidgetVisible(pane, 0, 0)

    def _open_claim(self, claim_id: int) -> int | None:
        """A claim picked outside the comparison: open the articles carrying it first."""
        from viewer.analysis import store

        try:
            claim = store.claim(self.corpus, claim_id)
        except (IndexError, KeyError):
            return None
        wanted = self.document_ids + [d for d in claim.documents() if d not in self.document_ids]
        if len(wanted) > len(self.document_ids):
            self.selected_claim = None
            self.set_documents(wanted)
        return claim_id if claim_id in self.state.claims else None

    def step_claim(self, step: int) -> None:
        """Next/previous shared claim, in the reading order of the current article."""
        anchor = self.current_document if self.current_document in self.document_ids else (
            self.document_ids[0] if self.document_ids else None)
        if anchor is None:
            return
        order = self.state.order_in(anchor)
        if not order:
            return
        if self.selected_claim in order:
            index = (order.index(self.selected_claim) + step) % len(order)
        else:
            index = 0 if step > 0 else len(order) - 1
        self.select_claim(order[index])

    def show_statement(self, document_id: int, start: int, end: int) -> None:
        """Open or focus the statement's article and emphasise the statement."""
        pane = self.add_document(document_id)
        pane.select_statement(start, end)
        self.current_document = document_id
        self.current_document_did_change.emit(document_id)

    def close_current(self) -> None:
        """Close the article with the caret (the last one when none has it)."""
        ids = self.document_ids
        if ids:
            self.remove_document(self.current_document if self.current_document in ids else ids[-1])

    def focus_target(self) -> QWidget | None:
        """The article with the caret, or the first one open: where Ctrl+2 goes."""
        ids = self.document_ids
        if not ids:
            return None
        return self.pane(self.current_document if self.current_document in ids else ids[0]).text_view

    def tab_chain(self) -> list[QWidget]:
        return [pane.text_view for pane in self.panes]

    def selected_passages(self) -> list[tuple[int, int, int]]:
        """The passages selected in the two panes selected in last: what "Link selected passages" links."""
        passages = [self.pane(d).selected_passage() for d in self._selected_in[-2:]]
        return [p for p in passages if p is not None]

    def current_passage(self) -> tuple[int, int, int] | None:
        """The passage selected in the pane selected in last: what a note on a passage is written on."""
        return self.pane(self._selected_in[-1]).selected_passage() if self._selected_in else None

    def _on_pane_selection_did_change(self, document_id: int) -> None:
        had = document_id in self._selected_in
        if had:
            self._selected_in.remove(document_id)
        if self.pane(document_id).selected_passage() is not None:
            self._selected_in.append(document_id)
        elif not had:
            return
        self.passages_did_change.emit()

    def _on_pane_focused(self, document_id: int) -> None:
        self.scroller.ensureWidgetVisible(self.pane(document_id), 0, 0)
        self.current_document = document_id
        self.current_document_did_change.emit(document_id)
