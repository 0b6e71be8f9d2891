"""Import files and folders into a corpus: read everything first, then store it all at once.

A file that cannot be read is reported and the rest go on; anything that stops the batch
itself (a database error such as a full disk, Ctrl-C, a cancel, the process being killed)
leaves the corpus holding none of it, because every row goes in through one transaction.
"""
from __future__ import annotations

import hashlib
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from viewer.blas import one_blas_thread
from viewer.corpus import creating, publication, remarking, search_index, site_names
from viewer.corpus.boilerplate import RULES, Mark, find_boilerplate
from viewer.corpus.boilerplate_rows import store_marks
from viewer.corpus.dating import READINGS, Evidence, gather
from viewer.corpus.disk import size_said
from viewer.corpus.duplicates import Sketch, SketchIndex, corpus_index, forget, remember, sketch
from viewer.corpus.file_progress import FileProgress
from viewer.corpus.formats import READERS, Extracted, FormatError
from viewer.corpus.import_report import ImportReport
from viewer.corpus.language import detect_language
from viewer.corpus.length_limit import ANALYSIS_READS, over_the_limit
from viewer.corpus.metadata import outlet_credits, text_metadata
from viewer.corpus.outlet_names import credited_instead_of_host
from viewer.corpus.removal import highest_kept_id
from viewer.corpus.sources import NAME_NOT_UTF8, collect, not_a_file, said_path, unreadable
from viewer.corpus.store import Corpus, CorpusError, now
from viewer.corpus.text_reader import text_reader_version
from viewer.jobs import DOCUMENTS, Cancelled, Changes, Job, Parts, TaskState, cancelled_means, quiet, unheard
_CHUNK = 500


@dataclass
class ImportOptions:
    max_bytes: int = 50 * 1024 * 1024
    field_map: dict[str, str] = field(default_factory=dict)


# What a cancelled or interrupted import did: the window's "Cancelled: …" and the command line's "Interrupted: …"
NOTHING_ADDED = "nothing of this import was kept (an import is kept whole or not at all)"


@dataclass
class _Prepared:
    label: str
    source_path: str
    source_format: str
    sha256: str
    text: str
    fields: dict[str, str]
    marks: list[Mark]
    sketch: Sketch
    declared: frozenset[str]  # the fields the file itself declared, not read from the text
    evidence: list[Evidence]  # what the document says about its date and outlet


def import_paths(corpus: Corpus, paths: Sequence[str | Path], options: ImportOptions = ImportOptions(),
                 state: TaskState | None = None) -> ImportReport:
    """Import files and folders (recursively) as one all-or-nothing batch, reporting every file's fate.

    A cancel (through ``state``, or `Cancelled` raised by its progress callback) raises `Cancelled`
    with nothing added.
    """
    if corpus.read_only:
        raise CorpusError(f"{corpus.path} is open read-only: nothing can be imported into it")
    state = quiet(state)
    report = ImportReport()
    with cancelled_means(NOTHING_ADDED):
        prepared = _read_all(paths, options, report, corpus.document_by_sha256, state)
        _store(corpus, prepared, report, state)
    if report.imported:
        corpus.documents_did_change.emit()
    return report


