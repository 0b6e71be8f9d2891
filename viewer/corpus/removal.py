"""Taking documents out of a corpus: a wrong file, a copy saved under another name, a near-copy.

One transaction takes a document and everything the corpus holds on it: its row and text, its
search-index row, the notes and tags on it, on its statements and on its passages, and (through
the schema's ON DELETE CASCADE, which every connection enforces) its boilerplate, dates, title,
outlet and date corrections, page marks and every analysis row (units, attributions, claim
mentions and threads). A failure anywhere leaves the corpus as it was. The file the document was
imported from is never read nor touched: only the corpus forgets it.

The analysis keeps the researcher's corrections and the claims; `analysis.operations.remove_job`
wraps this with what they need (corrections naming the documents, a relink).

A removal can be taken back: `kept_corpus_rows` reads, before the rows go, everything the corpus
layer holds on the documents, `keep` stores it with what the analysis kept in the ``removals``
table, and `put_back_corpus_rows` puts it back under the same ids. No new document takes the id of
a kept one (`highest_kept_id`), so notes keyed by "d7" can never wake up on another article.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.corpus import search_index
from viewer.corpus.errors import CorpusError
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.kept_rows import column, ids_taken, put_back, read_block
from viewer.corpus.length_limit import ANALYSIS_READS
from viewer.corpus.store import Corpus, now
from viewer.jobs import Changes, Job, TaskState, counted

# The corpus layer's tables with a row per document besides `documents`: kept with it, put back with it.
KEPT_WITH_DOCUMENT = ("boilerplate", "document_dates", "document_corrections", "remarked_documents")
# Notes and tags on a document ("d7"), on its statements and passages ("7:120-180").
_ON_DOCUMENTS = ("(target_kind = 'document' AND target_key IN (SELECT 'd' || value FROM json_each(?1))) OR"
                 " (target_kind IN ('statement', 'passage') AND"
                 " CAST(substr(target_key, 1, instr(target_key, ':') - 1) AS INTEGER) IN (SELECT value FROM json_each(?1)))")


class UnknownDocuments(CorpusError):
    """Ids the corpus does not hold; nothing was removed."""

    def __init__(self, missing: Sequence[int]) -> None:
        self.missing = tuple(missing)
        named = ", ".join(f"d{d}" for d in self.missing)
        super().__init__(f"the corpus holds no {named}; nothing was removed")


@dataclass(frozen=True)
class Removed:
    """A document as it was when removed: enough to name it afterwards."""

    id: int
    title: str | None
    source_path: str

    def named(self) -> str:
        return f"d{self.id} “{self.title}”" if self.title else f"d{self.id} ({self.source_path})"


def remove_documents(corpus: Corpus, document_ids: Sequence[int]) -> list[Removed]:
    """Remove these documents and everything on them, all or none (inside the caller's transaction
    when there is one, so a later step that fails takes the removal back too)."""
    wanted = list(dict.fromkeys(document_ids))
    if not wanted:
        return []
    with corpus.transaction() as db:
        rows = db.execute(f"SELECT id, title, source_path FROM documents WHERE id {IN_IDS} ORDER BY id",
                          (id_list(wanted),)).fetchall()
        missing = sorted(set(wanted) - {row[0] for row in rows})
        if missing:
            raise UnknownDocuments(missing)
        ids = id_list(wanted)
        search_index.unindex(db, wanted)
        for table in ("notes", "tags"):
            db.execute(f"DELETE FROM {table} WHERE {_ON_DOCUMENTS}", (ids,))
        db.execute(f"DELETE FROM documents WHERE id {IN_IDS}", (ids,))
    return [Removed(*row) for row in rows]


def copy_worth_keeping(corpus: Corpus, document_id: int) -> bool:
    """Whether a near-duplicate is the one of its pair the analysis reads: its original is past the analysis's
    limit and the copy is not (a digest of a long archive), so "remove this copy…" would leave the article
    unanalysed, and the window does not offer it."""
    row = corpus.db.execute(
        "SELECT length(copy.text), length(original.text) FROM documents AS copy"
        " JOIN documents AS original ON original.id = copy.near_duplicate_of WHERE copy.id = ?", (document_id,)).fetchone()
    return row is not None and row[0] <= ANALYSIS_READS < row[1]


def tables_naming_documents(corpus: Corpus) -> list[str]:
    """Every table with a ``document_id`` column: what a removal must leave no row of the document in."""
    tables = [name for (name,) in corpus.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return [t for t in tables
            if any(column[1] == "document_id" for column in corpus.db.execute(f'PRAGMA table_info("{t}")'))]


# -- keeping what a removal took, and putting it back ------------------------------------------


class NoSuchRemoval(CorpusError):
    """A removal the corpus keeps nothing of (never made, taken back, or let go)."""


class CannotBringBack(CorpusError):
    """The corpus changed since the removal in a way that stops the documents coming back as they were."""


@dataclass(frozen=True)
class KeptRemoval:
    """One removal the corpus can take back: when, and which documents."""

    id: int
    removed_at: str
    documents: tuple[Removed, ...]

    def named(self) -> str:
        return ", ".join(r.named() for r in self.documents)


def kept_corpus_rows(corpus: Corpus, document_ids: Sequence[int]) -> dict:
    """Everything the corpus layer holds on these documents, read before they go: their rows (text included),
    boilerplate, dates, title/outlet/date corrections, notes and tags, and other documents marked as their
    near-duplicates (the schema forgets that mark when the original goes)."""
    ids = id_list(document_ids)
    db = corpus.db
    kept = {"documents": read_block(db, f"SELECT * FROM documents WHERE id {IN_IDS} ORDER BY id", (ids,))}
    for table in KEPT_WITH_DOCUMENT:
        kept[table] = read_block(db, f'SELECT * FROM "{table}" WHERE document_id {IN_IDS}', (ids,))
    for table in ("notes", "tags"):
        kept[table] = read_block(db, f"SELECT * FROM {table} WHERE {_ON_DOCUMENTS}", (ids,))
    kept["copies"] = [list(row) for row in db.execute(
        f"SELECT id, near_duplicate_of FROM documents WHERE near_duplicate_of {IN_IDS} AND id NOT {IN_IDS}",
        (ids, ids))]
    return kept


def keep(corpus: Corpus, removed: Sequence[Removed], rows: dict) -> int:
    """Store what a removal took, inside its transaction; the id names it to `bring back`."""
    with corpus.transaction() as db:
        named = json.dumps([[r.id, r.title, r.source_path] for r in removed], ensure_ascii=False)
        cursor = db.execute("INSERT INTO removals (removed_at, documents, kept) VALUES (?, ?, ?)",
                            (now(), named, json.dumps(rows, ensure_ascii=False)))
        return cursor.lastrowid


def kept_removals(corpus: Corpus) -> list[KeptRemoval]:
    """The removals that can be taken back, the oldest first."""
    return [KeptRemoval(row_id, at, tuple(Removed(*d) for d in json.loads(named)))
            for row_id, at, named in corpus.db.execute("SELECT id, removed_at, documents FROM removals ORDER BY id")]


@dataclass(frozen=True)
class KeptSummary:
    """One kept removal as the window's list of them shows it: its documents, their outlets, when, and how much of
    the corpus file it holds (what forgetting it frees)."""

    id: int
    removed_at: str
    documents: tuple[Removed, ...]
    outlets: tuple[str, ...]
    size: int  # bytes of the kept rows (text, notes, analysis, as JSON)

    def named(self) -> str:
        return ", ".join(r.named() for r in self.documents)


def kept_removal_ids(corpus: Corpus) -> list[int]:
    """The numbers of the removals kept, the oldest first: what a list of them holds before it reads any row."""
    return [row_id for (row_id,) in corpus.db.execute("SELECT id FROM removals ORDER BY id")]


def kept_summary(corpus: Corpus, removal_id: int) -> KeptSummary | None:
    """One kept removal's row for the list, read when shown (only its documents' rows are parsed, not its
    analysis); None once it is gone (brought back or forgotten meanwhile)."""
    row = corpus.db.execute("SELECT removed_at, documents, length(CAST(kept AS BLOB)),"
                            " json_extract(kept, '$.corpus.documents') FROM removals WHERE id = ?",
                            (removal_id,)).fetchone()
    if row is None:
        return None
    block = json.loads(row[3]) if row[3] else {"columns": ["outlet"], "rows": []}
    outlets = tuple(dict.fromkeys(o for o in column(block, "outlet") if o)) if "outlet" in block["columns"] else ()
    return KeptSummary(removal_id, row[0], tuple(Removed(*d) for d in json.loads(row[1])), outlets, row[2])


def kept_rows(corpus: Corpus, removal_id: int) -> tuple[KeptRemoval, dict]:
    """One kept removal and its rows; `NoSuchRemoval` says which removals there are."""
    row = corpus.db.execute("SELECT id, removed_at, documents, kept FROM removals WHERE id = ?", (removal_id,)).fetchone()
    if row is None:
        raise NoSuchRemoval(_no_such(corpus, removal_id))
    return KeptRemoval(row[0], row[1], tuple(Removed(*d) for d in json.loads(row[2]))), json.loads(row[3])


def forget_removals(corpus: Corpus, removal_ids: Sequence[int]) -> int:
    """Let kept removals go (taken back, or the researcher wants the text out of the file); how many went."""
    with corpus.transaction() as db:
        return db.execute(f"DELETE FROM removals WHERE id {IN_IDS}", (id_list(removal_ids),)).rowcount


@dataclass(frozen=True)
class Forgotten:
    """What letting kept removals go for good did: the removals and documents gone, and whether the file was
    rewritten without their freed pages (it is not while another program reads the corpus)."""

    removals: tuple[KeptRemoval, ...]
    scrubbed: bool

    def said(self) -> str:
        documents = sum(len(k.documents) for k in self.removals)
        its = "their" if documents != 1 else "its"
        line = (f"Forgot {counted(len(self.removals), 'removal')}"
                f" ({counted(documents, 'document')}): {its} text, notes and analysis are no longer"
                " in the corpus file and cannot be brought back")
        if not self.scrubbed:
            line += (f"; another program has the corpus open, so the file still holds {its} freed pages: close the"
                     " other program, then run `provenance removed CORPUS --compact`")
        return line


def forget_for_good(corpus: Corpus, removal_ids: Sequence[int]) -> Forgotten:
    """Let kept removals go so their text leaves the corpus file (a researcher removing an article for privacy):
    the rows go in one transaction, then (`compact`) the search index is merged (FTS5 keeps a deleted document's
    words in its older segments until a merge) and the file rewritten (SQLite leaves deleted rows in free pages, the
    write-ahead log keeps copies). Refused, naming the removals kept, for a number the corpus does not keep; nothing changed."""
    if corpus.db.conn.in_transaction:
        raise CorpusError("kept removals are forgotten for good outside any other change (the file is rewritten"
                          " after); nothing was changed")
    kept = {k.id: k for k in kept_removals(corpus)}
    missing = [n for n in removal_ids if n not in kept]
    if missing:
        raise NoSuchRemoval(_no_such(corpus, missing[0]) + "; nothing was forgotten")
    with corpus.transaction() as db:
        db.execute(f"DELETE FROM removals WHERE id {IN_IDS}", (id_list(removal_ids),))
    return Forgotten(tuple(kept[n] for n in sorted(set(removal_ids))), compact(corpus))


def forget_job(removal_ids: Sequence[int]) -> Job:
    """`forget_for_good` for the window's runner: nothing the window shows changes, only what the file keeps."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        return Changes(forget_for_good(corpus, removal_ids).said())

    return run


