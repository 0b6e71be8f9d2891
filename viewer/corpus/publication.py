"""Each document's date and outlet with where they came from, and the researcher's corrections.

The one module that reads and writes `document_dates` (the evidence gathered at import and the
date each document is placed at) and `document_corrections` (title, outlet and date as the
researcher set them, each with the value it replaced). A correction also overwrites the field in
`documents`, through `Corpus.set_document_field`, so every view shows the corrected value while
the original stays here to be shown and restored.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from viewer.corpus.dates import parse_date
from viewer.corpus.dating import READER_VERSION, CorpusDates, Dating, Evidence, gather, resolve, stated_year
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.store import CORRECTABLE, Corpus, now
from viewer.jobs import TaskState, quiet

FIELD_NAMES = {"title": "title", "outlet": "outlet", "published": "date"}
_MAX_LENGTH = 500


@dataclass(frozen=True)
class Correction:
    field: str
    value: str
    original: str | None  # what import had stored; None when the field was empty
    corrected_at: str


class InvalidCorrection(ValueError):
    """A value the researcher typed that cannot be stored (the message says why)."""


# -- evidence --------------------------------------------------------------------------------


def evidence_of(corpus: Corpus, document_id: int, declared: Collection[str] | None = None) -> list[Evidence]:
    """Gather what a stored document says about its date and outlet (from the values import kept)."""
    document = corpus.document(document_id)
    kept = {c.field: c.original for c in corrections_of(corpus, document_id).values()}
    stored = {f: kept.get(f, getattr(document, f)) for f in ("published", "outlet", "url", "language")}
    stored["name"] = document.file_name
    # the page's language tag is not a document field: only the evidence gathered at import holds it
    stored["locale"] = next((e.value for e in _stored_evidence(corpus, document_id) or ()
                            if e.field == "locale"), None)
    return gather(document.text, corpus.boilerplate_kinds(document_id), stored, declared, document.source_format)


def record_evidence(corpus: Corpus, rows: Iterable[tuple[int, Sequence[Evidence], Collection[str] | None]]) -> None:
    """Keep each document's evidence (and the fields its file declared), then place the documents."""
    rows = list(rows)
    with corpus.transaction() as db:
        db.conn.executemany(
            """INSERT OR REPLACE INTO document_dates (document_id, evidence, declared, stated_year, yearless, reader_version)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(document_id, json.dumps([e.to_json() for e in evidence], ensure_ascii=False),
              None if declared is None else json.dumps(sorted(declared)), stated_year(evidence),
              int(any(e.value.startswith("--") for e in evidence)), READER_VERSION)
             for document_id, evidence, declared in rows],
        )
        place(corpus, [row[0] for row in rows])


def gather_missing(corpus: Corpus, state: TaskState | None = None) -> int:
    """Gather evidence for documents that have none (imported before it was kept), that an older
    reader gathered, or whose marks changed since (`corpus.page_marks`; listed until analysed
    again); returns how many. A read-only corpus is left as it is."""
    if corpus.read_only:
        return 0
    rows = corpus.db.execute(
        """SELECT d.id, t.declared FROM documents d LEFT JOIN document_dates t ON t.document_id = d.id
           WHERE t.document_id IS NULL OR t.reader_version != ?
              OR d.id IN (SELECT document_id FROM remarked_documents) ORDER BY d.id""",
        (READER_VERSION,),
    ).fetchall()
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        record_evidence(corpus, [
            (document_id, evidence_of(corpus, document_id, None if declared is None else json.loads(declared)),
             None if declared is None else json.loads(declared))
            for document_id, declared in chunk
        ])
        quiet(state).progress(start + len(chunk), len(rows), "reading dates and outlets")
    return len(rows)


# -- placing ---------------------------------------------------------------------------------


def corpus_dates(corpus: Corpus) -> CorpusDates | None:
    """The first and last day the documents that state their date give: what places a bare "16 May"."""
    rows = corpus.db.execute(
        """SELECT (SELECT json_extract(j.value, '$.value') FROM json_each(t.evidence) j
                   WHERE json_extract(j.value, '$.field') = 'published'
                     AND json_extract(j.value, '$.value') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                   ORDER BY j.key LIMIT 1)
           FROM document_dates t WHERE t.stated_year IS NOT NULL"""
    ).fetchall()
    days = sorted(day for (value,) in rows if (day := parse_date(value)) is not None)
    return CorpusDates(days[0], days[-1], len(days)) if days else None


def place(corpus: Corpus, document_ids: Sequence[int]) -> None:
    """Resolve the date of these documents, and of every document whose date leans on the corpus's
    dates (which these may have changed), inside the caller's transaction."""
    span = corpus_dates(corpus)
    rows = corpus.db.execute(
        f"""SELECT t.document_id, t.evidence, d.imported_at, t.dating FROM document_dates t
            JOIN documents d ON d.id = t.document_id
            WHERE t.yearless = 1 OR t.dating IS NULL OR t.document_id {IN_IDS}""",
        (id_list(document_ids),),
    ).fetchall()
    fixes = _corrected_values(corpus, [r[0] for r in rows])
    updates = []
    for document_id, evidence, imported_at, before in rows:
        dating = resolve([Evidence.from_json(e) for e in json.loads(evidence)], imported_at, fixes.get(document_id),
                         span)
        after = json.dumps(dating.to_json(), ensure_ascii=False)
        if after != before:
            updates.append((after, dating.placed, document_id))
    corpus.db.conn.executemany("UPDATE document_dates SET dating = ?, placed = ? WHERE document_id = ?", updates)


def datings(corpus: Corpus, document_ids: Sequence[int] | None = None) -> dict[int, Dating]:
    """Each document's date and outlet with where they came from. A document whose evidence was
    never gathered (a corpus opened read-only since this version) is read from its text now."""
    if document_ids is None:
        rows = corpus.db.execute("SELECT document_id, dating FROM document_dates WHERE dating IS NOT NULL").fetchall()
        wanted = corpus.document_ids()
    else:
        wanted = list(document_ids)
        rows = corpus.db.execute(f"SELECT document_id, dating FROM document_dates WHERE dating IS NOT NULL"
                                 f" AND document_id {IN_IDS}", (id_list(wanted),)).fetchall()
    found = {document_id: Dating.from_json(json.loads(dating)) for document_id, dating in rows}
    missing = [d for d in wanted if d not in found]
    if missing:
        span = corpus_dates(corpus)
        fixes = _corrected_values(corpus, missing)
        for document_id in missing:
            imported_at = corpus.document(document_id, with_text=False).imported_at
            found[document_id] = resolve(evidence_of(corpus, document_id), imported_at, fixes.get(document_id), span)
    return found


# The date and outlet a document is known by, over `documents d` joined by DATED: its dating's
# (metadata, dateline or text, or the researcher's correction), else the metadata's when never dated.
DATED = "LEFT JOIN document_dates t ON t.document_id = d.id"
DATE = "coalesce(json_extract(t.dating, '$.published'), NULLIF(d.published, ''))"
OUTLET = "coalesce(json_extract(t.dating, '$.outlet'), NULLIF(d.outlet, ''))"


class Published(NamedTuple):
    date: str | None
    outlet: str | None


def as_published(corpus: Corpus, document_ids: Sequence[int]) -> dict[int, Published]:
    """Each document's date and outlet as its timeline and pane header give them, None where nothing
    gives one (never the import day)."""
    rows = corpus.db.execute(f"SELECT d.id, {DATE}, {OUTLET} FROM documents d {DATED} WHERE d.id {IN_IDS}",
                             (id_list(document_ids),))
    return {document_id: Published(date, outlet) for document_id, date, outlet in rows}


def published_span(corpus: Corpus) -> tuple[str, str] | None:
    """The earliest and latest of those dates, or None when no document is dated."""
    first, last = corpus.db.execute(f"SELECT MIN({DATE}), MAX({DATE}) FROM documents d {DATED}").fetchone()
    return (first, last) if first else None


def outlets(corpus: Corpus) -> dict[int, str | None]:
    """Each document's outlet as its dating found it (metadata, dateline or text), without the rest."""
    return dict(corpus.db.execute(f"SELECT d.id, {OUTLET} FROM documents d {DATED}"))


def outlet_names(corpus: Corpus) -> list[str]:
    """The outlets documents are known by, in order: what the document list offers to filter by."""
    return [row[0] for row in corpus.db.execute(
        f"SELECT DISTINCT {OUTLET} AS o FROM documents d {DATED} WHERE o IS NOT NULL ORDER BY o")]


def dating(corpus: Corpus, document_id: int) -> Dating:
    return datings(corpus, [document_id])[document_id]


def evidence(corpus: Corpus, document_id: int) -> list[Evidence]:
    """The stored evidence of one document (gathered now when there is none stored)."""
    stored = _stored_evidence(corpus, document_id)
    return evidence_of(corpus, document_id) if stored is None else stored


def _stored_evidence(corpus: Corpus, document_id: int) -> list[Evidence] | None:
    row = corpus.db.execute("SELECT evidence FROM document_dates WHERE document_id = ?", (document_id,)).fetchone()
    return None if row is None else [Evidence.from_json(e) for e in json.loads(row[0])]


# -- corrections -----------------------------------------------------------------------------


def corrections_of(corpus: Corpus, document_id: int) -> dict[str, Correction]:
    return all_corrections(corpus, [document_id]).get(document_id, {})


def all_corrections(corpus: Corpus, document_ids: Sequence[int] | None = None) -> dict[int, dict[str, Correction]]:
    """The researcher's corrections by document and field (every document's, or these ones')."""
    sql = "SELECT document_id, field, value, original, corrected_at FROM document_corrections"
    args: list = []
    if document_ids is not None:
        sql += f" WHERE document_id {IN_IDS}"
        args = [id_list(document_ids)]
    out: dict[int, dict[str, Correction]] = {}
    for document_id, field, value, original, at in corpus.db.execute(sql + " ORDER BY document_id, field", args):
        out.setdefault(document_id, {})[field] = Correction(field, value, original, at)
    return out


def _corrected_values(corpus: Corpus, document_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    if not document_ids:
        return {}
    found = all_corrections(corpus, None if len(document_ids) > 500 else document_ids)
    return {d: {f: c.value for f, c in fields.items()} for d, fields in found.items()}


def checked_value(field: str, value: str) -> str:
    """The value as it will be stored, or InvalidCorrection saying what is wrong with it."""
    if field not in CORRECTABLE:
        raise InvalidCorrection(f"only the {', '.join(FIELD_NAMES[f] for f in CORRECTABLE)} of a document can be corrected")
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidCorrection(f"the new {FIELD_NAMES[field]} is empty; to go back to the original, revert the correction")
    if len(cleaned) > _MAX_LENGTH:
        raise InvalidCorrection(f"the new {FIELD_NAMES[field]} is {len(cleaned)} characters long; at most {_MAX_LENGTH}")
    if field == "published":
        day = parse_date(cleaned)
        if day is None:
            raise InvalidCorrection(f"“{value}” is not a date; write it like 2022-04-13 or 13 April 2022")
        return day.isoformat()
    return cleaned


def correct(corpus: Corpus, document_id: int, field: str, value: str) -> Correction:
    """Set a document's title, outlet or date; the value it replaces is kept as the original."""
    value = checked_value(field, value)
    with corpus.transaction() as db:
        document = corpus.document(document_id, with_text=False)
        earlier = corrections_of(corpus, document_id).get(field)
        original = earlier.original if earlier else getattr(document, "stored_title" if field == "title" else field)
        if value == original:
            _revert(corpus, document_id, field, original)
            correction = Correction(field, value, original, now())
        else:
            correction = Correction(field, value, original, now())
            db.execute("INSERT OR REPLACE INTO document_corrections VALUES (?, ?, ?, ?, ?)",
                       (document_id, field, value, original, correction.corrected_at))
            corpus.set_document_field(document_id, field, value)
            place(corpus, [document_id])
    corpus.documents_did_change.emit()
    return correction


def revert(corpus: Corpus, document_id: int, field: str) -> Correction | None:
    """Give a field back the value import stored; returns the correction undone (None if there was none)."""
    earlier = corrections_of(corpus, document_id).get(field)
    if earlier is None:
        return None
    with corpus.transaction():
        _revert(corpus, document_id, field, earlier.original)
    corpus.documents_did_change.emit()
    return earlier


def _revert(corpus: Corpus, document_id: int, field: str, original: str | None) -> None:
    corpus.db.execute("DELETE FROM document_corrections WHERE document_id = ? AND field = ?", (document_id, field))
    corpus.set_document_field(document_id, field, original)
    place(corpus, [document_id])


def date_counts(corpus: Corpus) -> Counter:
    """How many documents each source dates (metadata, dateline, text, import): a corpus's health line."""
    return Counter(dict(corpus.db.execute(
        "SELECT json_extract(dating, '$.date_from'), count(*) FROM document_dates WHERE dating IS NOT NULL GROUP BY 1")))
