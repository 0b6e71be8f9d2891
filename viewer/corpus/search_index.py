"""The search index holds what the researcher sees: each document's shown title and its text.

The document list, the panes and the exports show a title without the site's name after it (`shown_titles`).
Indexed with the stored title, a search for "News", "Tribune" or "WRAL" found every page of a site through words
its list never shows, and ranked them first (titles weigh more than text).

`documents_fts` is an external-content FTS5 table over `documents` that the corpus keeps in step itself (no
triggers, migration 5). FTS5 forgets a row only when given the exact values it indexed, so whatever a shown title
is made of (the title, outlet, url, the site-name mark, the text) changes only between `unindex` and `index` of
that row (`reindexed`). A corpus indexed under another rule (the stored titles, before this module) is indexed
again when opened for writing: a `corpus_info` stamp says which rule indexed it, so the schema stays as it is.
A corpus opened read-only keeps the index it has.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.site_names import KIND as SITE_NAME_KIND

SHOWN_TITLE = "shown_title"  # the SQL function `Corpus` registers on its connections: `shown_titles.shown_title`
STAMP_KEY = "search_index"
# Changes whenever what `shown_titles.shown_title` returns does: a corpus indexed under another rule is indexed
# again on opening, since forgetting a row by values it was not indexed with would leave its old words behind.
RULE = "shown titles 3"  # 3: the site's name followed by its tagline left out; 2: a headline glued twice shown once


def site_name_sql(table: str) -> str:
    """The text the opening line's site-name mark of ``table``'s row covers (`site_names`): what the shown title
    leaves out."""
    return (f"(SELECT substr({table}.text, b.start + 1, b.\"end\" - b.start) FROM boilerplate b"
            f" WHERE b.document_id = {table}.id AND b.kind = '{SITE_NAME_KIND}' LIMIT 1)")


def shown_title_sql(table: str) -> str:
    """The title ``table``'s row is shown under, in SQL (the function `Corpus` registers on its connection): sorted
    by the stored title, "Man shot | WRAL.com" came after "Man shot Monday" in a list that showed it as "Man shot"."""
    return f"{SHOWN_TITLE}({table}.title, {site_name_sql(table)}, {table}.outlet, {table}.url)"


_ROWS = f"SELECT documents.id, {shown_title_sql('documents')}, documents.text FROM documents"
_INDEXED = f"{_ROWS} WHERE documents.id {IN_IDS}"


def index(db: Database, document_ids: Iterable[int]) -> None:
    """Index these documents as they are now, inside the caller's transaction."""
    db.execute(f"INSERT INTO documents_fts(rowid, title, text) {_INDEXED}", (id_list(document_ids),))


def unindex(db: Database, document_ids: Iterable[int]) -> None:
    """Take these documents out of the index, before anything their shown title or text is made of changes."""
    db.execute(f"INSERT INTO documents_fts(documents_fts, rowid, title, text) SELECT 'delete', * FROM ({_INDEXED})",
               (id_list(document_ids),))


@contextmanager
def reindexed(db: Database, document_ids: Iterable[int]) -> Iterator[None]:
    """Out of the index while the block changes them, back in as they are after it."""
    ids = list(document_ids)
    unindex(db, ids)
    yield
    index(db, ids)


def rebuild(db: Database) -> None:
    """Index every document again, as this rule indexes it, and stamp the corpus with the rule; inside the
    caller's transaction. FTS5's own 'rebuild' would index the stored titles."""
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')")
    db.execute(f"INSERT INTO documents_fts(rowid, title, text) {_ROWS}")
    db.execute("INSERT OR REPLACE INTO corpus_info VALUES (?, ?)", (STAMP_KEY, RULE))


def is_current(db: Database) -> bool:
    """Was this corpus's search index built by the rule this program carries?"""
    row = db.execute("SELECT value FROM corpus_info WHERE key = ?", (STAMP_KEY,)).fetchone()
    return row is not None and row[0] == RULE
