"""SQLite connections to a corpus file: hardened against its schema, and read-only when they must be.

Every connection runs with ``trusted_schema=OFF`` (SQL stored in the file may not call functions
with side effects or virtual tables) and, where reachable, SQLite's defensive mode. A read-only
connection never changes the file: it opens with ``mode=ro``, and where SQLite could not create
its WAL side files (a read-only folder) or should not (a first look at a file not yet trusted),
with ``immutable=1``, which is exact when there is no WAL content to read.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from viewer.corpus import defensive
from viewer.corpus.disk import DISK_FULL, out_of_space

BUSY_TIMEOUT_MS = 5000
_HEADER = b"SQLite format 3\x00"
_SQLITE_READONLY, _SQLITE_CANTOPEN = 8, 14


def connect(path: Path, read_only: bool) -> tuple[sqlite3.Connection, bool]:
    """A hardened connection to ``path`` and whether defensive mode is on; nothing is written yet."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:")
    elif read_only:
        conn = _read_only(path, look_only=False)
    else:
        conn = sqlite3.connect(path)
    return conn, _harden(conn)


def first_look(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no side files where there were none."""
    conn = _read_only(path, look_only=True)
    _harden(conn)
    return conn


def look_through_log(path: Path) -> sqlite3.Connection:
    """A read-only connection that honours another program's write-ahead log and locks (SQLite
    may leave -wal and -shm files beside a WAL-mode file): a second look when the first disagrees."""
    conn = _read_only(path, look_only=False)
    _harden(conn)
    return conn


def in_use(path: Path) -> bool:
    """Another connection has the file open in WAL mode (its -wal or -shm file is there)."""
    return _wal_file(path).exists() or path.with_name(path.name + "-shm").exists()


def writable(path: Path) -> bool:
    """Can a corpus at ``path`` be written: the file (if any) and its folder, for SQLite's journal."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK | os.X_OK) and (not path.exists() or os.access(path, os.W_OK))


def describe(path: Path, exc: BaseException) -> str:
    """An SQLite error in words for the researcher, naming the file."""
    message = str(exc)
    if "file is not a database" in message or "not a database" in message:
        return f"{path} is not a Provenance corpus (it is not an SQLite database)"
    if out_of_space(exc, path.parent):
        return f"{path}: {DISK_FULL}; nothing from this operation was kept"
    if "readonly" in message or "read-only" in message:
        return f"{path} is read-only: the corpus cannot be changed (nothing was written)"
    if "malformed" in message:
        return f"{path} is damaged ({message}); nothing was changed"
    if "unable to open" in message:
        return f"{path}: cannot open the corpus file ({message})"
    return f"{path}: {message}"


def _read_only(path: Path, look_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    no_wal_content = not _holds_wal_content(path)
    if look_only and no_wal_content and _is_wal_mode(path):
        # mode=ro on a WAL-mode file would create -wal and -shm files beside it and leave them there.
        return sqlite3.connect(uri + "&immutable=1", uri=True)
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        primary = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if primary not in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or not no_wal_content:
            raise
        # A WAL-mode corpus in a read-only folder: SQLite cannot make its -shm file there, and
        # with no WAL content and nobody able to write beside it, reading the file alone is exact.
        return sqlite3.connect(uri + "&immutable=1", uri=True)
    return conn


def _harden(conn: sqlite3.Connection) -> bool:
    conn.isolation_level = None
    conn.execute("PRAGMA trusted_schema = OFF")
    on = defensive.enable(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return on


def _wal_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _holds_wal_content(path: Path) -> bool:
    """Asked once: the -wal file goes when the last program writing the corpus closes it."""
    try:
        return _wal_file(path).stat().st_size > 0
    except FileNotFoundError:
        return False


def _is_wal_mode(path: Path) -> bool:
    """The file header's read/write versions are 2 in WAL mode (SQLite file format, offset 18)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header[:16] == _HEADER and header[18:20] == b"\x02\x02"
