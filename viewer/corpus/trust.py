"""The checks a corpus file passes before any connection may write to it.

Researchers exchange corpus files, so a file is untrusted until its schema has been read
through a read-only connection and matched against what its recorded migrations create. A
missing file is only created where creating is the point (an import, File → New corpus); a
file that is not a corpus, was written by a newer version, or holds objects we did not make is
refused with the file exactly as it was.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from viewer.corpus import connection, schema_check
from viewer.corpus.errors import CorpusError
from viewer.corpus.migrations import LATEST

_LOOKS = 5  # a torn view settles within these looks ...
_PAUSE = 0.1  # ... 0.1, 0.2, 0.3 and 0.4 s apart

STRIP_HINT = "provenance repair {path} --strip-foreign"


class ForeignObjectsError(CorpusError):
    """The file holds schema objects our migrations did not create; nothing in it ran or changed."""

    def __init__(self, path: Path, findings: schema_check.Findings) -> None:
        self.path, self.findings = path, findings
        listing = "\n".join(f"  {line}" for line in findings.listing())
        if findings.strippable:
            remedy = ("If you trust where the file came from, remove them (the file is changed; keep a copy):"
                      f" {STRIP_HINT.format(path=path)}")
        else:
            remedy = "They cannot be removed safely here; export what you need from a copy with another SQLite tool."
        super().__init__(
            f"{path} holds things Provenance Viewer did not create, so it was not opened"
            f" (nothing in it ran or changed):\n{listing}\n{remedy}"
        )


def check_before_opening(path: Path, create: bool, read_only: bool,
                         strip_foreign: bool) -> schema_check.Findings | None:
    """Refuse a file we must not open, before anything can write to it.

    Returns what the first look found (objects to strip, when ``strip_foreign`` allows it), or
    None for a file that does not exist yet or holds nothing.
    """
    findings = None
    if not path.exists():
        if not create or read_only:
            raise CorpusError(
                f"{path} does not exist. A corpus is created by importing into it:"
                f" provenance import {path} FILES… (or File → New corpus)"
            )
        if not path.parent.is_dir():
            raise CorpusError(f"{path}: the folder {path.parent} does not exist")
    elif path.is_dir():
        raise CorpusError(f"{path} is a folder, not a corpus file")
    else:
        findings = _first_look(path, create, strip_foreign)
        if findings is not None and not findings.clean and read_only:
            raise CorpusError(f"{path} is open read-only: its foreign objects cannot be removed")
    if not read_only and not path.exists() and not connection.writable(path):
        raise CorpusError(
            f"{path} cannot be made: its folder {path.parent} cannot be written (a read-only folder, disk or"
            " share); nothing was changed. Choose a folder you can write to."
        )
    if not read_only and not connection.writable(path):
        raise CorpusError(
            f"{path} is read-only (the file or its folder cannot be written): nothing was changed."
            " It can still be opened for reading (list, export, the window)."
        )
    return findings


def _first_look(path: Path, create: bool, strip_foreign: bool) -> schema_check.Findings | None:
    findings = _settled_look(path, create)
    if findings is not None and not findings.clean and not (strip_foreign and findings.strippable):
        raise ForeignObjectsError(path, findings)
    return findings


def _settled_look(path: Path, create: bool) -> schema_check.Findings | None:
    """What the file holds, looked at again while it seems torn.

    The first look skips the write-ahead log and locks (to leave no side files), and so may see a
    file another program is creating, upgrading or checkpointing as it closes half-written; later
    looks go through the log while there is one, a little apart, and the last one counts. A file
    that really holds foreign objects is refused about a second later than it would be at once.
    """
    connect = connection.first_look
    for attempt in range(_LOOKS - 1):
        try:
            findings = _look(path, connect, create)
            if findings is None or findings.clean:
                return findings
        except CorpusError:
            pass
        time.sleep(_PAUSE * (attempt + 1))
        connect = connection.look_through_log if connection.in_use(path) else connection.first_look
    return _look(path, connect, create)


def _look(path: Path, connect, create: bool) -> schema_check.Findings | None:
    try:
        probe = connect(path)
    except sqlite3.Error as exc:
        raise CorpusError(connection.describe(path, exc)) from exc
    try:
        version = schema_check.recorded_version(probe)
        if version is None:
            _refuse_non_corpus(path, probe, create)
            return None
        if version > LATEST:
            raise CorpusError(
                f"{path} was written by a newer Provenance Viewer (corpus schema {version}; "
                f"this version reads up to {LATEST}). It was not opened, so nothing in it changed."
            )
        return schema_check.inspect(probe, version)
    except sqlite3.Error as exc:
        raise CorpusError(connection.describe(path, exc)) from exc
    finally:
        probe.close()


def _refuse_non_corpus(path: Path, probe: sqlite3.Connection, create: bool) -> None:
    objects = schema_check.user_objects(probe)
    if objects:
        names = ", ".join(item.name for item in objects[:8]) + (" …" if len(objects) > 8 else "")
        raise CorpusError(
            f"{path} is an SQLite database but not a Provenance corpus (it holds {names});"
            " it was left exactly as it was."
        )
    if not create:
        raise CorpusError(f"{path} is empty, not a Provenance corpus (import files into it to make one)")
