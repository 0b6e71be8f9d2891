"""The window's background work: one job at a time, its progress and Cancel in the status bar.

A job started while another runs is refused (the actions that start imports, analyses and
exports are disabled meanwhile), except a correction: the researcher made it and expects it
kept, so it waits in a queue and runs when the running job ends. When a job ends the runner
says what it changed, for the window to announce on its corpus. A job whose summary runs to more
lines than its first (an import that skipped or could not read files) opens a report the researcher
can read at leisure: a status line is cut to the bar's width and gone in seconds.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QStatusBar, QWidget

from viewer.corpus.store import Corpus
from viewer.jobs import EVERYTHING, Changes, Job, TaskState
from viewer.terminal import share
from viewer.ui.export_process import ExportProcess
from viewer.ui.tasks import BackgroundTask

Task = BackgroundTask | ExportProcess  # what runs: a job on a thread, or the PDF export's process


@dataclass(frozen=True)
class Waiting:
    """A job queued behind the running one, on the corpus file it was asked for."""

    title: str
    path: Path
    job: Job


class TaskRunner(QObject):
    """Starts jobs on their own thread and connection; `job_did_finish(changes)` says what one changed."""

    job_did_finish = Signal(object)  # Changes of a job on the corpus shown (EVERYTHING after a failure or cancel)
    busy_did_change = Signal(bool)

    def __init__(self, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent  # owns the failure reports
        self.status = status_bar
        self.corpus: Corpus | None = None
        self.task: Task | None = None
        self.waiting: list[Waiting] = []
        self.failure_box: QMessageBox | None = None
        self.report_box: QMessageBox | None = None
        self.progress = QProgressBar(maximumWidth=260)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)

    def set_corpus(self, corpus: Corpus | None) -> None:
        """Jobs start on this corpus's file; a running or queued job stays with the file it was asked for."""
        self.corpus = corpus

    @property
    def idle(self) -> bool:
        return self.task is None

    def run(self, title: str, job: Job) -> BackgroundTask | None:
        """Start ``job`` now on the corpus shown; None while another job runs or without a corpus file."""
        return self.launch(title, lambda path: BackgroundTask(title, path, job, self))

    def launch(self, title: str, make: Callable[[Path], Task]) -> Task | None:
        """Start the task ``make`` builds for the corpus file shown (a job on a thread, or the PDF export's own
        process); None while another task runs or without a corpus file."""
        if self.corpus is None or self.task is not None or not self._on_file(title):
            return None
        return self._begin(make(self.corpus.path))

    def queue(self, title: str, job: Job) -> BackgroundTask | None:
        """Start ``job`` now, or as soon as the running job (and those queued before it) have ended."""
        if self.task is None:
            return self.run(title, job)
        if self.corpus is None or not self._on_file(title):
            return None
        self.waiting.append(Waiting(title, self.corpus.path, job))
        self.status.showMessage(f"{title}: queued until “{self.task.title}” has finished", 10000)
        return None

    def cancel(self) -> None:
        """Cancel the running job; queued corrections still run after it."""
        if self.task is not None:
            self.task.cancel()
            self.status.showMessage("Cancelling…")

    def stop(self) -> None:
        """The window is closing: cancel the running job, then make the queued corrections here and now
        (they are short), so none the researcher made is lost."""
        if self.task is not None:
            self.task.done.disconnect(self._on_done)
            self.task.wait()
            self.task = None
        waiting, self.waiting = self.waiting, []
        failed = []
        for item in waiting:
            try:
                with Corpus(item.path, create=False) as corpus:
                    item.job(corpus, TaskState())
            except Exception as exc:  # said below; the window is closing either way
                failed.append(f"{item.title}: {exc}")
        if failed:
            QMessageBox.warning(self.window, "Not saved", "\n".join(failed))

    def _on_file(self, title: str) -> bool:
        if str(self.corpus.path) == ":memory:":
            QMessageBox.information(self.window, title, "An in-memory corpus cannot be worked on in the background.")
            return False
        return True

    def _start(self, item: Waiting) -> BackgroundTask:
        return self._begin(BackgroundTask(item.title, item.path, item.job, self))

    def _begin(self, task: Task) -> Task:
        self.task = task
        self.task.progressed.connect(self._on_progressed)
        self.task.done.connect(self._on_done)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.showMessage(f"{task.title}…")
        self.busy_did_change.emit(True)
        self.task.start()
        return self.task

    def _on_progressed(self, done: int, total: int, text: str) -> None:
        """A count moves the bar; a step without one (a wait for another writer) runs it busy, no "(0/0)". The line
        says how far as a share: a task's steps are not the things it names ("(0/35)" of 34 documents, the 35th step
        the linking), and the step's own words count those ("12 of 34 documents done")."""
        title = self.task.title if self.task else ""
        if total <= 0:
            self.progress.setRange(0, 0)
            self.status.showMessage(f"{title}: {text}")
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.showMessage(f"{title}: {text} ({share(done, total)})")

    def _on_done(self, ok: bool, message: str) -> None:
        task, self.task = self.task, None
        self.progress.hide()
        self.cancel_button.hide()
        task.deleteLater()
        if ok and "\n" in message.strip():
            self.status.showMessage(_status_line(message), 15000)
            self._show_report(task.title, message)
        elif ok or task.cancelled:
            self.status.showMessage(message, 15000)
        else:
            self.status.showMessage("Failed: " + message.splitlines()[0], 15000)
            self._show_failure("The work did not finish", message)
        if self.corpus is not None and task.path == self.corpus.path:
            # A job that failed or was cancelled part-way returned no change record: it may have touched anything.
            self.job_did_finish.emit(task.result if task.result is not None else Changes(message, EVERYTHING))
        if self.waiting:
            self._start(self.waiting.pop(0))
        else:
            self.busy_did_change.emit(False)

    def _show_report(self, title: str, message: str) -> None:
        """Every line of a job's report, window-modal and non-blocking, the file names selectable for copying."""
        first, _, rest = message.strip().partition("\n")
        box = QMessageBox(QMessageBox.Icon.Information, f"{title}: report", first, parent=self.window)
        box.setInformativeText(rest)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 640px; }")  # a path and its reason on one line
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.report_box = box

    def _show_failure(self, title: str, message: str) -> None:
        """Window-modal and non-blocking, so a failure report never stalls the event loop."""
        said, _, details = message.partition("\n\n")
        box = QMessageBox(QMessageBox.Icon.Warning, title, said, parent=self.window)
        if details.strip():  # a fault of the program: where it happened, for a bug report
            box.setDetailedText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _status_line(report: str) -> str:
    """A report's first line and its headings ("Imported 3 documents; skipped 1, failed 4 (see the report)"), without
    what a heading says in brackets: "near-duplicates 2 (imported, marked ≈ in the document list)" made the line of a
    folder's import longer than a 1366-px bar, which cut the step the line went on to name; the report says it."""
    first, *rest = report.strip().splitlines()
    headings = [_BRACKETED.sub("", line[:1].lower() + line[1:].rstrip(":")) for line in rest if line and not line.startswith(" ")]
    return f"{first.rstrip('.')}; {', '.join(headings)} (see the report)" if headings else first
