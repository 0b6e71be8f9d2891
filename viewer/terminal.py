"""Progress on a terminal: a single redrawn line on a TTY, nothing when output is piped; or, for a program
reading the command (the window runs its PDF export as `provenance export --progress-lines`), one line per step.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import time
from typing import TextIO


STEP = "progress:"
_STEP = re.compile(rf"{STEP} (\d+)/(\d+) ?(.*)")
_WORD = re.compile(r"\S+")
_FILE_NAME = re.compile(r"[/\\]|\w\.[A-Za-z0-9]{1,5}$")  # a path, or a name with an extension ("d4.html")
_SHORTEST_NAME = 12  # a file name is cut no shorter than this before the rest of the label is
_NARROWEST_BAR = 10


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


def columns(stream: TextIO) -> int:
    """The width of the terminal ``stream`` draws on: standard output may be piped while standard error is not,
    and `shutil.get_terminal_size` asks standard output (then says 80)."""
    if "COLUMNS" not in os.environ:
        try:
            return os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            pass
    return shutil.get_terminal_size().columns


def cut_middle(text: str, keep: int, tail: int | None = None) -> str:
    """``text`` in ``keep`` characters, an ellipsis for its middle; ``tail`` characters of its end kept (two thirds
    unless said: a label's count is at its end)."""
    if len(text) <= keep:
        return text
    if keep <= 1:
        return "…"[:keep]
    tail = min(tail if tail is not None else keep - 1 - (keep - 1) // 3, keep - 1)
    return text[:keep - 1 - tail] + "…" + text[len(text) - tail:] if tail else text[:keep - 1] + "…"


def cut_name(name: str, keep: int) -> str:
    """A file's path in ``keep`` characters: its folders cut in the middle while its own name fits, then that name
    cut in the middle ("486209_8…le_name.html"), its extension kept."""
    own = re.split(r"[/\\]", name)[-1]
    if len(own) < keep:
        return cut_middle(name, keep, tail=len(own) + 1)  # "/work/d…/486209_89d3ec9c.html"
    return cut_middle(own, keep)


def fitted(label: str, room: int) -> str:
    """``label`` in ``room`` characters: its file names cut first (longest first, to ``_SHORTEST_NAME``), so what is
    being done and how far stay readable; then, if still too long, the label in its middle."""
    label = " ".join(label.split())  # a line break in a label would break the line
    names = sorted({word.rstrip(":),;") for word in _WORD.findall(label)}, key=len, reverse=True)
    for name in names:
        if len(label) <= room:
            break
        if _FILE_NAME.search(name) and len(name) > _SHORTEST_NAME:
            label = label.replace(name, cut_name(name, max(len(name) - (len(label) - room), _SHORTEST_NAME)))
    return cut_middle(label, room)


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
        self.stream.write("\r" + self.drawn(done, total, label, columns(self.stream)))
        self.stream.flush()

    def drawn(self, done: int, total: int, label: str, width: int) -> str:
        """The bar and the step's words in ``width`` - 1 characters (a line's last column wraps on some terminals),
        padded so a shorter label covers a longer one; the bar narrows on a narrow terminal."""
        bar_width = max(min(self.width, (width - 1) // 6), _NARROWEST_BAR)
        filled = int(bar_width * done / total) if total else 0  # no count yet (the models load): an empty bar,
        # not a full one
        room = max(width - 1 - (bar_width + 8), 0)
        return f"[{'#' * filled}{'-' * (bar_width - filled)}] {share(done, total):>4} {fitted(label, room):<{room}}"

    def tell_once(self, message: str) -> None:
        """A line of its own on standard error, even when output is piped; repeats are dropped."""
        if message in self._told:
            return
        self._told.add(message)
        self._clear()
        self.stream.write(f"provenance: {message}\n")
        self.stream.flush()

    def finish(self) -> None:
        self._clear()
        self.stream.flush()

    def _clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (columns(self.stream) - 1) + "\r")
