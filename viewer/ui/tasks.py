"""Long work (import, analysis, export, corrections) off the GUI thread: a QThread runs a `viewer.jobs` job.

Plain Python only: a job never builds Qt objects, since PySide holds the GIL through Qt's calls and a Qt lock the
window's thread holds can then hang both (the PDF layout, which needs Qt, runs in a process: `export_process`).

SQLite connections belong to one thread, so the worker opens its own `Corpus` on the same file,
and its events fire there; each job returns a `Changes` record that the window announces on its
own `Corpus` when the job is done. Cancelling sets the job's `TaskState`, which the job polls.
"""
from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from viewer.corpus.store import Corpus
from viewer.corpus.write_lock import WAITING
from viewer.jobs import Cancelled, Changes, Explained, Job, TaskState


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)

    def __init__(self, path: Path, job: Job, state: TaskState) -> None:
        super().__init__()
        self.path, self.job, self.state = path, job, state

    @Slot()
    def run(self) -> None:
        try:
            with Corpus(self.path, create=False) as corpus:
                corpus.write_lock_did_wait.connect(self._on_write_lock_did_wait)
                changes = self.job(corpus, self.state)
        except Cancelled as exc:
            self.cancelled.emit(str(exc) or "nothing was changed")
        except Explained as exc:  # already in the researcher's words: a corpus or a target that cannot be written
            self.failed.emit(str(exc))
        except Exception as exc:  # reported to the researcher, never lost in a thread
            self.failed.emit(f"{exc}\n\n{traceback.format_exc(limit=3)}")
        else:
            self.finished.emit(changes)

    def _on_write_lock_did_wait(self, seconds: float) -> None:
        """Another program is writing the corpus: show it, and let Cancel end the wait."""
        self.state.check("cancelled while waiting for another program writing this corpus")
        self.state.progress(0, 0, f"{WAITING} ({seconds:.0f} s)")


class BackgroundTask(QObject):
    """One running job; `done(ok, message)` arrives on the GUI thread after the thread has stopped.

    `result` then holds the job's `Changes` (None if it failed or was cancelled), and `cancelled`
    says whether it stopped on request.
    """

    progressed = Signal(int, int, str)
    done = Signal(bool, str)

    def __init__(self, title: str, path: Path, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.path = path
        self.result: Changes | None = None
        self.cancelled = False
        self.state = TaskState(self._progress_from_worker)
        self._thread = QThread()
        self._worker = _Worker(path, job, self.state)
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
        self.state.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        """Stop the thread (used when the window closes mid-job)."""
        self.state.cancel()
        self._thread.quit()
        self._thread.wait()

    def _progress_from_worker(self, done: int, total: int, text: str) -> None:
        self._worker.progressed.emit(done, total, str(text))

    @Slot(object)
    def _on_finished(self, changes: Changes) -> None:
        self.result = changes
        self._end(True, changes.summary)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end(False, message)

    @Slot(str)
    def _on_cancelled(self, message: str) -> None:
        self.cancelled = True
        self._end(False, f"Cancelled: {message}")

    def _end(self, ok: bool, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done.emit(ok, message)
