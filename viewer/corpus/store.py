"""The `Corpus`: the one object that owns a corpus file's connection."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from viewer.corpus import connection, page_marks, remarking, schema_check, search_index, shown_titles, site_names
from viewer.corpus.errors import CorpusError
from viewer.corpus.events import Event
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.migrations import LATEST, MIGRATIONS, apply, now
from viewer.corpus.spans import Span
from viewer.corpus.trust import ForeignObjectsError, check_before_opening
from viewer.corpus.write_lock import immediate
from viewer.jobs import Parts, unheard

__all__ = ["Corpus", "CorpusError", "Document", "ForeignObjectsError", "now"]

DOCUMENT_COLUMNS = (
    "id", "title", "outlet", "author", "published", "language", "url",
    "sha256", "source_path", "source_format", "imported_at", "near_duplicate_of",
    "text_reader",
)
_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, title, outlet, author, published, language, url, text, sha256,"
    " source_path, source_format, imported_at, near_duplicate_of, text_reader)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

SHOWN_TITLE = search_index.SHOWN_TITLE
shown_title_sql = search_index.shown_title_sql
_SITE_NAME = search_index.site_name_sql("documents")


CORRECTABLE = ("title", "outlet", "published")
_SET_FIELD = {field: f"UPDATE documents SET {field} = ? WHERE id = ?" for field in CORRECTABLE}  # no name from input


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
    text_reader: str | None = None  # text_reader.TEXT_READERS: the version of its format's reader that read the text; None: older/unknown
    text: str = ""
    stored_title: str | None = None  # the title as imported or corrected; `title` is the shown one (`shown_titles`)

    @property
    def file_name(self) -> str:
        """The original file's name, whichever system's separators its path was recorded with."""
        return self.source_path.replace("\\", "/").rsplit("/", 1)[-1]


def _columns(with_text: bool) -> str:
    """A document row's columns: its fields, its text if wanted, and its site name last."""
    return ", ".join(DOCUMENT_COLUMNS) + (", text" if with_text else "") + ", " + _SITE_NAME


def _document(row: Sequence) -> Document:
    """A document from a row of `_columns`, shown under its title without the site's name (the stored title kept)."""
    document = Document(*row[:-1])
    shown = shown_titles.shown_title(document.title, row[-1], document.outlet, document.url)
    return replace(document, title=shown, stored_title=document.title)


