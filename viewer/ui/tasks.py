"""Long work (import, analysis) off the GUI thread: a QThread runs a plain function on its own connection.

SQLite connections belong to one thread, so the worker opens its own `Corpus` on the same file,
and its events fire there; each job returns a `Changes` record that the window announces on its
own `Corpus` when the job is done. Cancelling sets a flag the function polls.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from viewer.analysis.operations import EVERYTHING, Changes
from viewer.corpus.store import Corpus, CorpusError
from viewer.corpus.write_lock import WAITING

# job(corpus, progress(done, total, text), cancelled()) -> a summary line for the status bar, or a
# "what changed" record (`viewer.analysis.operations.Changes`) with a `summary` attribute
Job = Callable[[Corpus, Callable[[int, int, str], None], Callable[[], bool]], Any]


class TaskCancelled(Exception):
    """A job that stopped because the researcher cancelled it (its function rolled back)."""


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)

    def __init__(self, path: Path, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self.path, self.job, self.cancel = path, job, cancel

    @Slot()
    def run(self) -> None:
        try:
            with Corpus(self.path, create=False) as corpus:
                corpus.write_lock_did_wait.connect(self._on_write_lock_did_wait)
                result = self.job(corpus, lambda d, t, text: self.progressed.emit(d, t, str(text)), self.cancel.is_set)
        except Exception as exc:  # reported to the researcher, never lost in a thread
            if self.cancel.is_set() or type(exc).__name__.endswith("Cancelled"):
                self.cancelled.emit(str(exc) or "cancelled")
            elif isinstance(exc, CorpusError):  # already in the researcher's words
                self.failed.emit(str(exc))
            else:
                self.failed.emit(f"{exc}\n\n{traceback.format_exc(limit=3)}")
            return
        self.finished.emit(result if result is not None else "done")

    def _on_write_lock_did_wait(self, seconds: float) -> None:
        """Another program is writing the corpus: show it, and let Cancel end the wait."""
        if self.cancel.is_set():
            raise TaskCancelled("cancelled while waiting for another program writing this corpus")
        self.progressed.emit(0, 0, f"{WAITING} ({seconds:.0f} s)")


class BackgroundTask(QObject):
    """One running job; `done(ok, message)` arrives on the GUI thread after the thread has stopped.

    `result` then holds what the job returned (a summary line or a change record), None on failure.
    """

    progressed = Signal(int, int, str)
    done = Signal(bool, str)

    def __init__(self, title: str, path: Path, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.result: Any = None
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(path, job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        # Bound slots of an object living on the GUI thread: queued, so `_end` never runs on the worker.
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        """Stop the thread (used when the window closes mid-job)."""
        self._cancel.set()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self.result = result
        self._end(True, str(getattr(result, "summary", result)))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end(False, message)

    @Slot(str)
    def _on_cancelled(self, message: str) -> None:
        self._end(False, f"Cancelled: {message}")

    def _end(self, ok: bool, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done.emit(ok, message)


def import_job(paths: list[str]) -> Job:
    """Import files/folders: `import_paths` with progress and cancel."""

    def run(corpus: Corpus, progress, cancelled) -> Changes:
        from viewer.corpus.importing import import_paths

        report = import_paths(corpus, paths, progress=lambda done, total, path: progress(done, total, f"importing {path}"),
                              cancelled=cancelled)
        if report.cancelled:
            raise TaskCancelled(report.summary())
        return Changes(report.summary(), frozenset({"documents"}) if report.imported else frozenset())

    return run


def analyse_job() -> Job:
    """Analyse the new documents; relinking can change every claim, speaker and claim count."""

    def run(corpus: Corpus, progress, cancelled) -> Changes:
        from viewer.analysis.pipeline import analyse

        return Changes(analyse(corpus, progress=progress, cancelled=cancelled).summary(), EVERYTHING)

    return run
