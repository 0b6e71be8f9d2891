"""What the window runs in the background on the corpus: import (from dialogs or dropped files),
analysis and export. Each asks what it needs, builds its `viewer.jobs` job and hands it to the
runner; the window hears what changed from the runner."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from viewer.analysis.operations import analyse_job
from viewer.export.formats import export_job, extension_format
from viewer.render.pdf_layout import render, settle_types
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.field_map_dialog import FieldMapDialog, unmapped_groups
from viewer.ui.task_runner import TaskRunner
from viewer.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from viewer.corpus.importing import ImportReport

FILTER_FORMATS = {"PDF (*.pdf)": "pdf", "JSON (*.json)": "json", "CSV (*.csv)": "csv", "Markdown (*.md)": "md",
                  "HTML (*.html)": "html"}
EXPORT_FILTERS = ";;".join(FILTER_FORMATS)
RESEARCHER_KEY = "reports/researcher"
ARTICLE_FILES = "Articles (*.txt *.md *.html *.htm *.pdf *.json *.jsonl *.csv);;All files (*)"


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
        task = self.runner.run("Importing", import_job(paths, ImportOptions(field_map=field_map or {}), heard.append))
        if task is not None and field_map is None:  # asked once: a mixed file's records with "text" lack the chosen field
            task.done.connect(lambda ok, _message: self._ask_for_fields(heard) if ok and heard else None)
        return task

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

    def export_dialog(self) -> None:
        target, chosen = QFileDialog.getSaveFileName(self.parent, "Export", "", EXPORT_FILTERS)
        if target:
            self.export_to(*extension_format(target, FILTER_FORMATS.get(chosen)))

    def export_to(self, target: str, format: str | None = None) -> BackgroundTask | None:
        """Export the open comparison (or the corpus); the status bar says what was written."""
        if format is None:
            target, format = extension_format(target, None)
        if format == "pdf":
            settle_types()
        documents = self.comparison.document_ids or None
        claims = sorted(self.comparison.state.claims) or None
        colours = dict(self.comparison.state.colours)  # the report lights each claim as the window does
        return self.runner.run("Exporting", export_job(format, target, documents, claims, render, colours,
                                                       self.researcher()))