class Corpus:
    """A corpus file: documents, their analysis, notes and tags.

    The file is untrusted until checked: before anything is written its schema is compared,
    through a read-only connection, with what its recorded migrations create, and a file that
    is not a corpus, is newer, or holds foreign objects is refused untouched. Opening then
    upgrades an older file in place (each migration in its own transaction), marks again the page junk of documents
    marked by older rules (`remarking`; ``marking`` hears each document, and may cancel the opening), the web page
    lines of documents imported before the page-line table (`page_marks`) and the site names after their headlines
    (`site_names`).
    `strip_foreign` removes foreign objects instead of refusing; `stripped` says what went.
    """

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False,
                 strip_foreign: bool = False, marking: Parts = unheard) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.stripped: list[str] = []
        self.documents_did_change = Event()
        self.analysis_did_change = Event()
        self.notes_did_change = Event()
        self.write_lock_did_wait = Event()  # (seconds waited) while another program writes
        findings = None if str(path) == ":memory:" else check_before_opening(self.path, create, read_only, strip_foreign)
        try:
            conn, self.defensive = connection.connect(self.path, read_only)
        except sqlite3.Error as exc:
            raise CorpusError(connection.describe(self.path, exc)) from exc
        conn.create_function(SHOWN_TITLE, 4, shown_titles.shown_title, deterministic=True)
        self.db = Database(conn)
        try:
            if findings is not None and not findings.clean:
                self._strip()
            if str(path) != ":memory:" and not read_only:
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
            self._mark_page_junk(marking)
        except sqlite3.Error as exc:
            self.db.conn.close()
            raise CorpusError(connection.describe(self.path, exc)) from exc
        except BaseException:
            self.db.conn.close()
            raise

    @classmethod
    def in_memory(cls) -> "Corpus":
        return cls(":memory:")

    def data_version(self) -> int:
        """A number that changes once another connection (a second window, the command line, a background job)
        has committed to the file: what this connection reads is no longer what was shown."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    # -- trust -------------------------------------------------------------------------

    def _strip(self) -> None:
        """Remove foreign objects, re-checking under the write lock in case the file changed since."""
        with self.transaction():
            version = schema_check.recorded_version(self.db.conn) or 0
            findings = schema_check.inspect(self.db.conn, version)
            if not findings.strippable:
                raise ForeignObjectsError(self.path, findings)
            self.stripped = schema_check.strip(self.db.conn, findings)

    # -- schema ------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return schema_check.recorded_version(self.db.conn) or 0

    def _migrate(self) -> None:
        version = self.schema_version
        if version > LATEST:  # written by a newer version after the first look
            raise CorpusError(f"{self.path} was written by a newer Provenance Viewer (corpus schema {version})")
        if version == LATEST:
            return
        if self.read_only:
            raise CorpusError(
                f"{self.path} needs upgrading to schema {LATEST} but is read-only; copy it somewhere writable."
            )
        for number, name, change in MIGRATIONS:
            if number <= version:
                continue
            with self.transaction() as db:
                if number <= self.schema_version:  # another program upgraded it while we waited
                    continue
                apply(db, number, name, change)

    def _mark_page_junk(self, marking: Parts) -> None:
        """Documents marked by older boilerplate rules, imported before the page-line table (or its latest entries),
        or before the site-name rule, get their marks now; a search index built by another rule is built again."""
        current = (remarking.is_current, page_marks.is_current, site_names.is_current, search_index.is_current)
        if self.read_only or all(is_current(self.db) for is_current in current):
            return
        with self.transaction() as db:
            if not remarking.is_current(db):
                remarking.mark_again(db, marking)
            if not page_marks.is_current(db):  # another program marked them while we waited
                page_marks.mark_again(db)
            indexed = search_index.is_current(db)  # else the index holds what this rule cannot forget a row by
            if not site_names.is_current(db):
                site_names.mark_again(db, search_index.reindexed if indexed else None)
            if not indexed:
                search_index.rebuild(db)

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing, holding the write lock from the start: an exception (or Ctrl-C) inside
        leaves the corpus as it was, and a second writer waits rather than failing."""
        if self.read_only:
            raise CorpusError(f"{self.path} is open read-only: nothing can be changed in it")
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            with immediate(self.db.conn, self.write_lock_did_wait.emit):
                yield self.db
        except sqlite3.OperationalError as exc:
            raise CorpusError(connection.describe(self.path, exc)) from exc
        self._fold_log()

    def _fold_log(self) -> None:
        """Copy what was just committed from the write-ahead log into the corpus file itself.

        The researcher owns one file and copies, backs up or syncs it while the window is open; SQLite on its own
        folds the log in only every thousand pages, or when the last connection closes, so a copy taken after an
        import, an analysis or a note held none of it (the window's connection stays open). A passive fold never
        waits: pages a reader still uses are folded by the next one."""
        if str(self.path) == ":memory:":
            return
        try:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.OperationalError:  # another connection is folding the log right now: it folds these pages too
            pass

    def make_self_contained(self) -> None:
        """Fold the write-ahead log into the file and stop using one, so the file alone is the
        whole corpus and can be renamed or copied (it is switched back to WAL when next opened)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("PRAGMA journal_mode = DELETE")

    @contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Writes inside give up after ``seconds`` of waiting for another program's write lock,
        with a CorpusError: a window's own thread must not freeze behind a long import."""
        def impatient(waited: float) -> None:
            if waited >= seconds:
                raise CorpusError(
                    f"{self.path}: another program is writing this corpus, so nothing was saved;"
                    " try again when it has finished"
                )

        self.write_lock_did_wait.connect(impatient)
        try:
            yield
        finally:
            self.write_lock_did_wait.disconnect(impatient)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def insert_documents(self, rows: Sequence[tuple]) -> None:
        """Store document rows (columns as `_INSERT_DOCUMENT`) and index them for search, inside
        the caller's transaction; the search index is kept here since the corpus holds no triggers."""
        self.db.conn.executemany(_INSERT_DOCUMENT, rows)
        search_index.index(self.db, [row[0] for row in rows])

    def set_document_field(self, document_id: int, field: str, value: str | None) -> None:
        """Overwrite a document's title, outlet or date, inside the caller's transaction, keeping
        the search index in step with the title (`corpus.publication` records the original)."""
        if field not in CORRECTABLE:
            raise ValueError(f"cannot change the {field} of a document; only {', '.join(CORRECTABLE)}")
        with search_index.reindexed(self.db, [document_id] if field in ("title", "outlet") else []):
            self.db.execute(_SET_FIELD[field], (value, document_id))  # an outlet can be the site name a title sheds

    def rebuild_search_index(self) -> None:
        """Index every document again: for text written without `insert_documents` (tests, repairs)."""
        with self.transaction() as db:
            search_index.rebuild(db)

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
        row = self.db.execute(f"SELECT {_columns(with_text)} FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document with id {document_id}")
        return _document(row)

    def documents_by_id(self, document_ids: Sequence[int], with_text: bool = True) -> dict[int, Document]:
        """These documents by id, read in one statement: a claim's sources, for every claim an export shows."""
        rows = self.db.execute(f"SELECT {_columns(with_text)} FROM documents WHERE id {IN_IDS}", (id_list(document_ids),))
        return {row[0]: _document(row) for row in rows}

    def documents(self, with_text: bool = True) -> Iterator[Document]:
        for row in self.db.execute(f"SELECT {_columns(with_text)} FROM documents ORDER BY id"):
            yield _document(row)

    def document_by_sha256(self, sha256: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def boilerplate(self, document_id: int) -> list[Span]:
        rows = self.db.execute(
            'SELECT start, "end" FROM boilerplate WHERE document_id = ? ORDER BY start, id', (document_id,)
        )
        return [Span(start, end) for start, end in rows]

    def boilerplate_kinds(self, document_id: int) -> list[tuple[Span, str | None]]:
        return self.boilerplate_by_document([document_id])[document_id]

    def boilerplate_by_document(self, document_ids: Sequence[int]) -> dict[int, list[tuple[Span, str | None]]]:
        """These documents' marks with their kinds, in one statement: an export shows every document's."""
        out: dict[int, list[tuple[Span, str | None]]] = {document_id: [] for document_id in document_ids}
        rows = self.db.execute(
            f'SELECT document_id, start, "end", kind FROM boilerplate WHERE document_id {IN_IDS}'
            ' ORDER BY document_id, start, id', (id_list(document_ids),))
        for document_id, start, end, kind in rows:
            out[document_id].append((Span(start, end), kind))
        return out

