"""Taking documents out of a corpus: a wrong file, a copy saved under another name, a near-copy.

One transaction takes a document and everything the corpus holds on it: its row and text, its
search-index row, the notes and tags on it, on its statements and on its passages, and (through
the schema's ON DELETE CASCADE, which every connection enforces) its boilerplate, dates, title,
outlet and date corrections, page marks and every analysis row (units, attributions, claim
mentions and threads). A failure anywhere leaves the corpus as it was. The file the document was
imported from is never read nor touched: only the corpus forgets it.

The analysis keeps the researcher's corrections and the claims; `analysis.operations.remove_job`
wraps this with what they need (corrections naming the documents, a relink).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.corpus.errors import CorpusError
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.store import Corpus


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
        db.execute("INSERT INTO documents_fts(documents_fts, rowid, title, text)"
                   f" SELECT 'delete', id, title, text FROM documents WHERE id {IN_IDS}", (ids,))
        for table in ("notes", "tags"):
            db.execute(f"DELETE FROM {table} WHERE target_kind = 'document' AND target_key IN"
                       " (SELECT 'd' || value FROM json_each(?))", (ids,))
            db.execute(f"DELETE FROM {table} WHERE target_kind IN ('statement', 'passage') AND"
                       " CAST(substr(target_key, 1, instr(target_key, ':') - 1) AS INTEGER) IN"
                       " (SELECT value FROM json_each(?))", (ids,))
        db.execute(f"DELETE FROM documents WHERE id {IN_IDS}", (ids,))
    return [Removed(*row) for row in rows]


def tables_naming_documents(corpus: Corpus) -> list[str]:
    """Every table with a ``document_id`` column: what a removal must leave no row of the document in."""
    tables = [name for (name,) in corpus.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return [t for t in tables
            if any(column[1] == "document_id" for column in corpus.db.execute(f'PRAGMA table_info("{t}")'))]
