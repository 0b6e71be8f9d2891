"""One way to run long work: a job is ``run(corpus, state)`` and returns what it changed.

Import, analysis, export and corrections all take a `TaskState` (as Orange3 passes its
TaskState to ``run(..., state)``): it carries progress out and a cancel request in. Stopping
on request raises `Cancelled`, one exception for every job, at a point where nothing is left
half-written. A finished job returns `Changes` (Anki's OpChanges): the window announces them
on its own corpus and every observer re-reads what was touched; the CLI prints the summary.

Plain Python, below the corpus in the layers, so every layer can report and honour a cancel.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

Progress = Callable[[int, int, str], None]  # (done, total, what is being done)
Check = Callable[[], None]  # raises `Cancelled` once the work is asked to stop: called between the parts of a long step
# How far one long step is, (parts done, parts in all, their plural noun or ""), said between its parts (a PDF's pages);
# raises `Cancelled` once the work is asked to stop, so it is also that step's `Check`
Parts = Callable[[int, int, str], None]

DOCUMENTS, SPEAKERS, ATTRIBUTIONS, CLAIMS = "documents", "speakers", "attributions", "claims"
ANALYSIS = frozenset({SPEAKERS, ATTRIBUTIONS, CLAIMS})
EVERYTHING = ANALYSIS | {DOCUMENTS}
NOTES = "notes"  # notes and tags moved or went with their documents (a removal, its undo, a re-read)


def counted(count: int, noun: str) -> str:
    """"1 document", "12 documents": a job's summary in words, never "12 document(s)" (every noun it counts takes -s)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


class Explained(Exception):
    """A job that could not do its work, with a message that already says, in the researcher's words, what went
    wrong and what became of the work ("the folder … does not exist"): the window shows the message alone.
    Any other exception is a fault of the program, reported with where it happened."""


class Cancelled(Exception):
    """The researcher stopped the job; what it wrote was rolled back (or, for analysis, is finished work kept).

    The message says what became of the work, e.g. "nothing of this import was kept".
    """


class TaskState:
    """What a running job tells (progress) and hears (a cancel request), from whatever thread runs it."""

    def __init__(self, progress: Progress | None = None) -> None:
        self._progress = progress
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, text)

    def cancel(self) -> None:
        """Ask the job to stop at its next check; safe from any thread."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self, outcome: str = "") -> None:
        """Raise `Cancelled` if a cancel was asked; call it only where stopping leaves nothing half-done."""
        if self._cancel.is_set():
            raise Cancelled(outcome)


def unchecked() -> None:
    """The check of work nobody can cancel (a re-read's comparison, a test)."""


def unheard(done: int = 0, total: int = 0, noun: str = "") -> None:
    """The parts of a step nobody follows or cancels (a re-read, a test)."""


def quiet(state: TaskState | None) -> TaskState:
    """The state a caller passed, or one that reports nowhere and is never cancelled."""
    return state if state is not None else TaskState()


@contextmanager
def cancelled_means(outcome: str) -> Iterator[None]:
    """A `Cancelled` raised inside, by whichever check or callback, says what became of the work."""
    try:
        yield
    except Cancelled:
        raise Cancelled(outcome) from None


@dataclass(frozen=True)
class Changes:
    """What one job changed: a status line, the kinds of rows touched, a claim to select."""

    summary: str
    touched: frozenset[str] = frozenset()
    select_claim: int | None = None

    def touches(self, what: str) -> bool:
        return what in self.touched


class Job(Protocol):
    """A job runs on the connection it is given (its thread's own) and says what it changed."""

    def __call__(self, corpus: Any, state: TaskState) -> Changes: ...
