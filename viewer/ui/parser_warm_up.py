"""The language parser loaded ahead of the first hand link, once the window has been idle a while.

A hand link relinks with spaCy; loading it took most of the first link's 4.5 s on a loaded machine, while the
window must open in under 2 s, so it is not loaded at start (`viewer.analysis.nlp`). A few seconds after a
corpus is shown, with no job running, a plain Python thread loads it: the thread makes no Qt call (the window's
worker rule, `viewer.ui.tasks`), and a link asked for meanwhile waits for that load under `nlp`'s lock.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer

from viewer.analysis import nlp
from viewer.ui.task_runner import TaskRunner

IDLE_BEFORE_WARMING_MS = 4000  # after the window opens on a corpus: past the first clicks, before a link is made


class ParserWarmUp(QObject):
    """Starts `nlp.warm` once, on its own thread, after the window has been idle for a few seconds."""

    def __init__(self, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.runner = runner
        self.thread: threading.Thread | None = None
        self._idle = QTimer(self, singleShot=True, interval=IDLE_BEFORE_WARMING_MS)
        self._idle.timeout.connect(self._on_idle)

    def arm(self) -> None:
        """A corpus is shown: warm the parser once the window has been idle a while (never twice)."""
        if self.thread is None and not nlp.loaded():
            self._idle.start()

    def _on_idle(self) -> None:
        if self.thread is not None or nlp.loaded():
            return
        if not self.runner.idle:  # an import or analysis is running (an analysis loads it anyway): later
            self._idle.start()
            return
        self.thread = threading.Thread(target=nlp.warm, name="parser warm-up", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """The window closes: no warm-up starts after it (one loading goes on: it holds no window part)."""
        self._idle.stop()
