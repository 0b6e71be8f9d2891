"""The language and sentence models loaded while a cancel is still heard.

Loading them is one long call (28 s on a busy two-core machine, measured by bench/bench_cancel.py) that hears
nothing: a researcher who pressed Cancel at "loading the language and sentence models" waited for all of it. The
call runs on a thread of its own and the analysis waits for it in short steps, checking for a cancel between them;
a cancelled analysis stops at once and the load finishes behind it, for the next analysis of this process to use.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from viewer.jobs import TaskState

HEARD_WITHIN = 0.1  # seconds between two checks for a cancel while the models load


def load_heeding_cancel(prepare: Callable[[], None], state: TaskState, outcome: str) -> None:
    """Run ``prepare``; a cancel meanwhile raises `Cancelled` with ``outcome``, an error of ``prepare`` is raised."""
    finished = threading.Event()
    failures: list[BaseException] = []

    def load() -> None:
        try:
            prepare()
        except BaseException as exc:  # handed to the analysis's own thread, which reports it
            failures.append(exc)
        finally:
            finished.set()

    threading.Thread(target=load, name="loading models", daemon=True).start()
    while not finished.wait(HEARD_WITHIN):
        state.check(outcome)
    if failures:
        raise failures[0]
