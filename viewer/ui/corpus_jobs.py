"""What the window runs in the background on the corpus: import (from dialogs or dropped files),
analysis, removal of documents and export. Each asks what it needs, builds its `viewer.jobs` job and hands it to the
runner; the window hears what changed from the runner."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from viewer.analysis.operations import analyse_job, remove_job, reread_job
from viewer.corpus import file_names
from viewer.export.formats import export_job, extension_format, files_written
from viewer.jobs import counted
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.document_undo import RemovalUndo, RereadsUndo, RereadUndo
from viewer.ui.export_process import ExportProcess, PdfRequest
from viewer.ui.field_map_dialog import FieldMapDialog, unmapped_groups
from viewer.ui.removals_dialog import RemovalsDialog
from viewer.ui.task_runner import TaskRunner
from viewer.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from viewer.corpus.importing import ImportReport
    from viewer.corpus.store import Document

FILTER_FORMATS = {"PDF (*.pdf)": "pdf", "JSON (*.json)": "json", "CSV (*.csv)": "csv", "Markdown (*.md)": "md",
                  "HTML (*.html)": "html"}
EXPORT_FILTERS = ";;".join(FILTER_FORMATS)
RESEARCHER_KEY = "reports/researcher"
NAMED_AT_MOST = 12  # documents a removal's question lists by name; the rest are counted
ARTICLE_FILES = "Articles (*.txt *.md *.html *.htm *.mhtml *.mht *.pdf *.docx *.json *.jsonl *.csv);;All files (*)"


class CorpusJobs:
    """Import, analyse and export, started from the window's actions."""

    def __init__(self, parent: QWidget, runner: TaskRunner, comparison: ComparisonView,
                 settings: QSettings | None = None) -> None:
        self.parent = parent
        self.runner = runner
        self.comparison = comparison  # an export holds what is open
        self.settings = settings if settings is not None else QSettings()
        self.field_dialog: FieldMapDialog | None = None
        self.name_dialog: QInputDialog | None = None
        self.before_removal: Callable[[list[int]], None] | None = None  # what lets go of documents about to go
        self.remember_undo: Callable[[RemovalUndo | RereadUndo | RereadsUndo], None] | None = None  # Edit → Undo's stack
        self.forget_undo: Callable[[set[int]], None] | None = None  # drops Edit → Undo's entries of forgotten removals
        self.removals_dialog: RemovalsDialog | None = None  # Edit → Removed documents…, while open

    def researcher(self) -> str | None:
        """The name reports carry on their cover and as the author of their PDF comments."""
        return " ".join(str(self.settings.value(RESEARCHER_KEY, "") or "").split()) or None

    def ask_researcher(self) -> None:
        """File → Your name in reports: without it a PDF's comments were signed by the program."""
        self.name_dialog = QInputDialog(self.parent)
        self.name_dialog.setWindowTitle("Your name in reports")
        self.name_dialog.setLabelText("Printed on the cover of reports, and the author of the PDF's comments"
                                      " (blank: none):")
        self.name_dialog.setTextValue(self.researcher() or "")
        self.name_dialog.textValueSelected.connect(self._on_researcher_chosen)
        self.name_dialog.open()

    def _on_researcher_chosen(self, name: str) -> None:
        self.settings.setValue(RESEARCHER_KEY, " ".join(name.split()))
        self.settings.sync()

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.parent, "Import files", "", ARTICLE_FILES)
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self.parent, "Import a folder")
        if path:
            self.import_paths([path])

    def import_paths(self, paths: list[str], field_map: dict[str, str] | None = None) -> BackgroundTask | None:
        """Import in the background; record files whose text field has another name are asked about after."""
        from viewer.corpus.importing import ImportOptions, import_job  # its format readers cost a second: loaded at the first import, not at window start

        heard: list[ImportReport] = []
        asks = field_map is None  # asked once: a mixed file's records with "text" lack the chosen field, and are reported
        task = self.runner.run("Importing", import_job(paths, ImportOptions(field_map=field_map or {}),
                                                       heard.append if asks else None))
        if task is not None and asks:
            task.done.connect(lambda ok, _message: self._after_import(heard[0]) if ok and heard else None)
        return task

    def _after_import(self, report: ImportReport) -> None:
        self._offer_outlets_from_names(report)
        self._ask_for_fields([report])

    def _offer_outlets_from_names(self, report: ImportReport) -> None:
        """Say so when the new documents name no outlet and their file names repeat a word that may be one
        ("nyt-2017-02-14.txt"): the way to set them all at once was in no message."""
        corpus = self.runner.corpus
        found = corpus.documents_by_id([d for _label, d in report.imported], with_text=False) if corpus else {}
        unnamed = {d: document.file_name for d, document in found.items() if not document.outlet}
        best = next(iter(file_names.readings(unnamed)), None) if len(unnamed) > 1 else None
        if best is None or len(best.groups()) == len(best.words):  # no word shared by two files
            return
        words = ", ".join([f"“{word}”" for word, documents in best.groups() if len(documents) > 1][:3])
        said = self.runner.status.currentMessage()
        self.runner.status.showMessage(
            f"{said.rstrip('.')}. {len(unnamed)} name no outlet; file names repeat {words}:"
            " Edit → Outlets from file names…", 30000)

    def _ask_for_fields(self, heard: list[ImportReport]) -> FieldMapDialog | None:
        """Which field holds the text, for the first group of record files that had none (the window's --map)."""
        groups = unmapped_groups(heard[0].textless)
        if not groups:
            return None
        files, fields = groups[0]
        dialog = FieldMapDialog(files, fields, [f for other, _ in groups[1:] for f in other], self.parent)
        dialog.accepted.connect(lambda: self.import_paths(files, dialog.field_map()))
        dialog.open()
        self.field_dialog = dialog
        return dialog

    def analyse(self) -> BackgroundTask | None:
        return self.runner.run("Analysing", analyse_job())

    def remove_documents(self, document_ids: list[int]) -> BackgroundTask | None:
        """Edit → Remove from corpus…: asked first, naming the documents (the files are left where they are);
        their panes close, then the removal and a relink run as one cancellable job: a cancel leaves every
        document in the corpus. The corpus keeps what went, and Edit → Undo brings it back."""
        corpus = self.runner.corpus
        if corpus is None:
            return None
        if not document_ids:
            self.runner.status.showMessage("Select the documents to remove in the document list first", 10000)
            return None
        found = corpus.documents_by_id(document_ids, with_text=False)
        names = [_named(found[d], found) for d in document_ids if d in found]
        if not names or not confirm_removal(self.parent, names):
            return None
        self.comparison.set_documents([d for d in self.comparison.document_ids if d not in found])
        if self.before_removal is not None:
            self.before_removal(list(found))
        undo = RemovalUndo(f"Removed {', '.join(names)}")
        task = self.runner.run("Removing", remove_job(list(found), undo.heard))
        if task is not None and self.remember_undo is not None:
            self.remember_undo(undo)
        return task

    def reread_document(self, document_id: int) -> BackgroundTask | None:
        """Re-read dN from its original file…: asked first, naming the file; the job reads the file, stores the new text
        (notes, tags and corrections follow their words), analyses it again and relinks, and its open pane shows the
        new text once done; Edit → Undo takes it back. A missing or changed file is said in the status bar, nothing
        changed."""
        corpus = self.runner.corpus
        if corpus is None:
            return None
        document = corpus.documents_by_id([document_id], with_text=False).get(document_id)
        if document is None or not confirm_reread(self.parent, document_id, document.source_path):
            return None
        if self.before_removal is not None:  # a note being typed on it is saved before its passages move
            self.before_removal([document_id])
        undo = RereadUndo(f"Read d{document_id} again from its original file")
        task = self.runner.run("Re-reading", reread_job(document_id, undo.heard))
        if task is not None and self.remember_undo is not None:
            self.remember_undo(undo)
        return task

    def reread_marked(self) -> BackgroundTask | None:
        """File → Re-read all marked documents…: every document an older version of its reader read (↻), asked once
        with how many; each is read again as "Re-read dN…" reads one, a refusal (file gone or changed) is named in the
        report at the end without stopping the rest, the claims are relinked once; Cancel keeps the ones finished, and
        Edit → Undo takes back all of them in one step."""
        from viewer.analysis.marked_rereads import reread_marked_job
        from viewer.corpus.text_reader import older_reader_ids

        corpus = self.runner.corpus
        if corpus is None:
            return None
        marked = older_reader_ids(corpus)
        if not marked:
            self.runner.status.showMessage("No document was read by an older version of its reader: nothing to read"
                                           " again", 10000)
            return None
        if not confirm_reread_marked(self.parent, len(marked)):
            return None
        if self.before_removal is not None:  # a note being typed on one is saved before its passages move
            self.before_removal(marked)
        undo = RereadsUndo(f"Read {counted(len(marked), 'marked document')} again from their files")
        task = self.runner.run("Re-reading", undo.watching(reread_marked_job(marked, undo.heard)))
        if task is not None and self.remember_undo is not None:
            self.remember_undo(undo)
        return task

    def forget_removed(self) -> BackgroundTask | None:
        """File → Forget removed documents…: the removals the corpus keeps (so Edit → Undo or `provenance removed`
        can bring them back) are deleted from the file for good, after a question that lists them and says it
        cannot be undone: a researcher who removed an article for privacy had to run the command line. Edit → Undo
        forgets the removals it would have brought back."""
        from viewer.corpus.removal import kept_removals

        corpus = self.runner.corpus
        if corpus is None:
            return None
        kept = kept_removals(corpus)
        if not kept:
            self.runner.status.showMessage("This corpus keeps no removed documents: there is nothing to forget", 10000)
            return None
        return self.forget_removals([k.id for k in kept])

    def forget_removals(self, numbers: list[int]) -> BackgroundTask | None:
        """Forget these kept removals for good (all of them, or the ones chosen in Edit → Removed documents…), after
        the question listing them; a number no longer kept is refused by the job with the CLI's words."""
        from viewer.corpus.removal import forget_job, kept_removals

        corpus = self.runner.corpus
        if corpus is None or not numbers:
            return None
        kept = [k for k in kept_removals(corpus) if k.id in set(numbers)]
        if not confirm_forgetting(self.parent, [(k.removed_at, [r.named() for r in k.documents]) for k in kept]):
            return None
        task = self.runner.run("Forgetting removed documents", forget_job(numbers))
        if task is not None and self.forget_undo is not None:
            self.forget_undo(set(numbers))
        return task

    def bring_back_removals(self, numbers: list[int]) -> BackgroundTask | None:
        """Bring back the removals chosen in Edit → Removed documents…, each all or nothing with its relink; one refused
        (its file imported again since) is named in the report and the others still come back. Their Edit → Undo
        entries go: there is no kept removal left for them to bring back."""
        from viewer.analysis.operations import bring_back_each_job

        if self.runner.corpus is None or not numbers:
            return None
        brought: list[int] = []
        task = self.runner.run("Bringing back", bring_back_each_job(numbers, brought.append))
        if task is not None and self.forget_undo is not None:
            task.done.connect(lambda _ok, _message: self.forget_undo(set(brought)))
        return task

    def show_removed(self) -> RemovalsDialog | None:
        """Edit → Removed documents…: the kept removals, to bring back or forget one at a time."""
        corpus = self.runner.corpus
        if corpus is None:
            return None
        if self.removals_dialog is not None:
            self.removals_dialog.close()
        dialog = RemovalsDialog(corpus, self.parent)
        dialog.bring_back_requested.connect(self.bring_back_removals)
        dialog.forget_requested.connect(self.forget_removals)
        self.runner.job_did_finish.connect(dialog.reload)
        self.runner.busy_did_change.connect(dialog.set_busy)
        dialog.finished.connect(lambda _result: self._let_go_of(dialog))
        dialog.set_busy(not self.runner.idle)
        dialog.open()
        self.removals_dialog = dialog
        return dialog

    def _let_go_of(self, dialog: RemovalsDialog) -> None:
        self.runner.job_did_finish.disconnect(dialog.reload)
        self.runner.busy_did_change.disconnect(dialog.set_busy)
        if self.removals_dialog is dialog:
            self.removals_dialog = None
        dialog.deleteLater()

    def export_dialog(self) -> None:
        """File → Export…: the save dialog asked about replacing the name typed; the extension added to it (report
        → report.pdf) or the CSV tables written beside it name other files, asked about here before any is replaced."""
        typed, chosen = QFileDialog.getSaveFileName(self.parent, "Export", "", EXPORT_FILTERS)
        if not typed:
            return
        target, format = extension_format(typed, FILTER_FORMATS.get(chosen))
        unasked = [p for p in files_written(target, format) if p.exists() and p != Path(typed)]
        if unasked and not confirm_replacing(self.parent, unasked):
            self.runner.status.showMessage(f"Not exported: {unasked[0]} is left as it was", 10000)
            return
        self.export_to(target, format)

    def export_to(self, target: str, format: str | None = None) -> BackgroundTask | ExportProcess | None:
        """Export the open comparison (or the corpus); the status bar says what was written. A PDF is laid out by
        Qt, which must not run on a thread of the window's process (`viewer.ui.export_process`): its own process
        writes it; the other formats are plain Python, on a thread."""
        if format is None:
            target, format = extension_format(target, None)
        documents = self.comparison.document_ids or None
        claims = sorted(self.comparison.state.claims) or None
        colours = dict(self.comparison.state.colours)  # the report lights each claim as the window does
        if format == "pdf":
            request = PdfRequest(Path(target), documents, claims, colours, self.researcher())
            return self.runner.launch("Exporting", lambda path: ExportProcess("Exporting", path, request, self.runner))
        return self.runner.run("Exporting", export_job(format, target, documents, claims, colours, self.researcher()))


