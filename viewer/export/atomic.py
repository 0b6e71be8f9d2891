"""Write files so that a failed export never leaves a truncated file at the target.

A regular file is written beside the target and renamed over it at the end. A target that is
not a regular file (a device such as /dev/null, a named pipe) must never be replaced by a
rename: the export is written to a private temporary file first and then copied through it.
A symbolic link stays a link: the file it points to is what gets replaced.
"""
from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from viewer.corpus.disk import DISK_FULL, out_of_space
from viewer.export.scratch import clean_stale, scratch_file, settle
from viewer.jobs import Explained


class ExportError(Explained):
    """An export that could not be written, with a message fit for the researcher."""


def existing_folder(target: str | Path) -> Path:
    """The folder ``target`` is written in, or an `ExportError` when it does not exist. Checked before an export
    reads anything: the folder is not made, since a save dialog never makes one behind the researcher's back
    and a missing folder is most often a typing slip or a drive not plugged in, where a made one would hide the
    report."""
    target = Path(target)
    real = target.resolve() if target.is_symlink() else target
    directory = real.parent if str(real.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError(f"{target}: the folder {directory} does not exist; nothing was written")
    return directory


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path; its content becomes the target only if the block succeeds."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"{target} is a folder: give a file name")
    if target.exists() and not target.is_file():
        with _through_device(target) as temporary:
            yield temporary
        return
    real = target.resolve() if target.is_symlink() else target
    directory = existing_folder(target)
    clean_stale(directory, real)
    try:
        with scratch_file(directory, real, ".part") as temporary:
            try:
                yield temporary
                settle(temporary, real)
                os.replace(temporary, real)
            except OSError as exc:
                raise ExportError(f"{target}: {failure(exc, directory)} (nothing was written)") from exc
    except OSError as exc:  # the temporary file itself could not be made
        raise ExportError(f"{target}: cannot write in {directory} ({failure(exc, directory)})") from exc


def clear_killed(target: str | Path) -> list[Path]:
    """Remove what an export to ``target`` that was killed left beside it (the window's Cancel ends the process
    writing its PDF); the target itself is only ever replaced whole, so it stays as it was."""
    target = Path(target)
    real = target.resolve() if target.is_symlink() else target
    return clean_stale(real.parent, real) if real.parent.is_dir() else []


@contextmanager
def _through_device(target: Path) -> Iterator[Path]:
    """Write to a private temporary file, then copy it into the device or pipe."""
    with tempfile.TemporaryDirectory(prefix="provenance-export-") as scratch:
        temporary = Path(scratch) / target.name
        yield temporary
        try:
            with open(temporary, "rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
        except OSError as exc:
            raise ExportError(f"{target}: {failure(exc, scratch)}") from exc


def failure(exc: OSError, folder: str | Path) -> str:
    """Why a write failed, in words; a full disk is always called that."""
    if out_of_space(exc, folder):
        return DISK_FULL
    return exc.strerror or str(exc)


def write_text(target: str | Path | None, write: Callable[[IO[str]], None]) -> None:
    """Write through ``write`` to ``target`` atomically, or to standard output for None or '-'."""
    if target in (None, "-"):
        to_stdout(write)
        return
    with atomic_path(target) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            write(out)


def to_stdout(write: Callable[[IO[str]], None]) -> None:
    """Write to standard output; a failure (a full disk) becomes an ExportError, while a reader that
    closed the pipe on purpose (``| head``) is no error to report and passes on as it is."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as exc:
        silence_stdout()
        if exc.errno == errno.EPIPE:
            raise
        reason = DISK_FULL if out_of_space(exc, ".") else exc.strerror or str(exc)
        raise ExportError(f"standard output: {reason}; the export is incomplete") from exc


def silence_stdout() -> None:
    """Send what is left in standard output's buffer nowhere, so Python's own flush at exit cannot
    fail a second time with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)

