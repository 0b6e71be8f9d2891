"""The window's PDF export runs as a process of its own: `provenance export --progress-lines`, the command line's.

Laying out a PDF takes Qt's text classes, and PySide holds the GIL through their calls. On a thread of the window's
process an export, holding the GIL, waited for a Qt lock inside `QTextDocument.documentLayout()` while the window's
thread, deleting a finished dock animation under that lock, waited for the GIL: both hung (CI, session 33). Any
Python-wrapped object the window deletes during an export can meet it, and one section's layout holds the GIL for
seconds (the source index of the 60-article BASIL set: 9 s), so the window froze too. Laying out on the window's
thread in slices would freeze it as long. A process shares neither lock: the window only reads its progress lines.

Cancel kills the process; the target is only ever replaced whole, and the temporary files it left beside the
target are removed, so nothing is left. A frozen app has no Python: it runs itself with the sub-command, as its
entry script hands every command line to `viewer.cli`. The corpus is only read, on the process's own connection.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

import viewer
from viewer.export.atomic import clear_killed
from viewer.export.palette import colours_option
from viewer.jobs import Changes
from viewer.terminal import read_step

CANCELLED = "Cancelled: nothing was written"


@dataclass(frozen=True)
class PdfRequest:
    """What the window asks of a PDF export: the comparison it shows, as `provenance export` options."""

    target: Path
    documents: Sequence[int] | None = None
    claims: Sequence[int] | None = None
    colours: Mapping[int, str] = field(default_factory=dict)
    researcher: str | None = None


def export_command(corpus: Path, request: PdfRequest) -> tuple[str, list[str]]:
    """The program and arguments that write ``request`` from ``corpus``; paths absolute, values after '='
    so a name starting with '-' is never read as an option."""
    program = sys.executable
    arguments = [] if getattr(sys, "frozen", False) else ["-m", "viewer.cli"]
    arguments += ["export", str(Path(corpus).absolute()), "--format=pdf", f"--output={request.target.absolute()}",
                  "--progress-lines"]
    if request.documents:
        arguments.append("--documents=" + ",".join(f"d{i}" for i in request.documents))
    if request.claims:
        arguments.append("--claims=" + ",".join(f"c{i}" for i in request.claims))
    if request.colours:
        arguments.append("--colours=" + colours_option(request.colours))
    if request.researcher:
        arguments.append(f"--researcher={request.researcher}")
    return program, arguments


def failure(said: Sequence[str], code: int) -> str:
    """Why the command failed, in its own words ("provenance: …" without the prefix); a traceback, a fault of the
    program, goes under the message (the window shows it as details, for a bug report)."""
    if any(line.startswith("Traceback") for line in said):
        return f"the export stopped on a fault of the program: {said[-1]}\n\n" + "\n".join(said)
    messages = [line.removeprefix("provenance: ") for line in said
                if line.startswith("provenance: ") and not line.startswith("provenance: note:")]
    return messages[-1] if messages else f"the export stopped (exit status {code}); nothing was written"


class ExportProcess(QObject):
    """One running PDF export, with a `viewer.ui.tasks.BackgroundTask`'s face, for the `TaskRunner`:
    `progressed(done, total, what)` per step, `done(ok, message)` once, after the process has ended."""

    progressed = Signal(int, int, str)
    done = Signal(bool, str)

    def __init__(self, title: str, path: Path, request: PdfRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.path = path
        self.request = request
        self.result: Changes | None = None
        self.cancelled = False
        self._said: list[str] = []
        self._unread = b""
        self._ended = False
        self._process = QProcess(self)
        self._process.setStandardOutputFile(QProcess.nullDevice())  # a PDF never goes to standard output
        self._process.readyReadStandardError.connect(self._on_output)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        program, arguments = export_command(self.path, self.request)
        self._process.setProcessEnvironment(_environment())
        self._process.start(program, arguments)

    def cancel(self) -> None:
        """Kill the export; `done` follows once the process has ended and its leftovers are gone."""
        if self.is_running():
            self.cancelled = True
            self._process.kill()

    def is_running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def wait(self) -> None:
        """The window is closing mid-export: end the process and clear what it left."""
        self.cancel()
        self._process.waitForFinished(-1)
        clear_killed(self.request.target)

    def _on_output(self) -> None:
        lines = (self._unread + bytes(self._process.readAllStandardError().data())).split(b"\n")
        self._unread = lines.pop()
        for line in lines:
            self._hear(line)

    def _hear(self, raw: bytes) -> None:
        line = raw.decode("utf-8", errors="replace").rstrip("\r")
        step = read_step(line)
        if step is not None:
            self.progressed.emit(*step)
        elif line.strip():
            self._said.append(line)

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._on_output()
        if self._unread:
            self._hear(self._unread)
            self._unread = b""
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            wrote = [line for line in self._said if line.startswith("Wrote ")]  # not a Qt message printed after it
            summary = (wrote or self._said or [f"Wrote {self.request.target}"])[-1]
            self.result = Changes(summary)
            self._end(True, summary)
        elif self.cancelled:
            clear_killed(self.request.target)
            self._end(False, CANCELLED)
        else:
            self._end(False, failure(self._said, code))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        """A process that never started sends no `finished`; a killed or crashed one does, and is told there."""
        if error == QProcess.ProcessError.FailedToStart:
            self._end(False, f"the export could not start ({self._process.errorString()}); nothing was written")

    def _end(self, ok: bool, message: str) -> None:
        if not self._ended:
            self._ended = True
            self.done.emit(ok, message)


def _environment() -> QProcessEnvironment:
    """The window's environment; from source, with this `viewer` package first on the path (another may be
    installed), and no window of its own (the command lays out offscreen)."""
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert("QT_QPA_PLATFORM", "offscreen")
    if not getattr(sys, "frozen", False):
        root = str(Path(viewer.__file__).resolve().parent.parent)
        earlier = environment.value("PYTHONPATH", "")
        environment.insert("PYTHONPATH", os.pathsep.join(filter(None, [root, earlier])))
    return environment