def _named(document: Document, going: dict[int, Document]) -> str:
    """A document as the question names it; a near-duplicate says which article stays (the copy's whole point)."""
    named = f"d{document.id} “{document.title}”" if document.title else f"d{document.id} ({document.source_path})"
    original = document.near_duplicate_of
    if original and original not in going:
        named += f", a near-duplicate of d{original}, which stays"
    return named


def removal_question(names: list[str]) -> str:
    """The question asked before a removal: which documents, and that their files stay."""
    shown = names[:NAMED_AT_MOST] + ([f"… and {len(names) - NAMED_AT_MOST} more"] if len(names) > NAMED_AT_MOST else [])
    which = "this document" if len(names) == 1 else f"these {len(names)} documents"
    return (f"Remove {which} from the corpus?\n\n" + "\n".join(shown) + "\n\nTheir text, analysis, notes and tags"
            " leave the corpus, and the corrections naming them are dropped; claims are relinked. Edit → Undo brings"
            " them back with all of it (so does `provenance removed` later). The files on disk are not touched.")


def replacing_question(paths: list[Path]) -> str:
    """Which existing files an export would replace, named in full."""
    named = "\n".join(f"  {p}" for p in paths)
    return (f"{'This file exists' if len(paths) == 1 else 'These files exist'} already:\n{named}\n\n"
            f"Replace {'it' if len(paths) == 1 else 'them'} with the export?")


