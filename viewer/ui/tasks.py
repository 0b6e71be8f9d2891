"""Long work (import, analysis, export, corrections) off the GUI thread: a Python thread runs a `viewer.jobs` job.

The thread makes no Qt call at all, not even a signal: PySide holds the GIL through Qt's calls, and Qt's
connection locks are a shared pool, so a thread emitting or connecting while the window's thread deletes a
Python-wrapped object (whose destructor waits for the GIL under such a lock) can hang both. A PDF export, laid
out with Qt's text classes, did so in CI (session 33); it now runs in a process of its own (`export_process`).
The thread puts what it has to say (progress, the outcome) in a queue the window's thread reads every few
milliseconds, and `done` is emitted there.

SQLite connections belong to one thread, so the job opens its own `Corpus` on the same file, and its events fire
there; each job returns a `Changes` record that the window announces on its own `Corpus` when the job is done.
Cancelling sets the job's `TaskState`, which the job polls.
"""
from __future__ import annotations

import queue
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.corpus import remarking
from viewer.corpus.store import Corpus
from viewer.corpus.write_lock import WAITING
from viewer.jobs import Cancelled, Changes, Explained, Job, TaskState

HEARD_EVERY_MS = 25  # how often the window's thread reads what the job said: below what a person notices


def _work(path: Path, job: Job, state: TaskState, said: queue.SimpleQueue) -> None:
    """Run the job on this thread and put its outcome in ``said``: plain Python from start to end."""

    def on_write_lock_did_wait(seconds: float) -> None:
        """Another program is writing the corpus: show it, and let Cancel end the wait."""
        state.check("cancelled while waiting for another program writing this corpus")
        state.progress(0, 0, f"{WAITING} ({seconds:.0f} s)")

    try:
        with Corpus(path, create=False, marking=remarking.said_to(state.progress, state.check)) as corpus:
            corpus.write_lock_did_wait.connect(on_write_lock_did_wait)
            changes = job(corpus, state)
    except Cancelled as exc:
        said.put(("cancelled", str(exc) or "nothing was changed"))
    except Explained as exc:  # already in the researcher's words: a corpus or a target that cannot be written
        said.put(("failed", str(exc)))
    except Exception as exc:  # reported to the researcher, never lost in a thread
        said.put(("failed", f"{exc}\n\n{traceback.format_exc(limit=3)}"))
    else:
        said.put(("finished", changes))


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
        self._said: queue.SimpleQueue = queue.SimpleQueue()
        self.state = TaskState(lambda done, total, text: self._said.put(("progress", (done, total, str(text)))))
        self._thread = threading.Thread(target=_work, args=(path, job, self.state, self._said), name=title)
        self._listening = QTimer(self, interval=HEARD_EVERY_MS)
        self._listening.timeout.connect(self._hear)

    def start(self) -> None:
        self._thread.start()
        self._listening.start()

    def cancel(self) -> None:
        self.state.cancel()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> None:
        """Stop the job (used when the window closes mid-job); `done` is not emitted."""
        self.state.cancel()
        self._listening.stop()
        if self._thread.ident is not None:
            self._thread.join()

    def _hear(self) -> None:
        """What the job said since last time: the latest progress shown, its outcome ended on."""
        latest = None
        while True:
            try:
                kind, value = self._said.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                latest = value
                continue
            if latest is not None:
                self.progressed.emit(*latest)
            self._end(kind, value)
            return
        if latest is not None:
            self.progressed.emit(*latest)

    def _end(self, kind: str, value) -> None:
        self._listening.stop()
        self._thread.join()
        if kind == "finished":
            self.result = value
            self.done.emit(True, value.summary)
        elif kind == "cancelled":
            self.cancelled = True
            self.done.emit(False, f"Cancelled: {value}")
        else:
            self.done.emit(False, value)