def import_job(paths: Sequence[str | Path], options: ImportOptions = ImportOptions(),
               heard: Callable[[ImportReport], None] | None = None) -> Job:
    """Import as the window runs it, on the job's own connection; ``heard`` gets the whole report (on
    the job's thread) and asks about the record files without a text field, so the summary leaves them out."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        report = import_paths(corpus, paths, options, state)
        if heard is not None:
            heard(report)
        return Changes(report.summary(fields_asked=heard is not None),
                       frozenset({DOCUMENTS}) if report.imported else frozenset())

    return run


def import_into(path: str | Path, paths: Sequence[str | Path], options: ImportOptions = ImportOptions(),
                state: TaskState | None = None, waiting: Callable[[float], None] | None = None) -> ImportReport:
    """Import into the corpus file at ``path``, creating it only once there is something to keep.

    A first import that reads nothing, fails, or is cancelled leaves no empty corpus behind.
    ``waiting(seconds)`` hears about waits for another program writing the same corpus.
    """
    path = Path(path)
    if path.exists():  # a corpus, or an empty file the researcher made, which becomes one
        with _opened(path, waiting, quiet(state)) as corpus:
            return import_paths(corpus, paths, options, state)
    state = quiet(state)
    report = ImportReport()
    with cancelled_means(NOTHING_ADDED):
        prepared = _read_all(paths, options, report, lambda sha256: None, state)
        if prepared:
            _create_and_store(path, prepared, report, state, waiting)
    return report


def _opened(path: Path, waiting: Callable[[float], None] | None, state: TaskState) -> Corpus:
    """The corpus opened for the import; one marked by older boilerplate rules says how far its marking is."""
    corpus = Corpus(path, create=True, marking=remarking.said_to(state.progress, state.check))
    if waiting:
        corpus.write_lock_did_wait.connect(waiting)
    return corpus


def _create_and_store(path: Path, prepared: list[_Prepared], report: ImportReport, state: TaskState,
                      waiting: Callable[[float], None] | None) -> None:
    """The new corpus appears with this batch in it; if another import created it meanwhile, the
    batch goes into that one (each file still stored once)."""
    kept = ImportReport()
    if creating.create(path, lambda corpus: _store(corpus, prepared, kept, state)):
        report.add(kept)
    else:
        with _opened(path, waiting, state) as corpus:
            _store(corpus, prepared, report, state)


def _read_all(paths: Sequence[str | Path], options: ImportOptions, report: ImportReport,
              known: Callable[[str], int | None], state: TaskState) -> list[_Prepared]:
    """Every file read and prepared, before the corpus is touched."""
    state.progress(0, 0, "looking for files")
    found = collect(paths, state.check)
    report.failed += found.failed
    report.not_files |= found.not_files
    report.skipped += found.skipped
    files = found.files
    prepared = []
    with one_blas_thread():  # langid's one product per document
        for number, path in enumerate(files):
            prepared += _read_file(known, path, options, report, FileProgress(state, number, len(files), str(path)))
    return prepared


# -- reading -----------------------------------------------------------------------------


def _read_file(known: Callable[[str], int | None], path: Path, options: ImportOptions,
               report: ImportReport, bar: FileProgress) -> list[_Prepared]:
    where = said_path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        report.skipped.append((where, f"unsupported type {suffix or '(no extension)'}"))
        return []
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a named pipe with no writer would block the import for ever
            report.failed.append((where, not_a_file(status.st_mode)))
            return []
        size = status.st_size
        if size > options.max_bytes:
            report.skipped.append((where, too_large(size, options.max_bytes)))
            return []
        data = path.read_bytes()
    except OSError as exc:
        report.failed.append((where, unreadable(path, exc)))
        return []
    if not data.strip():
        report.skipped.append((where, "empty file"))
        return []
    file_sha = hashlib.sha256(data).hexdigest()
    existing = known(file_sha)
    if existing is not None:
        report.skipped.append((where, f"exact duplicate of d{existing}"))
        return []
    source_format, reader = READERS[suffix]
    try:
        extraction = reader(data, options.field_map, bar.reading)
    except Cancelled:  # heard inside the file: the batch stops, not just this file
        raise
    except FormatError as exc:
        report.failed.append((where, str(exc)))
        return []
    except Exception as exc:  # a third-party parser's bug must not stop the other files
        report.failed.append((where, f"could not be read ({type(exc).__name__}: {exc})"))
        return []
    for line, reason in extraction.failures:
        report.failed.append((f"{where}:{line}" if line else where, reason))
    if extraction.textless:
        report.textless.append((where, extraction.textless))
    if where != str(path) and extraction.documents:
        extraction.warnings.append(NAME_NOT_UTF8)
    if extraction.warnings:
        report.warnings.append((where, "; ".join(extraction.warnings)))
    for doc in extraction.documents:  # said now: the analysis says it only in spaCy's words, and tries again each run
        if len(doc.text) > ANALYSIS_READS:
            report.warnings.append((f"{where}:{doc.line}" if doc.line else where, too_long(len(doc.text))))
    if not extraction.documents and not extraction.failures:
        report.skipped.append((where, "no documents in the file"))
    prepared = []
    for number, doc in enumerate(extraction.documents):
        bar.document(number, len(extraction.documents))
        prepared.append(_prepare(doc, path, source_format, file_sha, bar.preparing))
    return prepared


def _prepare(doc: Extracted, path: Path, source_format: str, file_sha: str, steps: Parts = unheard) -> _Prepared:
    """The document with what import reads in its text; ``steps`` hears each boilerplate rule and each reading of
    its dates done, and a cancel between them: a megabyte of text takes a second or two of each."""
    total = len(RULES) + READINGS
    steps(0, total, "its boilerplate")
    marks = find_boilerplate(doc.text, partial(_said_as, steps, "its boilerplate", 0, total))
    fields = {**text_metadata(doc.text, marks), **doc.fields}
    credits = [name for _span, _kind, name in outlet_credits(doc.text, marks)]
    if credited := credited_instead_of_host(fields.get("outlet"), fields.get("url"), credits):
        fields["outlet"] = credited
    if "language" not in fields:
        language = detect_language(doc.text)
        if language:
            fields["language"] = language
    suffix = f":{doc.line}" if doc.line else ""
    declared = frozenset(doc.fields)
    return _Prepared(
        label=f"{said_path(path)}{suffix}", source_path=f"{said_path(path.resolve())}{suffix}",
        source_format=source_format,
        sha256=doc.sha256 or file_sha, text=doc.text, fields=fields, marks=marks,
        sketch=sketch(doc.text, (span for span, _kind in marks)),
        declared=declared,
        evidence=gather(doc.text, marks, {**fields, "name": path.name}, declared, source_format,
                        partial(_said_as, steps, "its dates", len(RULES), total)),
    )


def _said_as(steps: Parts, what: str, before: int, total: int, done: int, of: int, noun: str) -> None:
    """A part of one of the document's steps said as the steps' own: "its dates (3 of 7 readings)"."""
    steps(before + done, total, f"{what} ({done} of {of} {noun})")


def read_again(path: Path, data: bytes) -> list[_Prepared]:
    """A file read exactly as an import reads it (its reader, boilerplate, metadata, date evidence), nothing
    stored: what `rereading` compares with the text the corpus holds. `FormatError` says why it cannot be."""
    source_format, reader = READERS[path.suffix.lower()]
    extraction = reader(data, {})
    return [_prepare(doc, path, source_format, hashlib.sha256(data).hexdigest()) for doc in extraction.documents]


def too_long(characters: int) -> str:
    """A document longer than the analysis parses, in words a researcher can act on."""
    return (f"{over_the_limit(characters)}: imported, and can be read "
            "and searched, but will not be analysed; split it into parts to have them analysed")


def too_large(size: int, limit: int) -> str:
    """Size against limit in words; where both round to the same figure, exact bytes say how far over."""
    if size_said(size) != size_said(limit):
        return f"too large: {size_said(size)} (the limit is {size_said(limit)})"
    return f"too large: {size:,} bytes, {size_said(size - limit)} over the limit of {size_said(limit)} ({limit:,} bytes)"


# -- storing -----------------------------------------------------------------------------


def _store(corpus: Corpus, prepared: list[_Prepared], report: ImportReport, state: TaskState) -> None:
    outcome = ImportReport()
    index = None
    try:
        with corpus.transaction() as db:
            index = corpus_index(corpus)  # under the write lock: what another program stored counts
            rows, marks, evidence = _assign_ids(corpus, prepared, index, outcome)
            for start in range(0, len(rows), _CHUNK):
                state.progress(start, len(rows), "saving")
                state.check()
                corpus.insert_documents(rows[start:start + _CHUNK])
            store_marks(db, marks)
            publication.record_evidence(corpus, evidence)
            if rows:
                site_names.mark_again(db, search_index.reindexed)  # a new title can make an older one's ending
                # a site name
    except BaseException:
        forget(corpus)
        raise
    if index is not None:
        remember(corpus, index)
    report.add(outcome)


def _assign_ids(corpus: Corpus, prepared: list[_Prepared], index: SketchIndex,
                outcome: ImportReport) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Rows to insert, with ids chosen here so near-duplicates can point at earlier rows of the batch."""
    # above a removed document's id too: taken back, it comes back under its own (`removal.highest_kept_id`)
    next_id = max(corpus.db.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0],
                  highest_kept_id(corpus)) + 1
    known = _known_hashes(corpus, {item.sha256 for item in prepared})
    rows, marks, evidence = [], [], []
    labels: dict[int, str] = {}  # this batch's documents, for a near-duplicate of one of them
    imported_at = now()
    for item in prepared:
        duplicate = known.get(item.sha256)
        if duplicate is not None:
            outcome.skipped.append((item.label, f"exact duplicate of d{duplicate}"))
            continue
        document_id, next_id = next_id, next_id + 1
        known[item.sha256] = document_id
        earlier = index.find(item.sketch)
        if earlier is not None:
            outcome.near_duplicates.append((document_id, earlier))
            outcome.files[document_id] = item.label
            outcome.files.setdefault(earlier, labels.get(earlier) or _source_path(corpus, earlier))
        index.add(document_id, item.sketch)
        rows.append(_row(document_id, item, imported_at, earlier))
        marks += [(document_id, span, kind) for span, kind in item.marks]
        evidence.append((document_id, item.evidence, item.declared))
        outcome.imported.append((item.label, document_id))
        labels[document_id] = item.label
    return rows, marks, evidence


def _source_path(corpus: Corpus, document_id: int) -> str:
    row = corpus.db.execute("SELECT source_path FROM documents WHERE id = ?", (document_id,)).fetchone()
    return row[0] if row else ""


def _known_hashes(corpus: Corpus, hashes: set[str]) -> dict[str, int]:
    known: dict[str, int] = {}
    ordered = sorted(hashes)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for document_id, sha256 in corpus.db.execute(
            f"SELECT id, sha256 FROM documents WHERE sha256 IN ({marks})", chunk
        ):
            known[sha256] = document_id
    return known


def _row(document_id: int, item: _Prepared, imported_at: str, earlier: int | None) -> tuple:
    f = item.fields
    return (
        document_id, f.get("title"), f.get("outlet"), f.get("author"), f.get("published"), f.get("language"),
        f.get("url"), item.text, item.sha256, item.source_path, item.source_format, imported_at, earlier,
        text_reader_version(item.source_format),
    )