def compact(corpus: Corpus) -> bool:
    """Merge the search index (dropping deleted documents' words), rewrite the file with only the rows it holds and
    empty the write-ahead log; False when another connection keeps the rewrite from happening (nothing is lost)."""
    with corpus.transaction() as db:
        db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
    try:
        corpus.db.execute("VACUUM")
        if corpus.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            busy = corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            return not busy
    except sqlite3.OperationalError:
        return False
    return True


def highest_kept_id(corpus: Corpus) -> int:
    """The highest document id a kept removal holds (0 if none): new documents are numbered above it."""
    return corpus.db.execute("SELECT coalesce(max(json_extract(value, '$[0]')), 0)"
                             " FROM removals, json_each(removals.documents)").fetchone()[0]


def put_back_corpus_rows(corpus: Corpus, kept: dict) -> list[Removed]:
    """Put the documents back under their ids with everything `kept_corpus_rows` read, inside the caller's
    transaction; refused, naming why, when their id or their file is in the corpus again."""
    documents = kept["documents"]
    ids, shas = column(documents, "id"), column(documents, "sha256")
    removed = [Removed(i, t, p) for i, t, p in zip(ids, column(documents, "title"), column(documents, "source_path"))]
    with corpus.transaction() as db:
        for document_id, sha in zip(ids, shas):
            again = db.execute("SELECT id FROM documents WHERE sha256 = ? OR id = ?", (sha, document_id)).fetchone()
            if again is not None and again[0] == document_id:
                raise CannotBringBack(f"d{document_id} is the id of another document now; nothing was brought back")
            if again is not None:
                raise CannotBringBack(
                    f"the file of d{document_id} was imported again since, as d{again[0]}: remove d{again[0]} first"
                    f" to bring d{document_id} back with its notes, tags and corrections; nothing was brought back")
        put_back(db, "documents", documents, changed={"near_duplicate_of": None})
        copies = [(d, original) for d, original in zip(ids, column(documents, "near_duplicate_of")) if original]
        copies += [tuple(pair) for pair in kept["copies"]]
        db.conn.executemany("UPDATE documents SET near_duplicate_of = ?2 WHERE id = ?1 AND near_duplicate_of IS NULL"
                            " AND EXISTS (SELECT 1 FROM documents WHERE id = ?2)", copies)
        for table in (*KEPT_WITH_DOCUMENT, "notes", "tags"):
            put_back(db, table, kept[table], renumber=ids_taken(db, table, kept[table]))
        search_index.index(db, ids)  # with its site-name mark back: indexed as the list shows it
    return removed


def _no_such(corpus: Corpus, removal_id: int) -> str:
    there = kept_removals(corpus)
    if not there:
        return f"the corpus keeps no removal {removal_id}: it keeps none (nothing removed, or all taken back or let go)"
    return (f"the corpus keeps no removal {removal_id}; it keeps "
            + "; ".join(f"{k.id} ({k.named()})" for k in there))
