"""Progress on a terminal: a single redrawn line on a TTY, nothing when output is piped; or, for a program
reading the command (the window runs its PDF export as `provenance export --progress-lines`), one line per step.
"""
from __future__ import annotations

import re
import sys
import time
from typing import TextIO


STEP = "progress:"
_STEP = re.compile(rf"{STEP} (\d+)/(\d+) ?(.*)")


def share(done: int, total: int) -> str:
    """How far a task is, "35%": its steps are not the things its words count (34 documents, then the linking)."""
    return f"{100 * done // total}%" if total > 0 else ""


def step_line(done: int, total: int, label: str) -> str:
    """One step as a line another program reads back with `read_step` (a label never breaks the line)."""
    return f"{STEP} {done}/{total} {' '.join(label.split())}"


def read_step(line: str) -> tuple[int, int, str] | None:
    """(done, total, label) of a `step_line`, None for any other line (a message, a warning)."""
    found = _STEP.fullmatch(line.rstrip("\r\n"))
    return (int(found[1]), int(found[2]), found[3]) if found else None


class ProgressLine:
    """A ``progress(done, total, label)`` callback that draws a bar on standard error, or with ``steps``
    writes each step as a `step_line` whether or not standard error is a terminal."""

    def __init__(self, stream: TextIO | None = None, width: int = 30, steps: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.steps = steps
        self.enabled = self.stream.isatty() and not steps
        self._last = 0.0
        self._told: set[str] = set()

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.steps:
            self.stream.write(step_line(done, total, label) + "\n")
            self.stream.flush()
            return
        if not self.enabled:
            return
        moment = time.monotonic()
        if done < total and moment - self._last < 0.1:
            return
        self._last = moment
        filled = int(self.width * done / total) if total else 0  # no count yet (the models load): an empty bar,
        # not a full one
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {share(done, total):>4} {label[-40:]:<40}")
        self.stream.flush()

    def tell_once(self, message: str) -> None:
        """A line of its own on standard error, even when output is piped; repeats are dropped."""
        if message in self._told:
            return
        self._told.add(message)
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
        self.stream.write(f"provenance: {message}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()
