"""The language parser (and, for a corpus with passages in another language, the multilingual model) loaded
ahead of the first hand link, once the window has been idle a while.

A hand link relinks with spaCy; loading it took most of the first link's 4.5 s on a loaded machine (2.9 of 4.0 s
on fresh35's BASIL corpus; 1.1 s once loaded), while the window must open in under 2 s, so it is not loaded at
start (`viewer.analysis.nlp`). On the sample, whose d2 quotes Russian, the multilingual model was the first link's
4 s. A few seconds after a corpus is shown, with no job running, a plain Python thread loads them: the thread makes
no Qt call (the window's worker rule, `viewer.ui.tasks`), and a link asked for meanwhile waits for that load
under the loader's lock.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer

from viewer.analysis import nlp, store
from viewer.corpus.store import Corpus
from viewer.ui.task_runner import TaskRunner

IDLE_BEFORE_WARMING_MS = 4000  # after the window opens on a corpus: past the first clicks, before a link is made


def warm_for_links(foreign: bool) -> None:
    """What a relink loads on first use, loaded now: the parser, and the multilingual model if the corpus has
    sentences in another language (imported here: the window's start imports neither)."""
    nlp.warm()
    if foreign:
        from viewer.analysis.claims import crosslingual

        crosslingual.warm()


class ParserWarmUp(QObject):
    """Starts `warm_for_links` once, on its own thread, after the window has been idle for a few seconds."""

    def __init__(self, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.runner = runner
        self.thread: threading.Thread | None = None
        self.corpus: Corpus | None = None
        self._idle = QTimer(self, singleShot=True, interval=IDLE_BEFORE_WARMING_MS)
        self._idle.timeout.connect(self._on_idle)

    def arm(self, corpus: Corpus) -> None:
        """A corpus is shown: warm what its links need once the window has been idle a while (never twice). What
        the corpus needs is asked then, not here: this runs as the window opens."""
        self.corpus = corpus
        if self.thread is None:
            self._idle.start()

    def _on_idle(self) -> None:
        if self.thread is not None or self.corpus is None:
            return
        if not self.runner.idle:  # an import or analysis is running (an analysis loads it anyway): later
            self._idle.start()
            return
        foreign = store.holds_foreign_units(self.corpus)
        if nlp.loaded() and not foreign:
            return
        self.thread = threading.Thread(target=warm_for_links, args=(foreign,), name="parser warm-up", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """The window closes or lets its corpus go: no warm-up starts after it, nor asks that corpus anything (one
        loading goes on: it holds no window part)."""
        self._idle.stop()
        self.corpus = None
