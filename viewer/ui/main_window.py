"""The main window: browser, comparison, attribution panel, claims table and notes, in movable docks."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QWidget,
)

from viewer import __version__
from viewer.analysis.corrections import Correction
from viewer.analysis.operations import analyse_job, correction_job
from viewer.corpus import notes
from viewer.corpus.importing import import_job
from viewer.corpus.store import Corpus, CorpusError
from viewer.export.formats import export_job, extension_format
from viewer.identifiers import describe_target
from viewer.render.pdf_layout import render
from viewer.ui import actions as action_specs
from viewer.ui.attribution_panel import AttributionPanel
from viewer.ui.claims_panel import ClaimsPanel
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.corpus_opening import CorpusOpening
from viewer.ui.corrections_controller import CorrectionsController
from viewer.ui.document_browser import DocumentBrowserPanel
from viewer.ui.keyboard_focus import KeyboardFocus
from viewer.ui.notes_panel import NotesPanel
from viewer.jobs import ANALYSIS, EVERYTHING, Changes, Job
from viewer.ui.tasks import BackgroundTask

RECENT_LIMIT = 8
FILTER_FORMATS = {"PDF (*.pdf)": "pdf", "JSON (*.json)": "json", "CSV (*.csv)": "csv", "Markdown (*.md)": "md",
                  "HTML (*.html)": "html"}
EXPORT_FILTERS = ";;".join(FILTER_FORMATS)


class MainWindow(QMainWindow):
    def __init__(self, corpus: Corpus | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.settings = settings if settings is not None else QSettings()
        self.task: BackgroundTask | None = None
        self.setAcceptDrops(True)

        self.comparison = ComparisonView(corpus)
        self.setCentralWidget(self.comparison)
        self.browser = DocumentBrowserPanel(corpus)
        self.attribution_panel = AttributionPanel(corpus)
        self.claims_panel = ClaimsPanel(corpus)
        self.notes_panel = NotesPanel(corpus)
        self.docks = {
            "documents": self._dock("Documents", self.browser, Qt.DockWidgetArea.LeftDockWidgetArea),
            "attributions": self._dock("Attributions", self.attribution_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "notes": self._dock("Notes and tags", self.notes_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "claims": self._dock("Claims", self.claims_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["attributions"], self.docks["notes"])
        self.docks["attributions"].raise_()

        self.corrections = CorrectionsController(self)
        self.opening = CorpusOpening(self, self._on_corpus_did_open, self.show_corpus_error)
        self.focus = KeyboardFocus(self)
        self.actions = action_specs.install(self)
        view_menu = self.menus["&View"]
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        self.comparison.context_actions.append(self.actions["edit.link_passages"])
        self.recent_menu = self.menus["&File"].addMenu("Open &recent")
        self.menus["&File"].insertMenu(self.actions["file.import_files"], self.recent_menu)
        self._build_status_bar()

        self.comparison.documents_did_change.connect(self._on_comparison_did_change)
        self.comparison.claim_did_change.connect(self._on_claim_did_change)
        self.comparison.current_document_did_change.connect(self._on_current_document_did_change)
        self.comparison.passages_did_change.connect(self._refresh_actions)
        self.browser.documents_chosen.connect(self.open_documents)
        self.browser.current_document_did_change.connect(self._on_current_document_did_change)
        self.claims_panel.claim_selected.connect(self.comparison.select_claim)
        self.claims_panel.corrections_requested.connect(self.correct)
        self.attribution_panel.statement_selected.connect(self.show_statement)
        self.attribution_panel.corrections_requested.connect(self.correct)
        self.notes_panel.target_requested.connect(self.show_note_target)

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

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(maximumWidth=260)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_task)
        self.summary = QLabel()
        bar = self.statusBar()
        bar.addPermanentWidget(self.summary)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    # -- corpus -------------------------------------------------------------------------

    def set_corpus(self, corpus: Corpus | None) -> None:
        """Show another corpus (or none); every panel re-reads it."""
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
                self._remember(corpus.path)
        name = f"{corpus.path.name}{' [read-only]' if corpus.read_only else ''}" if corpus else "no corpus"
        self.setWindowTitle(f"{name} — Provenance Viewer {__version__}")
        self.comparison.set_corpus(corpus)
        self.browser.set_corpus(corpus)
        self.attribution_panel.set_corpus(corpus)
        self.claims_panel.set_corpus(corpus)
        self.notes_panel.set_corpus(corpus)
        self._show_summary()
        self._refresh_actions()

    def _show_summary(self) -> None:
        if self.corpus is None:
            self.summary.setText("No corpus open: File → New corpus or Open corpus")
            return
        from viewer.analysis import store

        count = self.corpus.document_count()
        waiting = store.unanalysed_count(self.corpus)
        if waiting == count and count:
            self.summary.setText(f"{count} document(s) — not analysed yet (Ctrl+R)")
        else:
            self.summary.setText(f"{count} document(s)" + (f" — {waiting} not analysed yet (Ctrl+R)" if waiting else ""))

    def open_corpus(self, path: str | Path) -> None:
        self.opening.open(path)

    def _on_corpus_did_open(self, corpus: Corpus) -> None:
        old = self.corpus
        self.set_corpus(corpus)
        if old is not None and old is not corpus:
            old.close()
        if corpus.read_only:
            self.statusBar().showMessage(
                f"{corpus.path.name} is read-only: it is open for reading; imports, analysis, notes and"
                " corrections cannot be saved in it"
            )
        elif corpus.stripped:
            self.statusBar().showMessage(f"{corpus.path.name}: " + "; ".join(corpus.stripped))

    def show_corpus_error(self, message: str) -> None:
        """Why a file is not a corpus we can open (CorpusError's words), never a traceback."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the corpus", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    def new_corpus(self) -> None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        proposed = str(Path(documents) / "Untitled.corpus") if documents else ""
        path, _ = QFileDialog.getSaveFileName(self, "New corpus", proposed, "Provenance corpus (*.corpus)")
        if path:
            path = path if path.endswith(".corpus") else path + ".corpus"
            try:
                Corpus(path).close()
            except CorpusError as exc:
                self.show_corpus_error(str(exc))
                return
            self.open_corpus(path)

    def open_corpus_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open corpus", "", "Provenance corpus (*.corpus);;All files (*)")
        if path:
            self.open_corpus(path)

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self.recent_corpora() if p != str(path.resolve())]
        self.settings.setValue("corpus/last", str(path.resolve()))
        self.settings.setValue("corpus/recent", recent[:RECENT_LIMIT])
        self._fill_recent_menu()

    def recent_corpora(self) -> list[str]:
        value = self.settings.value("corpus/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_corpora():
            self.recent_menu.addAction(Path(path).name, lambda path=path: self.open_corpus(path)).setToolTip(path)
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    # -- comparison ---------------------------------------------------------------------

    def open_documents(self, document_ids: list[int]) -> None:
        for document_id in document_ids:
            self.comparison.add_document(document_id)

    def compare(self, document_ids: list[int], claim_id: int | None = None) -> None:
        """Show exactly these articles side by side, optionally with a claim selected."""
        self.comparison.set_documents(document_ids)
        if claim_id is not None:
            self.comparison.select_claim(claim_id)

    def show_statement(self, statement) -> None:
        self.comparison.show_statement(statement.document_id, statement.content.start, statement.content.end)
        key = notes.span_key(statement.document_id, statement.content.start, statement.content.end)
        self.notes_panel.set_target("statement", key, f"{statement.speaker_name or '?'} in d{statement.document_id}")

    def show_note_target(self, kind: str, key: str) -> None:
        if kind == "document":
            self.comparison.add_document(int(key.lstrip("d")))
        elif kind == "statement":
            self.comparison.show_statement(*notes.parse_span_key(key))
        else:
            self.comparison.select_claim(notes.parse_claim_key(key))
        self.notes_panel.set_target(kind, key, describe_target(self.corpus, kind, key))

    def next_claim(self) -> None:
        self.comparison.step_claim(1)

    def previous_claim(self) -> None:
        self.comparison.step_claim(-1)

    def set_show_attributions(self, on: bool) -> None:
        self.comparison.set_show_attributions(on)

    def close_current_article(self) -> None:
        current = self.comparison.current_document
        ids = self.comparison.document_ids
        self.comparison.remove_document(current if current in ids else ids[-1])

    def focus_claims(self) -> None:
        """Kept on the window for scripts and tests; the Ctrl+4 action calls `focus.claims`."""
        self.focus.claims()

    # -- reactions -----------------------------------------------------------------------

    def _on_comparison_did_change(self, document_ids: list[int]) -> None:
        self.claims_panel.reload(documents=document_ids, colours=self.comparison.state.colours)
        self.attribution_panel.set_open_documents(document_ids)
        self.focus.update_tab_order()
        self._refresh_actions()

    def _on_claim_did_change(self, claim_id: int | None) -> None:
        self.claims_panel.show_claim(claim_id)
        self._refresh_actions()
        claim = self.comparison.state.claims.get(claim_id) if claim_id is not None else None
        if claim is not None and claim.mentions:
            self.notes_panel.set_target("claim", notes.claim_key(claim.id), f"[{claim.id}] {claim.label}")
            carried = sum(1 for d in self.comparison.document_ids if claim.mentions_in(d))
            self.statusBar().showMessage(
                f"Claim [{claim.id}]: carried by {carried} of {len(self.comparison.document_ids)} open article(s)")

    def _on_current_document_did_change(self, document_id: int) -> None:
        self.notes_panel.set_target("document", notes.document_key(document_id), f"d{document_id}")

    def _on_documents_did_change(self) -> None:
        self._on_operation_did_change(Changes("", frozenset({"documents"})))

    def _on_analysis_did_change(self, touched: frozenset[str] = ANALYSIS) -> None:
        self._on_operation_did_change(Changes("", frozenset(touched)))

    def _on_operation_did_change(self, changes: Changes) -> None:
        """The one place the window reacts to a write: refresh what it touched."""
        if changes.touches("documents") or changes.touches("claims"):
            self.browser.reload()  # new rows, or new claim counts
        if changes.touches("claims") or changes.touches("attributions"):
            self.comparison.refresh()  # re-lights the panes; the claims table follows
        if changes.touches("speakers") or changes.touches("attributions"):
            self.attribution_panel.reload(documents=self.comparison.document_ids)
        if changes.touched:
            self._show_summary()

    def _announce(self, changes: Changes) -> None:
        """A job wrote through its own connection, whose events nobody here hears: this window's
        corpus tells its observers (this window among them) what changed, then the claim a link made is selected."""
        if self.corpus is None:
            return
        if changes.touches("documents"):
            self.corpus.documents_did_change.emit()
        if changes.touched & ANALYSIS:
            self.corpus.analysis_did_change.emit(changes.touched & ANALYSIS)
        if changes.select_claim is not None:
            self.comparison.select_claim(changes.select_claim)

    def _on_notes_did_change(self, *_target) -> None:
        self.claims_panel.reload()
        self.attribution_panel.model.reload()

    def _refresh_actions(self) -> None:
        action_specs.refresh(self, self.actions)

    # -- background work ----------------------------------------------------------------

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import files", "", "Articles (*.txt *.md *.html *.htm *.pdf *.json *.jsonl *.csv);;All files (*)")
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import a folder")
        if path:
            self.import_paths([path])

    def import_paths(self, paths: list[str]) -> BackgroundTask | None:
        return self.run_task("Importing", import_job(paths))

    def analyse(self) -> BackgroundTask | None:
        return self.run_task("Analysing", analyse_job())

    def run_task(self, title: str, job: Job) -> BackgroundTask | None:
        """Start a job on its own thread and connection; the window stays responsive."""
        if self.corpus is None or self.task is not None:
            return None
        if str(self.corpus.path) == ":memory:":
            QMessageBox.information(self, title, "An in-memory corpus cannot be worked on in the background.")
            return None
        self.task = BackgroundTask(title, self.corpus.path, job, self)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.done.connect(self._on_task_done)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(f"{title}…")
        self._refresh_actions()
        self.task.start()
        return self.task

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.statusBar().showMessage("Cancelling…")

    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.statusBar().showMessage(f"{self.task.title if self.task else ''}: {text} ({done}/{total})")

    def correct(self, steps: list[Correction], summary: str) -> BackgroundTask | None:
        """Record the researcher's corrections and relink, off the GUI thread."""
        if self.task is not None:
            self.statusBar().showMessage(f"Not applied: wait until “{self.task.title}” has finished", 10000)
            return None
        return self.run_task("Correcting", correction_job(steps, summary))

    def _on_task_done(self, ok: bool, message: str) -> None:
        task, self.task = self.task, None
        self.progress.hide()
        self.cancel_button.hide()
        result = task.result if task is not None else None
        if task is not None:
            task.deleteLater()
        if ok or (task is not None and task.cancelled):
            self.statusBar().showMessage(message, 15000)
        else:
            self.statusBar().showMessage("Failed: " + message.splitlines()[0], 15000)
            self._show_failure("The work did not finish", message)
        # A job that failed or was cancelled part-way returned no change record: it may have touched anything.
        self._announce(result if result is not None else Changes(message, EVERYTHING))
        self._refresh_actions()

    def _show_failure(self, title: str, message: str) -> None:
        """Window-modal and non-blocking, so a failure report never stalls the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message.split("\n\n")[0], parent=self)
        box.setDetailedText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    def export_dialog(self) -> None:
        target, chosen = QFileDialog.getSaveFileName(self, "Export", "", EXPORT_FILTERS)
        if target:
            self.export_to(*extension_format(target, FILTER_FORMATS.get(chosen)))

    def export_to(self, target: str, format: str | None = None) -> None:
        """Export the open comparison (or the corpus) off the GUI thread; the status bar says what was written."""
        if format is None:
            target, format = extension_format(target, None)
        documents = self.comparison.document_ids or None
        claims = sorted(self.comparison.state.claims) or None
        self.run_task("Exporting", export_job(format, target, documents, claims, render))

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.task is None and self.corpus is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> bool:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        restored = isinstance(state, QByteArray) and self.restoreState(state)
        self._fill_recent_menu()
        return bool(restored)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # first run: give the articles the room, docks a sensible share
            self._sized = True
            width = self.width()
            self.resizeDocks([self.docks["documents"], self.docks["attributions"]],
                             [int(width * 0.2), int(width * 0.22)], Qt.Orientation.Horizontal)
            self.resizeDocks([self.docks["claims"]], [int(self.height() * 0.3)], Qt.Orientation.Vertical)

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

    def closeEvent(self, event) -> None:
        if self.task is not None:
            self.task.wait()
            self.task = None
        self.save_layout()
        super().closeEvent(event)
