"""Reading a document again from the file it was imported from, with the readers of this version.

A reader fixed since an import does not mend what the corpus already holds: a PDF imported before
PDFs were read as prose keeps its words joined by tabs and its ligatures, and importing the file again
is skipped as an exact duplicate. The corpus keeps each document's original path and the SHA-256 of
the file's bytes, so the file is read again only when it is still there and unchanged; the document
keeps its id, its notes and tags (those on passages and statements follow their words, `realign`),
and its title, outlet and date corrections. The file is only read, never written.

`analysis.operations.reread` wraps this with what the analysis needs (its passages moved, the
document analysed again, a relink), all in one transaction.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from viewer.corpus import publication, search_index, site_names
from viewer.corpus.boilerplate_rows import store_marks
from viewer.corpus.errors import CorpusError
from viewer.corpus.formats import READERS, FormatError
from viewer.corpus.importing import read_again
from viewer.corpus.realign import Realigned, realign
from viewer.corpus.store import Corpus
from viewer.corpus.text_reader import text_reader_version

_RECORD = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")  # "records.jsonl:12": one record of a file of many
_FIELDS = ("title", "outlet", "author", "published", "language", "url")  # what an import reads besides the text


class CannotReread(CorpusError):
    """The document cannot be read again from its original file; nothing was changed."""


@dataclass(frozen=True)
class Reading:
    """A document's new reading, not yet stored."""

    document_id: int
    path: Path
    source_format: str
    text: str
    fields: dict[str, str]
    marks: list
    evidence: list
    declared: frozenset[str]
    moved: Realigned  # where the old text's passages are in the new one
    changed: tuple[tuple[str, str | None, str | None], ...] = ()  # (field, stored, as read now: None if not given)

    def said(self, old_length: int) -> str:
        fields = "; ".join(f"{field} “{before or ''}” → “{now}”" if now else f"{field} “{before}” dropped (the file no"
                           " longer gives it)" for field, before, now in self.changed)
        if self.moved.old == self.text and fields:
            return f"d{self.document_id} read again from {self.path} (the same text; {fields})"
        found = f"{self.moved.found:.0%} of its words found again"
        return (f"d{self.document_id} read again from {self.path} ({old_length:,} → {len(self.text):,} characters,"
                f" {found}; notes, tags and corrections follow their words{'; ' + fields if fields else ''})")


def reading(corpus: Corpus, document_id: int) -> Reading | None:
    """The document's text as this version reads its original file; None when it reads the same. Refused, saying
    why, when the file is gone, changed since the import, or one record of a file of many."""
    if document_id not in corpus.documents_by_id([document_id], with_text=False):
        raise CannotReread(f"the corpus holds no d{document_id}; nothing was read")
    document = corpus.document(document_id)
    path = Path(document.source_path)
    record = _RECORD.match(document.source_path)
    if record and not path.exists() and document.source_format in ("json", "jsonl", "csv"):
        raise CannotReread(f"d{document_id} is record {record['line']} of {record['file']}: a record is read"
                           " again by importing its file again, not on its own; nothing was changed")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CannotReread(f"the original file of d{document_id} is not there any more ({path}): move it back there"
                           " to read it again; nothing was changed") from None
    except OSError as exc:
        raise CannotReread(f"the original file of d{document_id} cannot be read ({path}: {exc.strerror or exc});"
                           " nothing was changed") from None
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise CannotReread(f"the original file of d{document_id} has changed since it was imported ({path}: its"
                           " SHA-256 differs), so reading it would not give this document back; import it as a new"
                           " document instead; nothing was changed")
    if path.suffix.lower() not in READERS:
        raise CannotReread(f"d{document_id}'s file is of a kind this version does not read ({path.suffix});"
                           " nothing was changed")
    try:
        found = read_again(path, data)
    except FormatError as exc:
        raise CannotReread(f"the original file of d{document_id} cannot be read again ({path}: {exc});"
                           " nothing was changed") from None
    if len(found) != 1:
        raise CannotReread(f"the original file of d{document_id} now reads as {len(found)} documents ({path});"
                           " nothing was changed")
    new = found[0]
    changed = _fields_read_otherwise(corpus, document_id, new.fields)
    if new.text == document.text and not changed:
        return None
    return Reading(document_id, path, new.source_format, new.text, new.fields, new.marks, new.evidence, new.declared,
                   realign(document.text, new.text), changed)


