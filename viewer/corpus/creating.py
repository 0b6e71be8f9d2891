"""A new corpus file appears whole, or not at all: built privately beside its place, then linked in.

Created in place, a new corpus is visible while half-made, so a second program importing into
the same new path at the same moment could read it torn (its first look reads the file without
locks) or, when its own import then failed or was cancelled, delete the file the first program
was still writing, losing that import. Built in a private file and published with link(2),
which never replaces a file, the path holds nothing or a finished corpus; the program that
finds it taken adds its work to the one that is there.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from viewer.corpus.store import Corpus, CorpusError


def create(path: Path, fill: Callable[[Corpus], None]) -> bool:
    """Make a corpus at ``path`` holding what ``fill`` stores; False, with ``path`` untouched, when
    another program created it first. An exception in ``fill`` leaves nothing behind."""
    private = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.new")  # SQLite's usual permissions
    try:
        with Corpus(private) as corpus:
            fill(corpus)
            corpus.make_self_contained()
        return _publish(private, path)
    except CorpusError as exc:  # the researcher knows the file by the name they gave
        raise CorpusError(str(exc).replace(str(private), str(path))) from exc
    finally:
        for leftover in (private, *(private.with_name(private.name + side) for side in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)


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
