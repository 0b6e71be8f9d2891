"""Progress on a terminal: a single redrawn line on a TTY, nothing when output is piped."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressLine:
    """A ``progress(done, total, label)`` callback that draws a bar on standard error."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = self.stream.isatty()
        self._last = 0.0
        self._told: set[str] = set()

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        moment = time.monotonic()
        if done < total and moment - self._last < 0.1:
            return
        self._last = moment
        filled = int(self.width * done / total) if total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} {label[-40:]:<40}")
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
