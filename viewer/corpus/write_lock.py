"""One writer at a time: take SQLite's write lock first, and wait for it visibly.

A transaction that starts with a plain BEGIN reads first and asks for the write lock later;
when another program wrote in between, SQLite cannot wait its way out and fails with
"database is locked". BEGIN IMMEDIATE asks for the lock before reading anything, so a second
`import` simply waits for the first. The wait is done here in short steps rather than in one
long busy timeout, so the researcher is told what is happening and Ctrl-C still works.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

WAITING = "waiting for another program writing this corpus…"
STEP_MS = 200  # one busy-timeout step; each failed step reports the wait
PATIENCE_S = 30 * 60  # after this the other writer is presumed stuck


class WriteLockTimeout(sqlite3.OperationalError):
    """Another program kept the corpus locked for longer than anyone should wait."""


@contextmanager
def immediate(conn: sqlite3.Connection, waiting: Callable[[float], None], patience: float = PATIENCE_S) -> Iterator[None]:
    """A transaction holding the write lock from its first statement; commits, or rolls back on any exception.

    ``waiting(seconds)`` is called about five times a second while another connection holds the
    lock; it may raise to give up (a cancel).
    """
    _begin(conn, waiting, patience)
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _begin(conn: sqlite3.Connection, waiting: Callable[[float], None], patience: float) -> None:
    started = time.monotonic()
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {STEP_MS}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            waited = time.monotonic() - started
            if waited > patience:
                raise WriteLockTimeout(
                    f"another program has kept the corpus locked for {waited / 60:.0f} minutes"
                )
            waiting(waited)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")
