"""Page-line marks for documents imported before the page-line table, or before its latest entries.

Import marks web page furniture ("Please enable Javascript to watch this video", sign-in forms)
as boilerplate of kind 'page' from `page_lines.json`, and the corpus keeps in `corpus_info` the
stamp of the table its marks were made with. A corpus opened for writing with another stamp (or
none: imported before the table) has every document's page marks made again, as import would
make them now, in one transaction that also writes the stamp: the texts and the marks of other
kinds stay as they are, and a document whose marks changed is listed in `remarked_documents`:
the next analysis reads it again without the furniture (`analysis.store`), and its dates are
gathered again (`corpus.publication`).
"""
from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from viewer.corpus.boilerplate import PAGE_LINES_DIGEST, page_lines
from viewer.corpus.boilerplate_rows import store_marks
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.spans import Span

STAMP_KEY = "page_lines"


def is_current(db: Database) -> bool:
    """Were this corpus's page-line marks made with the table this program carries?"""
    row = db.execute("SELECT value FROM corpus_info WHERE key = ?", (STAMP_KEY,)).fetchone()
    return row is not None and row[0] == PAGE_LINES_DIGEST


def mark_again(db: Database) -> list[int]:
    """Make every document's page-line marks as import would now, inside the caller's transaction;
    the ids of the documents whose marks changed."""
    other: defaultdict[int, list[Span]] = defaultdict(list)
    page: defaultdict[int, list[Span]] = defaultdict(list)
    for document_id, start, end, kind in db.execute('SELECT document_id, start, "end", kind FROM boilerplate'):
        (page if kind == "page" else other)[document_id].append(Span(start, end))
    changed: dict[int, list[Span]] = {}
    for document_id, text in db.execute("SELECT id, text FROM documents ORDER BY id"):  # one text at a time
        marks = page_lines(text, other.get(document_id, ()))
        if marks != sorted(page.get(document_id, ())):
            changed[document_id] = marks
    if changed:
        ids = id_list(changed)
        db.execute(f"DELETE FROM boilerplate WHERE kind = 'page' AND document_id {IN_IDS}", (ids,))
        store_marks(db, ((document_id, span, "page") for document_id, marks in changed.items() for span in marks))
        db.execute("INSERT OR IGNORE INTO remarked_documents SELECT value FROM json_each(?)", (ids,))
    db.execute("INSERT OR REPLACE INTO corpus_info VALUES (?, ?)", (STAMP_KEY, PAGE_LINES_DIGEST))
    return sorted(changed)