def confirm_replacing(parent: QWidget, paths: list[Path]) -> bool:
    answer = QMessageBox.question(parent, "Replace existing files", replacing_question(paths),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_removal(parent: QWidget, names: list[str]) -> bool:
    """Yes to remove; No (the default, and Escape) keeps everything."""
    answer = QMessageBox.question(parent, "Remove from corpus", removal_question(names),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def forgetting_question(kept: list[tuple[str, list[str]]]) -> str:
    """The question asked before kept removals are deleted for good: each removal's documents, and that nothing
    brings them back afterwards."""
    names = [f"{name} (removed {at.replace('T', ' ')[:16]})" for at, named in kept for name in named]
    shown = names[:NAMED_AT_MOST] + ([f"… and {len(names) - NAMED_AT_MOST} more"] if len(names) > NAMED_AT_MOST else [])
    which = "this removed document" if len(names) == 1 else f"these {len(names)} removed documents"
    its, them = ("their", "them") if len(names) != 1 else ("its", "it")
    return (f"Delete {which} from the corpus file for good?\n\n" + "\n".join(shown) + f"\n\nThe corpus kept {its}"
            " text, notes, tags and analysis so a removal could be taken back; they are deleted from the file and it"
            " is compacted, so the text cannot be read from it afterwards. This cannot be undone: Edit → Undo and"
            f" `provenance removed` can no longer bring {them} back. The files on disk are not touched.")


def confirm_forgetting(parent: QWidget, kept: list[tuple[str, list[str]]]) -> bool:
    """Yes to delete them for good; No (the default, and Escape) keeps them."""
    answer = QMessageBox.warning(parent, "Forget removed documents", forgetting_question(kept),
                                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                 QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def reread_question(document_id: int, source_path: str) -> str:
    """The question asked before reading a document again: which file, what follows, what stays."""
    return (f"Read d{document_id} again from its original file?\n\n{source_path}\n\nIts text becomes what this version"
            " reads from the file (only if the file is still there and unchanged since the import). Its notes, tags"
            " and corrections follow their words; it is analysed again and claims are relinked. The file is only read."
            " Edit → Undo takes it back.")


def reread_marked_question(count: int) -> str:
    """The one question asked before reading every marked document again: how many, what follows, what stays."""
    which = "the document" if count == 1 else f"the {count} documents"
    its = "its" if count == 1 else "their"
    return (f"Read {which} an older version of {its} reader read (marked ↻) again from {its} original"
            f" file{'' if count == 1 else 's'}?\n\nEach text becomes what this version reads from its file, if the file"
            " is still there and unchanged since the import; a file that is gone or changed is named at the end, and"
            " its document left as it was. Notes, tags and corrections follow their words; the documents are analysed"
            " again and claims relinked once. Cancel keeps the ones finished. The files are only read."
            " Edit → Undo takes all of it back.")


def confirm_reread_marked(parent: QWidget, count: int) -> bool:
    """Yes to read them again; No (the default, and Escape) changes nothing."""
    answer = QMessageBox.question(parent, "Read again from the original files", reread_marked_question(count),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_reread(parent: QWidget, document_id: int, source_path: str) -> bool:
    """Yes to read it again; No (the default, and Escape) changes nothing."""
    answer = QMessageBox.question(parent, "Read again from the original file", reread_question(document_id, source_path),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
