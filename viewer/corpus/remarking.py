"""Boilerplate marks made again when the rules that make them change (`boilerplate.RULES_VERSION`).

Import marks page junk (captions, credits, menus, page lines) once, and the corpus kept those marks for good: a rule
fixed since (a repeated headline with the article glued to it lost the whole article as a "caption") left every
corpus imported before it with the old marks. The corpus keeps in `corpus_info` the version of the rules its marks
were made by; a corpus opened for writing with another (or none: imported before the stamp) has every document's
marks made again from its stored text, in one transaction that also writes the stamp. The texts are never changed
and the original files never read; the site names after headlines, which depend on the other marks, are marked again
over the whole corpus (`site_names`). A document whose marks changed is listed in `remarked_documents`: the next
analysis reads it again, and its dates are gathered again (`corpus.publication`). Its title, outlet and author,
read at import with the old marks, stay as they are.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlite_utils import Database

from viewer.corpus import page_marks, search_index, site_names
from viewer.corpus.boilerplate import PAGE_LINES_DIGEST, RULES_VERSION, Mark, find_boilerplate
from viewer.corpus.boilerplate_rows import store_marks
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.spans import Span
from viewer.jobs import Parts, unchecked, unheard

STAMP_KEY = "boilerplate rules"
NOUN = "documents"  # what the parts count
DOING = "marking page junk again (its rules changed since the import)"


def said_to(progress: Callable[[int, int, str], None], check: Callable[[], None] = unchecked) -> Parts:
    """The marking's parts as a progress bar's words ("marking page junk again…: 12 of 400 documents"), each
    document also where ``check`` may cancel the opening."""
    def parts(done: int, total: int, noun: str) -> None:
        progress(done, total, said(done, total, noun))
        check()

    return parts


def said(done: int, total: int, noun: str) -> str:
    """How far the marking is, in the words of every bar that shows it."""
    return f"{DOING}: {done:,} of {total:,} {noun}"


def is_current(db: Database) -> bool:
    """Were this corpus's boilerplate marks made by the rules this program carries?"""
    row = db.execute("SELECT value FROM corpus_info WHERE key = ?", (STAMP_KEY,)).fetchone()
    return row is not None and row[0] == RULES_VERSION


def mark_again(db: Database, parts: Parts = unheard) -> list[int]:
    """Make every document's marks as import would now, inside the caller's transaction, one document at a time
    (``parts`` hears each, and may cancel); the ids of the documents whose marks changed."""
    stored: defaultdict[int, list[Mark]] = defaultdict(list)
    for document_id, start, end, kind in db.execute(
            'SELECT document_id, start, "end", kind FROM boilerplate WHERE kind != ?', (site_names.KIND,)):
        stored[document_id].append((Span(start, end), kind))
    total = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    changed: dict[int, list[Mark]] = {}
    parts(0, total, NOUN)
    for done, (document_id, text) in enumerate(db.execute("SELECT id, text FROM documents ORDER BY id"), 1):
        marks = find_boilerplate(text)
        if marks != sorted(stored.get(document_id, ())):
            changed[document_id] = marks
        parts(done, total, NOUN)
    if changed:
        ids = id_list(changed)
        db.execute(f"DELETE FROM boilerplate WHERE kind != ? AND document_id {IN_IDS}", (site_names.KIND, ids))
        store_marks(db, ((d, span, kind) for d, marks in changed.items() for span, kind in marks))
        db.execute("INSERT OR IGNORE INTO remarked_documents SELECT value FROM json_each(?)", (ids,))
        indexed = search_index.is_current(db)  # else the index is built again after this, by the opening
        site_names.mark_again(db, search_index.reindexed if indexed else None)
    db.execute("INSERT OR REPLACE INTO corpus_info VALUES (?, ?)", (STAMP_KEY, RULES_VERSION))
    db.execute("INSERT OR REPLACE INTO corpus_info VALUES (?, ?)", (page_marks.STAMP_KEY, PAGE_LINES_DIGEST))
    return sorted(changed)