def _fields_read_otherwise(corpus: Corpus, document_id: int, fields: dict[str, str]) -> tuple:
    """The fields (title, outlet…) this version reads from the file otherwise than the corpus holds them, those the
    researcher corrected apart: a reader fix of an outlet alone ("2015" → "theonion.com") read the same text, and the
    re-read said "reads the same; nothing changed", keeping the outlet the older reader got wrong. A field the file no
    longer gives (an author or a date a fixed reader no longer takes from the page) is read otherwise too: kept, the
    old reader's mistake stayed for good."""
    corrected = set(publication.corrections_of(corpus, document_id))
    stored = corpus.db.execute(f"SELECT {', '.join(_FIELDS)} FROM documents WHERE id = ?", (document_id,)).fetchone()
    return tuple((field, before, fields.get(field) or None) for field, before in zip(_FIELDS, stored)
                 if field not in corrected and (fields.get(field) or None) != (before or None))


def store_reading(corpus: Corpus, read: Reading) -> int:
    """Replace the document's text, search entry, boilerplate (site names marked again over the corpus, as an import
    marks them), the fields an import reads (emptied where the file no longer gives one; those the researcher corrected
    stay), date evidence, and the places of the notes and tags on its passages and statements; inside the caller's
    transaction. Returns how many notes and tags stayed where they were,
    their words being gone."""
    document_id = read.document_id
    corrected = set(publication.corrections_of(corpus, document_id))
    with corpus.transaction() as db:
        with search_index.reindexed(db, [document_id]):
            db.execute("UPDATE documents SET text = ?, text_reader = ?, source_format = ? WHERE id = ?",
                       (read.text, text_reader_version(read.source_format), read.source_format, document_id))
            for field in _FIELDS:
                if field not in corrected:
                    db.execute(f"UPDATE documents SET {field} = ? WHERE id = ?",
                               (read.fields.get(field) or None, document_id))
            db.execute("DELETE FROM boilerplate WHERE document_id = ?", (document_id,))
            store_marks(db, ((document_id, span, kind) for span, kind in read.marks))
        # a site name is the corpus's to mark, not the file's: as an import does, over every title
        site_names.mark_again(db, search_index.reindexed)
        db.execute("DELETE FROM remarked_documents WHERE document_id = ?", (document_id,))
        publication.record_evidence(corpus, [(document_id, read.evidence, read.declared)])
        return _move_coded(db, document_id, read.moved)


def mark_read_now(corpus: Corpus, document_id: int) -> bool:
    """A document whose file this version reads to the same text was read as well as this reader can: recorded, so
    the window stops suggesting a re-read of it. Inside the caller's transaction; whether the mark changed."""
    document = corpus.document(document_id, with_text=False)
    # a document from before formats were recorded gets its file's: what `reading` read it as
    source_format = document.source_format or READERS[Path(document.source_path).suffix.lower()][0]
    version = text_reader_version(source_format)
    with corpus.transaction() as db:
        return db.execute("UPDATE documents SET text_reader = ?, source_format = ? WHERE id = ?"
                          " AND (text_reader IS NOT ? OR source_format IS NOT ?)",
                          (version, source_format, document_id, version, source_format)).rowcount > 0


def _move_coded(db, document_id: int, moved: Realigned) -> int:
    """Notes and tags on the document's passages and statements ("7:120-180") follow their words; one whose words
    are all gone stays at its old place (counted), where the researcher can find and move it."""
    prefix = f"{document_id}:"
    unplaced = 0
    for table in ("notes", "tags"):
        keys = [key for (key,) in db.execute(
            f"SELECT DISTINCT target_key FROM {table} WHERE target_kind IN ('statement', 'passage')"
            " AND substr(target_key, 1, ?) = ?", (len(prefix), prefix))]
        for key in keys:
            start, _, end = key[len(prefix):].partition("-")
            if not (start.isdigit() and end.isdigit()):
                continue
            span = moved.span(int(start), int(end))
            if span is None:
                unplaced += 1
                continue
            new_key = f"{document_id}:{span[0]}-{span[1]}"
            if new_key != key:
                db.execute(f"UPDATE OR IGNORE {table} SET target_key = ? WHERE target_key = ?"
                           " AND target_kind IN ('statement', 'passage')", (new_key, key))
    return unplaced
