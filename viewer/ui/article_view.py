"""One article in the comparison: its header, a banner, and its text with claims lit on exact offsets.

Claims, discrepancies, boilerplate and attributions are char formats laid on with QTextCursor at
the stored offsets (converted to Qt's UTF-16 positions); the selected claim or statement is an
extra selection. The text widget itself, with its gutter markers, is `article_text_view`.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolButton, QVBoxLayout, QWidget

from viewer.analysis import store
from viewer.analysis.closest_passages import ClosestPassage, closest_passages
from viewer.analysis.model import NOT_STATED_EXPLAINED, unsaid_label
from viewer.analysis.pipeline import too_long_to_analyse
from viewer.comparison import (
    BOILERPLATE_GREY, CLOSEST_TINT, DISCREPANCY_MARK, FOUND_TINT, STATEMENT_TINT, UNSAID_TINT, ComparisonState, tint,
)
from viewer.corpus import notes, publication
from viewer.corpus.length_limit import ANALYSIS_READS
from viewer.corpus.removal import copy_worth_keeping
from viewer.corpus.dating import Dating
from viewer.corpus.store import Corpus
from viewer.corpus.text_reader import older_reader_count, read_by_older_reader, reader_note
from viewer.provenance.discrepancy_words import readable, sides_of, source_names
from viewer.provenance.wording import NO_OUTLET, claim_label, date_label
from viewer.ui.absence_banner import AbsenceBanner
from viewer.ui.article_text_view import ArticleTextView
from viewer.ui.document_table import NEAR_DUPLICATE
from viewer.ui.pane_header import PaneHeader


REMOVE_COPY = "remove-copy"  # the header link's address: asks, as Edit → Remove from corpus… does
REREAD = "reread"  # the header link of a document an older reader read: asks, as the list's "Re-read dN…" does
REREAD_ALL = "reread-all"  # beside it when others are marked too: asks, as File → Re-read all marked documents… does


class ArticleView(QWidget):
    """A pane of the comparison: header, "nothing linked" banner, the lit text, pane controls."""

    claim_activated = Signal(int)
    link_requested = Signal(int, object)  # claim, (document, start, end) of the passage to link to it
    unlink_requested = Signal(int, int)  # claim, document: the article does not carry it
    copy_requested = Signal(int)  # claim: onto the clipboard with its sources
    carries_requested = Signal(int, object)  # claim, (document, start, end) of a selected passage that carries it
    selection_did_change = Signal(int)  # document
    close_requested = Signal(int)
    move_requested = Signal(int, int)
    focused = Signal(int)
    removal_requested = Signal(int)  # document: a near-duplicate's "remove this copy…" in the header
    reread_requested = Signal(int)  # document: an older reader's text, "re-read from its file…" in the header
    reread_all_requested = Signal()  # "re-read all N marked…" in that header line

    def __init__(self, corpus: Corpus, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.document_id = document_id
        document = corpus.document(document_id)
        self.text = document.text
        self.setObjectName(f"article-d{document_id}")

        controls = []
        for symbol, tip, handler in (
            ("◀", "Move this article left", lambda: self.move_requested.emit(document_id, -1)),
            ("▶", "Move this article right", lambda: self.move_requested.emit(document_id, 1)),
            ("✕", "Close this article", lambda: self.close_requested.emit(document_id)),
        ):
            button = QToolButton(text=symbol, toolTip=tip, autoRaise=True)
            button.clicked.connect(handler)
            controls.append(button)
        # the headline takes the pane's whole width and the buttons sit beside the facts: beside the headline they
        # left it 150 of a laptop pane's 240 px, five lines of it above a banner and seven lines of the article
        self.header = PaneHeader(controls)
        self.title_label, self.facts_label = self.header.title_label, self.header.facts_label
        self.facts_label.linkActivated.connect(self._on_link_activated)
        self.show_facts()

        self.banner = AbsenceBanner(self)
        self.banner.show_requested.connect(self.show_closest)
        self.banner.link_requested.connect(self._on_link_requested)
        self.banner.next_requested.connect(self.next_closest)
        self.unread = too_long_to_analyse(len(self.text)) if len(self.text) > ANALYSIS_READS else ""
        if self.unread:  # said as the pane opens: nothing will ever be lit in it
            self.banner.say_unread(self.unread, None)
            self.banner.show()

        self.text_view = ArticleTextView(self)
        self.text_view.set_article(self.text)
        self.text_view.claim_activated.connect(self.claim_activated)
        self.text_view.unlink_requested.connect(lambda claim_id: self.unlink_requested.emit(claim_id, document_id))
        self.text_view.copy_requested.connect(self.copy_requested)
        self.text_view.carries_requested.connect(
            lambda claim_id, span: self.carries_requested.emit(claim_id, (document_id, *span)))
        self.text_view.selectionChanged.connect(lambda: self.selection_did_change.emit(document_id))
        self.text_view.hover_text = self._hover_text
        self.text_view.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.text_view, 1)

        self.state: ComparisonState | None = None
        self._statement: tuple[int, int] | None = None
        self.found: list[tuple[int, int]] = []  # the words of the document list's search, where they are
        self.coded: list[tuple[int, int, tuple[str, ...]]] = []  # passages the researcher noted or tagged

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.header.fit_pane(self.height())

    def show_facts(self) -> None:
        """Title, outlet and date as the timeline and the exports give them: the date a dateline or the
        text gave (the header said "date unknown" beside a timeline dating it), and a correction at once."""
        document = self.corpus.document(self.document_id, with_text=False)
        dating = publication.dating(self.corpus, self.document_id)
        title = document.title or Path(document.source_path).name
        self.title_label.setText(title)
        self.title_label.set_line(" ".join(title.split()))
        self.title_label.setToolTip(title)
        outlet = dating.outlet or document.outlet
        facts = [f"d{self.document_id}", outlet or NO_OUTLET, date_label(dating), Path(document.source_path).name]
        if document.near_duplicate_of:  # two panes of one title read alike: say why where it shows
            facts.insert(1, f"{NEAR_DUPLICATE} near-duplicate of d{document.near_duplicate_of}")
        # folded, the facts are a line: the date first and in short words ("undated", the day alone, "?" after one
        # the dating doubts), then the outlet ("no outlet"); in a laptop's pane "d5 · no outlet · 2015-11-2…" lost
        # the day of the one article its text dates. The file name waits for the unfolded header and the tooltip:
        # last on the line, it showed as "000_…" in every pane at 1280 and 1920 px, and cut the outlet to "EFE an…"
        self.facts_label.set_line(" · ".join([*facts[:-3], _short_date(dating), outlet or NO_OUTLET]))
        # a file name may break after _ . - (a zero-width space): in a narrow pane it was cut ("…54a2e.jso")
        facts[-1] = re.sub(r"([_.\-])", "\\1\u200b", facts[-1])
        shown = [html.escape(f) for f in facts]
        links = False
        if document.near_duplicate_of and not self.corpus.read_only \
                and not copy_worth_keeping(self.corpus, self.document_id):  # the copy taken out where it is seen
            shown[1] += f' (<a href="{REMOVE_COPY}">remove this copy…</a>)'
            links = True
        older = read_by_older_reader(document.text_reader, document.source_path, document.source_format)
        if older:  # quiet, last: a newer reader may read the file better (a PDF read as a grid of words before session 30)
            shown[-1] += " · read by an older reader" + ("" if self.corpus.read_only else self._reread_links())
            links = links or not self.corpus.read_only
        self.facts_label.setToolTip(" · ".join(facts).replace("\u200b", "") + f"\n{document.source_path}\nSHA-256 {document.sha256}"
                                    + (f"\n{reader_note(document.text_reader, document.source_format)}" if older else ""))
        self.facts_label.setText(" · ".join(shown))
        if links:  # something to act on: folded, its link would be cut off the line
            self.header.fold(False)
        self.header.fit()

    def _reread_links(self) -> str:
        """This document's re-read, and all of the marked ones when there are others (an upgraded corpus marks every
        document an older reader read, and one at a time was the only cure)."""
        marked = older_reader_count(self.corpus)
        every = f' · <a href="{REREAD_ALL}">re-read all {marked} marked…</a>' if marked > 1 else ""
        return f' (<a href="{REREAD}">re-read from its file…</a>{every})'

    def _on_link_activated(self, link: str) -> None:
        if link == REREAD_ALL:
            self.reread_all_requested.emit()
        else:
            (self.reread_requested if link == REREAD else self.removal_requested).emit(self.document_id)

    def selected_passage(self) -> tuple[int, int, int] | None:
        """(document, start, end) of the selected text, the stable key a hand link names."""
        span = self.text_view.selected_span()
        return (self.document_id, *span) if span else None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.text_view and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.document_id)
        return False

    # -- formats ----------------------------------------------------------------------

    def apply(self, state: ComparisonState, show_attributions: bool) -> None:
        """Lay the formats for this comparison on the text (once per change of open articles)."""
        self.state = state
        view = self.text_view
        view.lit = state.lit(self.document_id)
        pos = view.positions
        cursor = QTextCursor(view.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        for span in self.corpus.boilerplate(self.document_id):
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(BOILERPLATE_GREY))
            fmt.setFontItalic(True)
            fmt.setToolTip("Boilerplate (navigation, captions, copyright): kept but not analysed")
            self._format(cursor, pos(span.start), pos(span.end), fmt)
        if show_attributions:
            for a in store.attributions(self.corpus, self.document_id):
                self._format_attribution(cursor, a)
        for lit in view.lit:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(tint(lit.colour)))
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.WaveUnderline if lit.differs
                else QTextCharFormat.UnderlineStyle.DotLine if lit.rendering
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            fmt.setUnderlineColor(QColor(DISCREPANCY_MARK if lit.differs else "#555555"))
            if lit.rendering:  # told apart by its line as well as its words, not by colour alone
                fmt.setToolTip(f"{lit.rendering} rendering of claim {claim_label(lit.claim_id)} (the words that translate it are lit "
                               "in the same colour): one source, two languages")
            self._format(cursor, pos(lit.start), pos(lit.end), fmt)
        cursor.endEditBlock()
        self.read_coded()

    def read_coded(self) -> None:
        """Underline the passages the researcher wrote a note or tags on (after a note is saved, too)."""
        self.coded = notes.coded_passages(self.corpus, self.document_id)
        self.refresh_selection()

    def _format_attribution(self, cursor: QTextCursor, a) -> None:
        pos = self.text_view.positions
        content = QTextCharFormat()
        content.setBackground(QColor("#f1ecf7" if a.made else UNSAID_TINT))
        if not a.made:  # "Police did not say whether…": the words are no statement of theirs, and the tip says so
            content.setToolTip(f"{a.shown_speaker} {unsaid_label(a.negation)} this: not a statement of theirs")
        self._format(cursor, pos(a.content.start), pos(a.content.end), content)
        if a.speaker is not None:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QColor("#3b2a6b"))
            named = a.speaker_name and a.speaker_role
            fmt.setToolTip(f"Speaker: {a.shown_speaker}" + (f" ({a.speaker_role})" if named else ""))
            self._format(cursor, pos(a.speaker.start), pos(a.speaker.end), fmt)
        if a.cue is not None:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            self._format(cursor, pos(a.cue.start), pos(a.cue.end), fmt)

    @staticmethod
    def _format(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    # -- selection --------------------------------------------------------------------

    def select_claim(self, claim_id: int | None, scroll: bool = True) -> None:
        """Emphasise the claim's mention and scroll to it, or say nothing here was linked to it and
        name the closest passages."""
        self.text_view.selected_claim = claim_id
        self.text_view.closest = None
        self._statement = None
        carries = claim_id is None or (self.state is not None and self.state.carries(self.document_id, claim_id))
        judged = self.state.judged_out(self.document_id, claim_id) if claim_id is not None and self.state else None
        if self.unread:
            self.banner.say_unread(self.unread, claim_id)
        elif claim_id is not None and not carries:
            self.banner.say(claim_id, self._closest(claim_id), judged)
        self.banner.setVisible(bool(self.unread) or not carries)
        self.refresh_selection()
        if scroll and claim_id is not None and carries:
            first = next(lit for lit in self.text_view.lit if lit.claim_id == claim_id)
            self.scroll_to(first.start)

    def _closest(self, claim_id: int) -> list[ClosestPassage]:
        claim = self.state.claims.get(claim_id) if self.state is not None else None
        return closest_passages(self.corpus, claim, self.document_id) if claim is not None else []

    def next_closest(self) -> None:
        """The banner names the next closest passage; an outlined passage moves with it."""
        outlined = self.text_view.closest is not None
        self.banner.next_passage()
        if outlined:
            self.show_closest()

    def show_closest(self) -> None:
        """Outline the banner's closest passage in the text and scroll to it (it stays unlinked)."""
        passage = self.banner.passage
        if passage is None:
            return
        self.text_view.closest = (passage.start, passage.end)
        self.refresh_selection()
        self.scroll_to(passage.start)

    def _on_link_requested(self) -> None:
        passage, claim_id = self.banner.passage, self.text_view.selected_claim
        if passage is not None and claim_id is not None:
            self.link_requested.emit(claim_id, (passage.document, passage.start, passage.end))

    def select_statement(self, start: int, end: int) -> None:
        """Emphasise an attribution chosen in the attribution panel."""
        self._statement = (start, end)
        self.text_view.closest = None
        self.banner.setVisible(bool(self.unread))
        self.refresh_selection()
        self.scroll_to(start)

    def show_found(self, spans: list[tuple[int, int]]) -> None:
        """Mark the words a search found here, and bring the first into view."""
        self.found = list(spans)
        self.refresh_selection()
        if self.found:
            self.scroll_to(self.found[0][0])

    def refresh_selection(self) -> None:
        view = self.text_view
        selections = []
        for start, end, tags in self.coded:
            selection = self._span(start, end)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            selection.format.setUnderlineColor(QColor(FOUND_TINT))
            selection.format.setToolTip("Your passage" + (f" — tags: {', '.join(tags)}" if tags else " — with a note"))
            selections.append(selection)
        for start, end in self.found:  # first: a claim's or statement's colour is drawn over it
            selection = self._span(start, end)
            selection.format.setBackground(QColor(FOUND_TINT))
            selection.format.setForeground(QColor("#FFFFFF"))
            selection.format.setFontWeight(QFont.Weight.Bold)
            selection.format.setToolTip("Found by the search of the document list")
            selections.append(selection)
        if view.selected_claim is not None:
            for lit in view.lit:
                if lit.claim_id != view.selected_claim:
                    continue
                selection = self._span(lit.start, lit.end)
                selection.format.setBackground(QColor(lit.colour))
                selection.format.setForeground(QColor("#000000"))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
                selections.append(selection)
        if self._statement is not None:
            selection = self._span(*self._statement)
            selection.format.setBackground(QColor(STATEMENT_TINT))
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selections.append(selection)
        if view.closest is not None:
            selections.append(self._closest_selection(*view.closest))
        view.setExtraSelections(selections)
        view.viewport().update()
        view.gutter.update()

    def _span(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        """An extra selection over the text's characters ``start`` to ``end``, to be given its look."""
        view = self.text_view
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(view.document())
        selection.cursor.setPosition(view.positions(start))
        selection.cursor.setPosition(view.positions(end), QTextCursor.MoveMode.KeepAnchor)
        return selection

    def _closest_selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        """Grey with a dotted underline (the view adds a dashed outline): no claim's colour, since it is no claim."""
        selection = self._span(start, end)
        selection.format.setBackground(QColor(CLOSEST_TINT))
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        selection.format.setUnderlineColor(QColor("#333333"))
        selection.format.setToolTip("Closest passage to the selected claim: not linked")
        return selection

    def scroll_to(self, index: int) -> None:
        """Bring a stored offset to a third of the way down the pane and put the caret there."""
        view = self.text_view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions(index))
        view.setTextCursor(cursor)
        bar = view.verticalScrollBar()
        top = view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - view.viewport().height() // 3)

    def mention_visible(self, claim_id: int) -> bool:
        """Whether the claim's first mention is inside the visible part of the pane (for tests and bench)."""
        view = self.text_view
        for lit in view.lit:
            if lit.claim_id == claim_id:
                cursor = QTextCursor(view.document())
                cursor.setPosition(view.positions(lit.start))
                return view.viewport().rect().intersects(view.cursorRect(cursor))
        return False

    def _hover_text(self, claim_id: int) -> str:
        if self.state is None:
            return ""
        elsewhere = self.state.elsewhere(claim_id, self.document_id)
        lines = [f"<b>Claim {claim_label(claim_id)}</b>" + (" — also carried by:" if elsewhere else "")]
        for m in elsewhere:
            lines.append(f"<p><b>{html.escape(self._source(m.document))}</b>: “{html.escape(m.text)}”</p>")
        judged = [html.escape(self._source(d)) for d in self.state.judged_out_of(claim_id)]
        if judged:
            lines.append(f"<p><i>Not carried by {', '.join(judged)}: your correction.</i></p>")
        unlinked = [html.escape(self._source(d)) for d in self.state.unlinked(claim_id)]
        if unlinked:
            lines.append(f"<p><i>No passage linked in {', '.join(unlinked)} — select the claim to see the closest "
                         "passages there (not linked is not silent).</i></p>")
        claim = self.state.claims.get(claim_id)
        if claim is not None and not claim.stated:
            lines.append(f"<p><i>{html.escape(NOT_STATED_EXPLAINED)}.</i></p>")
        elif claim is not None and self.document_id in claim.unsaid:
            lines.append("<p><i>This article holds it only in a report not made: it states it for no one.</i></p>")
        for m in claim.renderings_in(self.document_id) if claim else ():
            lines.append(f"<p>Rendered here in {html.escape(claim.rendered_in(m))}: “{html.escape(' '.join(m.text.split()))}”</p>")
        differing = claim.discrepancies if claim else ()
        names = source_names(self.corpus, sides_of(differing)) if differing else {}
        for d in differing:
            lines.append(f"<p style='color:{DISCREPANCY_MARK}'>≠ {html.escape(readable(d, names))}</p>")
        return "".join(lines)

    def _source(self, document_id: int) -> str:
        """"BNR (d1)", or "d2" where the outlet is unknown."""
        outlet = self.corpus.document(document_id, with_text=False).outlet
        return f"{outlet} (d{document_id})" if outlet else f"d{document_id}"

    def marker_point(self, claim_id: int) -> QPoint | None:
        """Centre of the claim's first mention in viewport coordinates (tests click here)."""
        view = self.text_view
        for lit in view.lit:
            if lit.claim_id == claim_id:
                cursor = QTextCursor(view.document())
                cursor.setPosition(view.positions(lit.start) + 1)
                return view.cursorRect(cursor).center()
        return None


def _short_date(dating: Dating) -> str:
    """"2015-11-25"; "2022-05-18?" where the header's whole words qualify it (estimated, sources disagree…)."""
    if dating.undated:
        return "undated"
    return dating.placed + ("?" if any(f not in ("corrected", "undated") for f in dating.flags) else "")
