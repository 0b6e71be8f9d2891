"""The main window: a frame holding the browser, the comparison, the attribution panel, the claims
table and notes in movable docks, and the parts that act on them.

The window builds the parts and hands each the few collaborators it uses: `TaskRunner` runs
jobs, `CorpusJobs` starts imports, analyses and exports, `CorrectionsController` turns gestures
into corrections, `CorpusOpening` and `RecentCorpora` open files, `KeyboardFocus` and
`NoteTargets` follow the researcher around. The actions (`actions.ACTIONS`) reach those parts.
The window itself shows a corpus and reacts, in one handler, to what a change touched.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from viewer import __version__
from viewer.analysis import store
from viewer.analysis.claims.blocks import keep_verified_blocks
from viewer.analysis.model import NOT_STATED
from viewer.corpus import search
from viewer.corpus.store import Corpus
from viewer.jobs import ANALYSIS, ATTRIBUTIONS, CLAIMS, DOCUMENTS, EVERYTHING, NOTES, SPEAKERS, Changes, counted
from viewer.provenance.wording import claim_label
from viewer.ui import actions
from viewer.ui.attribution_panel import AttributionPanel
from viewer.ui.claims_menu import ClaimsMenu
from viewer.ui.claims_panel import ClaimsPanel
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.corpus_jobs import CorpusJobs
from viewer.ui.corpus_opening import CorpusOpening
from viewer.ui.corrections_controller import CorrectionsController
from viewer.ui.document_browser import DocumentBrowserPanel
from viewer.ui.keyboard_focus import KeyboardFocus
from viewer.ui.note_targets import NoteTargets
from viewer.ui.notes_panel import NotesPanel
from viewer.ui.pane_room import PaneRoom
from viewer.ui.parser_warm_up import ParserWarmUp
from viewer.ui.recent_corpora import RecentCorpora
from viewer.ui.statements_copy import StatementsCopy
from viewer.ui.status_line import StatusLine
from viewer.ui.task_runner import TaskRunner
from viewer.ui.timeline_panel import TimelinePanel


class MainWindow(QMainWindow):
    def __init__(self, corpus: Corpus | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.settings = settings if settings is not None else QSettings()
        self.setAcceptDrops(True)
        # Docks move without animation: a finished dock animation, deleted on this thread while an export thread
        # laid out its PDF, hung both (Qt's connection lock on one side, Python's on the other).
        self.setAnimated(False)
        keep_verified_blocks()  # each hand link relinks the whole corpus: what the relink before verified is kept for it

        self.comparison = ComparisonView(corpus)
        self.setCentralWidget(self.comparison)
        self.browser = DocumentBrowserPanel(corpus)
        self.attribution_panel = AttributionPanel(corpus)
        self.claims_panel = ClaimsPanel(corpus)
        self.notes_panel = NotesPanel(corpus)
        self.timeline_panel = TimelinePanel(corpus, lambda: self.comparison.current_document)
        self.docks = {
            "documents": self._dock("Documents", self.browser, Qt.DockWidgetArea.LeftDockWidgetArea),
            "attributions": self._dock("Attributions", self.attribution_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "notes": self._dock("Notes and tags", self.notes_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "claims": self._dock("Claims", self.claims_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "timeline": self._dock("Timeline and relays", self.timeline_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.splitDockWidget(self.docks["claims"], self.docks["timeline"], Qt.Orientation.Horizontal)
        self.tabifyDockWidget(self.docks["attributions"], self.docks["notes"])
        self.docks["attributions"].raise_()

        # Said for as long as the corpus is open read-only: a line in the status bar's message area is gone at the
        # next message (a search's hits, a menu's hint), and the researcher would think their changes can be saved.
        self._claim_line = ""  # the status bar's word on the selected claim, taken back when none is selected
        self.read_only_note = QLabel()
        self.read_only_note.setVisible(False)
        self.statusBar().addPermanentWidget(self.read_only_note)
        self.summary = QLabel()
        self.statusBar().addPermanentWidget(self.summary)
        self.status_line = StatusLine(self.statusBar(), self.summary)
        self.runner = TaskRunner(self.statusBar(), self)
        self.parser_warm_up = ParserWarmUp(self.runner, self)
        self.jobs = CorpusJobs(self, self.runner, self.comparison, self.settings)
        self.corrections = CorrectionsController(self.comparison, self.attribution_panel, self.runner,
                                                 lambda line: self.statusBar().showMessage(line, 10000))
        self.opening = CorpusOpening(self, self._on_corpus_did_open)
        self.focus = KeyboardFocus(self.docks, [self.browser, self.comparison, self.attribution_panel,
                                                self.notes_panel, self.claims_panel, self.timeline_panel])
        self.note_targets = NoteTargets(self.comparison, self.notes_panel)
        self.jobs.before_removal = self.note_targets.let_go_of
        self.jobs.remember_undo = self.corrections.remember
        self.jobs.forget_undo = self.corrections.drop_removals
        self.pane_room = PaneRoom(self, self.comparison, list(self.docks.values()))
        self._install_actions()
        self.recent = RecentCorpora(self.settings, self.menus["&File"].addMenu("Open &recent"), self.opening.open)
        self.menus["&File"].insertMenu(self.actions["file.import_files"], self.recent.menu)

        self.comparison.documents_did_change.connect(self._on_comparison_did_change)
        self.comparison.documents_did_change.connect(self.pane_room.fit_soon)
        self.comparison.claim_did_change.connect(self._on_claim_did_change)
        self.comparison.passages_did_change.connect(self._refresh_actions)
        self.browser.documents_chosen.connect(self._on_documents_chosen)
        self.browser.current_document_did_change.connect(self.note_targets.document_picked)
        self.claims_panel.claim_selected.connect(self.comparison.select_claim)
        self.claims_panel.corrections_requested.connect(self.corrections.correct)
        self.attribution_panel.statement_selected.connect(self.note_targets.statement_picked)
        self.attribution_panel.speaker_selected.connect(self._on_speaker_chosen)
        self.attribution_panel.corrections_requested.connect(self.corrections.correct)
        self.timeline_panel.passage_requested.connect(self.comparison.show_statement)
        self.timeline_panel.claim_requested.connect(self.comparison.select_claim)
        self.timeline_panel.corrections_requested.connect(self.corrections.correct)
        self.browser.corrections_requested.connect(self.corrections.correct)
        self.browser.removal_requested.connect(self.jobs.remove_documents)
        self.comparison.removal_requested.connect(self.jobs.remove_documents)
        self.browser.reread_requested.connect(self.jobs.reread_document)
        self.comparison.reread_requested.connect(self.jobs.reread_document)
        self.comparison.reread_all_requested.connect(self.jobs.reread_marked)
        self.browser.reread_all_requested.connect(self.jobs.reread_marked)
        self.timeline_panel.relays.tell = lambda line: self.statusBar().showMessage(line, 10000)
        self.claims_menu = ClaimsMenu(self.claims_panel, lambda line: self.statusBar().showMessage(line, 10000))
        self.comparison.copy_requested.connect(self.claims_menu.copy_claim)
        self.statements_copy = StatementsCopy(self.attribution_panel, lambda line: self.statusBar().showMessage(line, 10000))
        self.runner.job_did_finish.connect(self._announce)
        self.runner.busy_did_change.connect(self._refresh_actions)
        self.runner.busy_did_change.connect(lambda _busy: self._show_summary())

        self.resize(1400, 900)
        self._default_state = self.saveState()
        self._sized = self._restore_layout()
        self.set_corpus(corpus)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.split()[0].lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _install_actions(self) -> None:
        installed = actions.install(self)
        self.actions, self.menus, self.toolbar = installed.actions, installed.menus, installed.toolbar
        self.menus["&View"].addSeparator()
        for dock in self.docks.values():
            self.menus["&View"].addAction(dock.toggleViewAction())
        self.comparison.context_actions += [self.actions["edit.link_passages"], self.actions["edit.note_passage"]]
        # Delete removes documents only from the document list: in a text box or an article it deletes text
        removing = self.actions["edit.remove_documents"]
        self.removeAction(removing)
        self.browser.view.addAction(removing)
        removing.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    # -- the corpus shown --------------------------------------------------------------

    def set_corpus(self, corpus: Corpus | None) -> None:
        """Show another corpus (or none); every part re-reads it."""
        if corpus is not self.corpus:
            self._remember_comparison()
            self.corrections.forget()
        if self.corpus is not None and self.corpus is not corpus:
            self.corpus.documents_did_change.disconnect(self._on_documents_did_change)
            self.corpus.analysis_did_change.disconnect(self._on_analysis_did_change)
            self.corpus.notes_did_change.disconnect(self._on_notes_did_change)
        self.corpus = corpus
        if corpus is not None:
            corpus.documents_did_change.connect(self._on_documents_did_change)
            corpus.analysis_did_change.connect(self._on_analysis_did_change)
            corpus.notes_did_change.connect(self._on_notes_did_change)
            if str(corpus.path) != ":memory:":
                self.recent.remember(corpus.path)
        name = f"{corpus.path.name}{' [read-only]' if corpus.read_only else ''}" if corpus else "no corpus"
        self.setWindowTitle(f"{name} — Provenance Viewer {__version__}")
        self._show_read_only(corpus)
        for part in (self.runner, self.comparison, self.browser, self.attribution_panel, self.claims_panel,
                     self.notes_panel, self.timeline_panel):
            part.set_corpus(corpus)
        self._shown_version = corpus.data_version() if corpus is not None else None
        if corpus is None:
            self.parser_warm_up.stop()
        elif self.isVisible():
            self.parser_warm_up.arm(corpus)
        self._show_summary()
        self._refresh_actions()

    def _show_read_only(self, corpus: Corpus | None) -> None:
        read_only = corpus is not None and corpus.read_only
        self.read_only_note.setVisible(read_only)
        self.read_only_note.setText(f"{corpus.path.name} is read-only: it is open for reading" if read_only else "")
        self.read_only_note.setToolTip(
            "Its file or folder cannot be written (a read-only disk, share or file): imports, analysis, notes"
            " and corrections cannot be saved in it. Exports can be written elsewhere." if read_only else "")

    def _show_summary(self) -> None:
        if self.corpus is None:
            self.summary.setText("No corpus open: File → New corpus or Open corpus")
            return
        count = self.corpus.document_count()
        waiting = store.unanalysed_count(self.corpus)
        refused = len(store.too_long(self.corpus))
        too_long = f" — {refused} too long to analyse" if refused else ""
        press = " (Ctrl+R)" if self.runner.idle else ""  # beside a running analysis's bar, "(Ctrl+R)" asked for another
        if waiting == count - refused and waiting:
            self.summary.setText(f"{counted(count, 'document')} — not analysed yet{press}{too_long}")
        else:
            unlinked = " — claims and speakers not linked yet" if not waiting and store.links_pending(self.corpus) else ""
            self.summary.setText(counted(count, "document") + (f" — {waiting} not analysed yet" if waiting else "")
                                 + (unlinked + press if waiting or unlinked else "") + too_long)

    def _on_corpus_did_open(self, corpus: Corpus) -> None:
        old = self.corpus
        self.set_corpus(corpus)
        if old is not None and old is not corpus:
            old.close()
        self._restore_comparison(corpus)
        if corpus.stripped and not corpus.read_only:
            self.statusBar().showMessage(f"{corpus.path.name}: " + "; ".join(corpus.stripped))

    def _remember_comparison(self) -> None:
        if self.corpus is not None and str(self.corpus.path) != ":memory:":
            self.recent.remember_comparison(self.corpus.path, self.comparison.document_ids,
                                            self.comparison.selected_claim)

    def _restore_comparison(self, corpus: Corpus) -> None:
        """The articles the researcher had open in this corpus, and the claim, where they still exist."""
        documents, claim_id = self.recent.comparison(corpus.path)
        existing = set(corpus.document_ids()) if documents else set()
        self.comparison.set_documents([d for d in documents if d in existing])
        if claim_id in self.comparison.state.claims:  # never opens other articles for a claim since unlinked
            self.comparison.select_claim(claim_id)

    def compare(self, document_ids: list[int], claim_id: int | None = None) -> None:
        """Show exactly these articles side by side, optionally with a claim selected."""
        self.comparison.set_documents(document_ids)
        if claim_id is not None:
            self.comparison.select_claim(claim_id)

    # -- reactions -----------------------------------------------------------------------

    def _on_comparison_did_change(self, document_ids: list[int]) -> None:
        state = self.comparison.state
        self.claims_panel.reload(documents=document_ids, colours=state.colours, made=state.judgements)
        self.attribution_panel.set_open_documents(document_ids)
        self.focus.update_tab_order()
        self._refresh_actions()

    def _on_claim_did_change(self, claim_id: int | None) -> None:
        self.claims_panel.show_claim(claim_id)
        self.timeline_panel.show_claim(claim_id, self.comparison.state.colours)
        self._refresh_actions()
        claim = self.comparison.state.claims.get(claim_id) if claim_id is not None else None
        if claim is not None and claim.mentions:
            carried = sum(1 for d in self.comparison.document_ids if claim.mentions_in(d))
            judged = ", ".join(f"d{d}" for d in self.comparison.state.judged_out_of(claim.id))
            rendered = ", ".join(f"in {claim.rendered_in(m)} in d{m.document}" for d in self.comparison.document_ids
                                 for m in claim.renderings_in(d))
            unsaid = ", ".join(f"d{d}" for d in self.comparison.document_ids if d in claim.unsaid)
            self._claim_line = (
                f"Claim {claim_label(claim.id)}{'' if claim.stated else ' (' + NOT_STATED + ')'}: carried by {carried} of"
                f" {counted(len(self.comparison.document_ids), 'open article')}"
                + (f"; only in a report not made in {unsaid}" if unsaid else "")
                + (f"; rendered {rendered}" if rendered else "")
                + (f"; not carried by {judged} (your correction)" if judged else ""))
            self.statusBar().showMessage(self._claim_line)
        elif self._claim_line and self.statusBar().currentMessage() == self._claim_line:
            self.statusBar().clearMessage()  # "Claim [1]: carried by 2 of 3" stayed over articles that share no claim 1

    def _on_speaker_chosen(self, speaker) -> None:
        """Follow a speaker: the document browser lists the articles where they are heard."""
        documents = self.attribution_panel.model.documents_of(speaker)
        self.browser.show_only(documents, f"where {speaker.name} is heard")
        self.docks["documents"].show()

    def _on_documents_did_change(self) -> None:
        self._on_changes(Changes("", frozenset({DOCUMENTS})))

    def _on_analysis_did_change(self, touched: frozenset[str] = ANALYSIS) -> None:
        self._on_changes(Changes("", frozenset(touched)))

    def _on_changes(self, changes: Changes) -> None:
        """The one place the window reacts to a write: refresh what it touched."""
        if changes.touches(DOCUMENTS):
            self.comparison.reopen_changed_texts()  # before anything relights a pane with the new text's offsets
        if changes.touches(DOCUMENTS) or changes.touches(CLAIMS):
            self.browser.reload()  # new rows, or new claim counts
        if changes.touches(CLAIMS) or changes.touches(ATTRIBUTIONS):
            self.comparison.refresh()  # re-lights the panes; the claims table follows
        if changes.touches(DOCUMENTS):
            self.comparison.refresh_facts()  # a corrected title, outlet or date in the panes' headers
        if changes.touches(SPEAKERS) or changes.touches(ATTRIBUTIONS) or changes.touches(DOCUMENTS):
            self.attribution_panel.reload(documents=self.comparison.document_ids)  # statements name their outlet
        if changes.touched:
            self.timeline_panel.reload()  # dates, outlets, sources and speakers all show there
            self._show_summary()
            self._refresh_actions()  # the first documents, or the first analysis, change what Export can do

    def _announce(self, changes: Changes) -> None:
        """A job wrote through its own connection, whose events nobody here hears: this window's
        corpus tells its observers (this window among them) what changed, then the claim a link made is selected."""
        self.corrections.drop_empty()  # a re-read that read the same leaves nothing to take back
        if self.corpus is None:
            return
        said = self.statusBar().currentMessage()  # the runner's word on the job: what it did, how to take it back
        if changes.touches(DOCUMENTS):
            self.corpus.documents_did_change.emit()
        if changes.touched & ANALYSIS:
            self.corpus.analysis_did_change.emit(changes.touched & ANALYSIS)
        if changes.touches(NOTES):  # the tag list and the underlined passages, after a removal, its undo, a re-read
            self.corpus.notes_did_change.emit()
        self._shown_version = self.corpus.data_version()  # what the job wrote is shown: not news on activation
        if changes.select_claim is not None:
            self.comparison.select_claim(changes.select_claim)
        if said and self.statusBar().currentMessage() != said:  # a relit claim's line overwrote it at once
            self.statusBar().showMessage(said, 15000)

    def _on_documents_chosen(self, document_ids: list[int]) -> None:
        """Open them; when the list shows a search's hits, each opens where the search's words are."""
        self.comparison.add_documents(document_ids)
        query = self.browser.search_box.text()
        if not query.strip():
            return
        try:
            found = {d: search.matches_in(self.corpus, query, d) for d in document_ids}
        except search.SearchError:
            return
        for document_id, spans in found.items():
            self.comparison.pane(document_id).show_found(spans)
        hits = ", ".join(f"d{d} {len(spans)}×" for d, spans in found.items())
        self.statusBar().showMessage(f"“{query.strip()}” found: {hits} (marked dark in the text)", 10000)

    def _on_notes_did_change(self, *_target) -> None:
        self.notes_panel.refresh_tags()
        self.comparison.read_coded()
        self.claims_panel.reload()
        self.attribution_panel.model.reload()

    def _refresh_actions(self, *_why) -> None:
        actions.refresh(self, self.actions)

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.runner.idle and self.corpus is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.jobs.import_paths(paths)

    # -- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> bool:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        return isinstance(state, QByteArray) and self.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.comparison.selected_claim is not None:  # chosen before the panes had their size: scroll again once they do
            QTimer.singleShot(0, lambda: self.comparison.select_claim(self.comparison.selected_claim))
        if not self._sized:  # first run: give the articles the room, docks a sensible share
            self._sized = True
            width = self.width()
            documents = max(int(width * 0.2), self.browser.wanted_width())  # 256 px at 1280 hid the claim counts
            self.resizeDocks([self.docks["documents"], self.docks["attributions"]],
                             [documents, int(width * 0.22)], Qt.Orientation.Horizontal)
            self.resizeDocks([self.docks["claims"]], [int(self.height() * 0.3)], Qt.Orientation.Vertical)
            self.resizeDocks([self.docks["claims"], self.docks["timeline"]], [int(width * 0.4), int(width * 0.6)],
                             Qt.Orientation.Horizontal)
        self.pane_room.fit_soon()  # once the docks have their sizes
        if self.corpus is not None:
            self.parser_warm_up.arm(self.corpus)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        before, after = event.oldSize(), event.size()
        if self._sized and self.isVisible() and before.width() > 0 and before.height() > 0:
            if after.height() != before.height():
                self._keep_bottom_share(after.height() / before.height())
            if after.width() != before.width():
                self._keep_side_share(after.width() / before.width())
        self.pane_room.fit_soon()

    def _docked_in(self, *areas: Qt.DockWidgetArea) -> list[QDockWidget]:
        """The docks shown in these areas: a tab behind another ("Notes and tags" behind the attributions) keeps the
        width it had when last shown, and sizing it too set the shown one's to that."""
        return [d for d in self.docks.values() if d.isVisible() and not d.isFloating() and self.dockWidgetArea(d) in areas
                and not d.visibleRegion().isEmpty()]

    def _keep_bottom_share(self, scale: float) -> None:
        """The bottom docks keep their share of the window's height: kept at their pixels, a window shrunk from
        1500×900 to a laptop's 1366×768 took all 132 px from the articles, which lost a fifth of their lines."""
        bottom = self._docked_in(Qt.DockWidgetArea.BottomDockWidgetArea)
        if bottom:
            self.resizeDocks(bottom, [round(d.height() * scale) for d in bottom], Qt.Orientation.Vertical)

    def _keep_side_share(self, scale: float) -> None:
        """The side docks keep their share of the window's width, as the bottom ones of its height (kept at their
        pixels, 1500 → 1280 px took all 220 px from the articles); the document list no narrower than shows its
        claim counts, unless it was already."""
        floor = {self.docks["documents"]: self.browser.wanted_width()}
        for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
            if side := self._docked_in(area):  # one area a call: two at once moved the right dock by the left's change
                widths = [max(round(d.width() * scale), min(d.width(), floor.get(d, 0))) for d in side]
                self.resizeDocks(side, widths, Qt.Orientation.Horizontal)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def show_about(self) -> None:
        from viewer.ui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)  # window-modal, so the event loop (and any running task) carries on
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    def changeEvent(self, event) -> None:
        """Back in this window: what another window or program wrote since is shown. Only notes and tags were
        read again: a link, an outlet or a removal made in a second window on the corpus left this one's panes,
        list and panels as they were until something here changed."""
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self.isVisible() and self.isActiveWindow()
                and self.corpus is not None):
            if self.runner.idle and self.corpus.data_version() != self._shown_version:
                self._shown_version = self.corpus.data_version()
                self._on_changes(Changes("", EVERYTHING))
            self.notes_panel.reread()
            self.claims_panel.reload()
            self.comparison.read_coded()

    def closeEvent(self, event) -> None:
        if not self.notes_panel.keep_unsaved():  # a note typed and not saved is saved, or the window stays
            event.ignore()
            return
        self.runner.stop()  # queued corrections are made before the window goes
        self.parser_warm_up.stop()
        self._remember_comparison()
        self.pane_room.give_back()  # the docks' own widths are the layout, not those they lent the articles
        self.save_layout()
        super().closeEvent(event)
