"""The one writer of the boilerplate table. Import, remarking, rereading, page lines and site names all
store marks; one statement here keeps their columns from drifting apart. It imports nothing of the corpus
package but spans, so every writer can import it without a cycle."""
from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from viewer.corpus.spans import Span

_INSERT = 'INSERT INTO boilerplate (document_id, start, "end", kind) VALUES (?, ?, ?, ?)'


def store_marks(db: Database, marks: Iterable[tuple[int, Span, str | None]]) -> None:
    """Write (document, span, kind) marks; the caller has deleted what they replace, in the same transaction."""
    db.conn.executemany(_INSERT, ((document_id, span.start, span.end, kind) for document_id, span, kind in marks))
