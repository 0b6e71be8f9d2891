"""Our hidden temporary files beside an export's target: made with the target's mode, locked
while they live, and cleaned up by the next export when a killed one left them behind.

A temporary file is named ``.NAME.<random><suffix>`` (``.part`` for the file that becomes the
target, ``.qt.pdf`` for the PDF as Qt painted it). While an export runs it holds a lock on
each of its files (``flock`` on POSIX; on Windows an open file cannot be deleted at all), so a
second export to the same target can tell a leftover from a file that is still being written.
"""
from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIXES = (".part", ".qt.pdf")
_HELD: dict[Path, int] = {}  # our live temporary files and the handle that holds each one's lock

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@contextmanager
def scratch_file(directory: Path, target: Path, suffix: str) -> Iterator[Path]:
    """A new hidden file for ``target`` in ``directory``, removed when the block ends.

    It is created with the permissions a new file gets (umask applied), or those of the
    existing target, so a private report never has a world-readable temporary twin.
    """
    path, handle = _create(directory, target.name, suffix)
    _HELD[path] = handle
    try:
        mode = _target_mode(target)
        if mode is not None:
            os.chmod(path, mode | stat.S_IWUSR)  # stays writable while it is being written
        yield path
    finally:
        _release(path)
        path.unlink(missing_ok=True)


def settle(path: Path, target: Path) -> None:
    """Ready a finished temporary file to replace the target: let go of it (Windows cannot rename
    an open file) and give it the target's exact mode."""
    _release(path)
    mode = _target_mode(target)
    if mode is not None:
        os.chmod(path, mode)


def _release(path: Path) -> None:
    handle = _HELD.pop(path, None)
    if handle is not None:
        os.close(handle)  # closing also drops the flock


def clean_stale(directory: Path, target: Path) -> list[Path]:
    """Remove the temporary files a killed export to ``target`` left in ``directory``; returns them."""
    removed = []
    for suffix in SUFFIXES:
        for path in directory.glob(f".{_glob_escape(target.name)}.*{suffix}"):
            if not (path.is_file() and _unused(path)):
                continue
            try:
                path.unlink()
            except OSError:  # still open in a running export (Windows), or already gone
                continue
            removed.append(path)
    return removed


def _create(directory: Path, name: str, suffix: str) -> tuple[Path, int]:
    while True:
        path = directory / f".{name}.{secrets.token_hex(4)}{suffix}"
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return path, handle


def _unused(path: Path) -> bool:
    """No running export holds ``path``: its lock can be taken (POSIX) or it can be deleted (Windows)."""
    if fcntl is None:
        return True  # the unlink itself fails on a file another process still has open
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(handle)


def _target_mode(target: Path) -> int | None:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return None


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
