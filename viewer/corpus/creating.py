"""A new corpus file appears whole, or not at all: built privately beside its place, then linked in.

Created in place, a new corpus is visible while half-made, so a second program importing into
the same new path at the same moment could read it torn (its first look reads the file without
locks) or, when its own import then failed or was cancelled, delete the file the first program
was still writing, losing that import. Built in a private file and published with link(2),
which never replaces a file, the path holds nothing or a finished corpus; the program that
finds it taken adds its work to the one that is there.
"""
from __future__ import annotations

import contextlib
import glob
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from viewer.corpus.store import Corpus, CorpusError

# A program killed while building leaves its private file behind. One a live program builds is
# written batch after batch; one untouched for a day is a leftover, whoever made it.
STALE_AFTER_SECONDS = 24 * 3600


def create(path: Path, fill: Callable[[Corpus], None]) -> bool:
    """Make a corpus at ``path`` holding what ``fill`` stores; False, with ``path`` untouched, when
    another program created it first. An exception in ``fill`` leaves nothing behind."""
    _remove_leftovers(path)
    private = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.new")  # SQLite's usual permissions
    try:
        with Corpus(private) as corpus:
            fill(corpus)
            corpus.make_self_contained()
        _clear_orphans(path)
        return _publish(private, path)
    except CorpusError as exc:  # the researcher knows the file by the name they gave
        raise CorpusError(str(exc).replace(str(private), str(path))) from exc
    finally:
        for leftover in _with_side_files(private):
            with contextlib.suppress(OSError):  # a read-only file system refuses even to delete what is not there
                leftover.unlink(missing_ok=True)


def _remove_leftovers(path: Path) -> None:
    """Delete the private files killed programs left beside ``path`` (not those being written)."""
    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.new"):
        files = _with_side_files(leftover)
        try:
            touched = max(p.stat().st_mtime for p in files if p.exists())
        except (OSError, ValueError):  # gone meanwhile: its program finished
            continue
        if now - touched > STALE_AFTER_SECONDS:
            for file in files:
                with contextlib.suppress(OSError):  # held open after all (Windows): left for next time
                    file.unlink(missing_ok=True)


def _clear_orphans(path: Path) -> None:
    """Delete the write-ahead log, shared memory and journal a corpus no longer at ``path`` left there (its file
    deleted while open, or after a crash): SQLite replays them into whatever file takes the name, so a new corpus
    opened with another one's documents in it. Side files beside a file that is there belong to it."""
    if path.exists():
        return
    for side in _with_side_files(path)[1:]:
        with contextlib.suppress(OSError):  # refused (a read-only folder): the publish below fails and says so
            side.unlink(missing_ok=True)


def _with_side_files(path: Path) -> list[Path]:
    """The file and those SQLite keeps beside it while it is open."""
    return [path, *(path.with_name(path.name + side) for side in ("-wal", "-shm", "-journal"))]


def _publish(private: Path, path: Path) -> bool:
    """Give the finished file its name unless the name is taken: a hard link is made atomically or
    not at all. Where the file system has no hard links (FAT, some network shares) a rename follows
    a last check: Windows refuses to rename onto a file, elsewhere two programs could both publish."""
    try:
        os.link(private, path)
    except FileExistsError:
        return False
    except OSError:
        if path.exists():
            return False
        try:
            os.rename(private, path)
        except FileExistsError:
            return False
    return True
