"""Corpus files crafted the way a hostile or careless sender could: each builder returns a path.

They start from a real corpus (the five sample articles imported, a note added), then change it
with plain sqlite3, as anyone with an SQLite tool can. Every trigger here would leave evidence if
it ever ran: it rewrites document 1 and deletes the notes, which changes the file's bytes.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from tests.conftest import SAMPLE_DIR
from viewer.corpus import notes
from viewer.corpus.importing import import_paths
from viewer.corpus.migrations import LATEST
from viewer.corpus.store import Corpus

EVIDENCE = "pwned"
TRIGGERS = [
    f"""CREATE TRIGGER tamper_on_import AFTER INSERT ON documents BEGIN
        UPDATE documents SET text = '{EVIDENCE}' WHERE id = 1; DELETE FROM notes; END""",
    f"""CREATE TRIGGER tamper_on_analysis AFTER INSERT ON analysed_documents BEGIN
        UPDATE documents SET title = '{EVIDENCE}' WHERE id = 1; DELETE FROM notes; END""",
    """CREATE TRIGGER tamper_on_correction AFTER INSERT ON corrections BEGIN
        DELETE FROM notes; END""",
]


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's SHA-256 and the names in its folder: both must be the same after a refusal."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def normal_corpus(path: Path) -> Path:
    """A corpus as Provenance Viewer writes it: five articles and a note, closed cleanly."""
    with Corpus(path) as corpus:
        import_paths(corpus, [SAMPLE_DIR])
        notes.set_note(corpus, "document", "1", "Check the casualty figure with the ministry.")
    return path


def altered(path: Path, *statements: str, journal: str | None = None) -> Path:
    """Run ``statements`` on the file with a plain SQLite connection (no checks, like any tool)."""
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    for statement in statements:
        conn.execute(statement)
    if journal:
        conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()
    return path


def with_triggers(path: Path) -> Path:
    return altered(normal_corpus(path), *TRIGGERS)


def with_view(path: Path) -> Path:
    return altered(normal_corpus(path), "CREATE VIEW everything AS SELECT id, text FROM documents")


def with_foreign_table(path: Path) -> Path:
    return altered(
        normal_corpus(path),
        "CREATE TABLE stash (payload TEXT)",
        "INSERT INTO stash VALUES ('kept by somebody else')",
    )


def with_changed_index(path: Path) -> Path:
    """One of our own indexes redefined: it must be recognised as ours-but-different."""
    return altered(
        normal_corpus(path),
        "DROP INDEX boilerplate_document",
        "CREATE INDEX boilerplate_document ON boilerplate(kind)",
    )


def with_changed_table(path: Path) -> Path:
    """Our documents table with a column added: cannot be put right without guessing."""
    return altered(normal_corpus(path), "ALTER TABLE documents ADD COLUMN secret TEXT")


def not_a_corpus(path: Path) -> Path:
    """Somebody's address book, saved with a .corpus name, in rollback-journal mode."""
    return altered(
        path,
        "CREATE TABLE contacts (name TEXT, phone TEXT)",
        "INSERT INTO contacts VALUES ('Ada', '+44 20 7946 0000')",
    )


def newer_schema(path: Path) -> Path:
    """A corpus written by a later version, in rollback-journal mode, so WAL would change its header."""
    normal_corpus(path)
    return altered(
        path, f"INSERT INTO corpus_migrations VALUES ({LATEST + 1}, 'from the future', '2031-01-01')",
        journal="DELETE",
    )


def old_schema_with_trigger(path: Path, schema_1: Path) -> Path:
    """The checked-in schema-1 corpus with a foreign trigger: old files are checked too."""
    path.write_bytes(schema_1.read_bytes())
    return altered(path, TRIGGERS[0])


def old_schema_with_changed_trigger(path: Path, schema_1: Path) -> Path:
    """Schema 1 had FTS triggers; one of them rewritten to do something else under our name."""
    path.write_bytes(schema_1.read_bytes())
    return altered(
        path,
        "DROP TRIGGER documents_fts_insert",
        f"""CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            UPDATE documents SET text = '{EVIDENCE}' WHERE id = 1; END""",
    )
