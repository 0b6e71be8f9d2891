"""The `Corpus`: the one object that owns a corpus file's connection."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from viewer.corpus.spans import Span
from viewer.corpus.events import Event
from viewer.corpus.migrations import LATEST, MIGRATIONS

DOCUMENT_COLUMNS = (
    "id", "title", "outlet", "author", "published", "language", "url",
    "sha256", "source_path", "source_format", "imported_at", "near_duplicate_of",
)


class CorpusError(Exception):
    """A corpus file that cannot be opened or written, with a message fit for the researcher."""


@dataclass(frozen=True)
class Document:
    id: int
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    language: str | None
    url: str | None
    sha256: str
    source_path: str
    source_format: str | None
    imported_at: str
    near_duplicate_of: int | None
    text: str = ""


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Corpus:
    """A corpus file: documents, their analysis, notes and tags.

    Opening upgrades an older file in place (each migration in its own transaction) and refuses
    a file written by a newer version rather than risk damaging it.
    """

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.documents_did_change = Event()
        self.analysis_did_change = Event()
        self.notes_did_change = Event()
        if not self.path.exists() and not create:
            raise CorpusError(f"{self.path}: no such corpus file")
        self.db = Database(self._connect())
        try:
            self._check_is_corpus()
            self._migrate()
        except Exception:
            self.db.conn.close()
            raise

    @classmethod
    def in_memory(cls) -> "Corpus":
        return cls(":memory:")

    def _connect(self) -> sqlite3.Connection:
        target = str(self.path)
        try:
            if self.read_only:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            else:
                conn = sqlite3.connect(target)
            conn.isolation_level = None
            conn.execute("PRAGMA foreign_keys = ON")
            if target != ":memory:" and not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise CorpusError(_describe(self.path, exc)) from exc
        return conn

    def _check_is_corpus(self) -> None:
        try:
            self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise CorpusError(_describe(self.path, exc)) from exc

    @property
    def schema_version(self) -> int:
        if "corpus_migrations" not in self.db.table_names():
            return 0
        return self.db.execute("SELECT coalesce(max(version), 0) FROM corpus_migrations").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > LATEST:
            raise CorpusError(
                f"{self.path} was written by a newer Provenance Viewer (corpus schema {version}; "
                f"this version reads up to {LATEST}). It was not opened, so nothing in it changed."
            )
        if version == LATEST:
            return
        if self.read_only:
            raise CorpusError(
                f"{self.path} needs upgrading to schema {LATEST} but is read-only; copy it somewhere writable."
            )
        try:
            for number, name, apply in MIGRATIONS:
                if number <= version:
                    continue
                with self.db.atomic():
                    if number == 1:
                        self.db.execute(
                            "CREATE TABLE corpus_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
                        )
                    apply(self.db)
                    self.db.execute(
                        "INSERT INTO corpus_migrations VALUES (?, ?, ?)", (number, name, now())
                    )
                    if number == 1:
                        self.db.execute("INSERT INTO corpus_info VALUES ('created', ?)", (now(),))
        except sqlite3.OperationalError as exc:
            raise CorpusError(_describe(self.path, exc)) from exc

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing: an exception (or Ctrl-C) inside leaves the corpus as it was."""
        if self.read_only:
            raise CorpusError(f"{self.path} is open read-only")
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as exc:
            raise CorpusError(_describe(self.path, exc)) from exc

    def make_self_contained(self) -> None:
        """Fold the write-ahead log into the file and stop using one, so the file alone is the
        whole corpus and can be renamed or copied (it is switched back to WAL when next opened)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("PRAGMA journal_mode = DELETE")

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------

    @property
    def created(self) -> str | None:
        row = self.db.execute("SELECT value FROM corpus_info WHERE key = 'created'").fetchone()
        return row[0] if row else None

    def document_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document_ids(self, order_by: str = "id", descending: bool = False) -> list[int]:
        """Ids only: callers fetch rows lazily, so a 10,000-document corpus stays cheap."""
        column = order_by if order_by in DOCUMENT_COLUMNS else "id"
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT id FROM documents ORDER BY {column} IS NULL, {column} {direction}, id"
        return [row[0] for row in self.db.execute(sql)]

    def document(self, document_id: int, with_text: bool = True) -> Document:
        columns = ", ".join(DOCUMENT_COLUMNS) + (", text" if with_text else "")
        row = self.db.execute(f"SELECT {columns} FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document with id {document_id}")
        return Document(*row)

    def documents(self, with_text: bool = True) -> Iterator[Document]:
        columns = ", ".join(DOCUMENT_COLUMNS) + (", text" if with_text else "")
        for row in self.db.execute(f"SELECT {columns} FROM documents ORDER BY id"):
            yield Document(*row)

    def document_by_sha256(self, sha256: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def boilerplate(self, document_id: int) -> list[Span]:
        rows = self.db.execute(
            'SELECT start, "end" FROM boilerplate WHERE document_id = ? ORDER BY start', (document_id,)
        )
        return [Span(start, end) for start, end in rows]

    def boilerplate_kinds(self, document_id: int) -> list[tuple[Span, str | None]]:
        rows = self.db.execute(
            'SELECT start, "end", kind FROM boilerplate WHERE document_id = ? ORDER BY start', (document_id,)
        )
        return [(Span(start, end), kind) for start, end, kind in rows]

    def outlets(self) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")
        return [row[0] for row in rows]


def _describe(path: Path, exc: sqlite3.Error) -> str:
    message = str(exc)
    if "file is not a database" in message or "not a database" in message:
        return f"{path} is not a Provenance corpus (it is not an SQLite database)"
    if "readonly" in message or "read-only" in message:
        return f"{path} is read-only: the corpus cannot be changed (nothing was written)"
    if "disk is full" in message or "database or disk is full" in message:
        return f"{path}: the disk is full; nothing from this operation was kept"
    if "unable to open" in message:
        return f"{path}: cannot open the corpus file ({message})"
    return f"{path}: {message}"
