"""The analysis pipeline: per-document steps, then corpus-wide steps, in named ordered lists.

Per-document work (parsing, attributions, claim units) runs only for documents not analysed
yet, each committed on its own, so an interrupted run keeps what it finished and the next run
carries on. Corpus-wide work (speakers, claim links, discrepancies) is cheap next to parsing
and is recomputed from the stored per-document results, with the researcher's corrections.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from sqlite_utils import Database

from viewer.analysis import corrections as corrections_store
from viewer.analysis import results
from viewer.analysis.attribution.statements import find_attributions
from viewer.analysis.claims.linking import ClaimUnit, claim_units, link_claims
from viewer.analysis.corrections import Corrections
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import SpeakerMention, Span
from viewer.analysis.segment import ParsedDocument, Unparsed, parse_many
from viewer.analysis.speakers.resolution import resolve_speakers
from viewer.corpus.store import Corpus, now

ANALYSER_VERSION = "2"  # bump when stored per-document results change shape or meaning

Progress = Callable[[int, int, str], None]


class AnalysisCancelled(Exception):
    """Raised when the researcher cancels; finished documents are kept."""


@dataclass
class AnalysisReport:
    analysed: int = 0
    claims: int = 0
    speakers: int = 0
    attributions: int = 0

    def summary(self) -> str:
        return (
            f"analysed {self.analysed} new document(s); corpus now has {self.claims} linked claim(s), "
            f"{self.attributions} attribution(s), {self.speakers} speaker(s)"
        )


@dataclass
class DocumentResult:
    parsed: ParsedDocument
    corrections: Corrections
    attributions: list = field(default_factory=list)
    units: list[ClaimUnit] = field(default_factory=list)


def _attributions(result: DocumentResult) -> None:
    found = find_attributions(result.parsed)
    result.attributions = result.corrections.apply_to_attributions(result.parsed.id, found)


def _claim_units(result: DocumentResult) -> None:
    result.units = claim_units(result.parsed)


DOCUMENT_STEPS: list[tuple[str, Callable[[DocumentResult], None]]] = [
    ("attributions", _attributions),
    ("claim units", _claim_units),
]


def analyse(
    corpus: Corpus,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    redo: bool = False,
) -> AnalysisReport:
    """Analyse what is new (or everything with ``redo``), then relink the whole corpus."""
    progress = progress or (lambda done, total, stage: None)
    cancelled = cancelled or (lambda: False)
    fixes = corrections_store.load(corpus)
    pending = pending_documents(corpus, redo)
    report = AnalysisReport()
    progress(0, len(pending) + 1, "analysing documents")
    for done, parsed in enumerate(parse_many(_unparsed(corpus, pending)), start=1):
        _analyse_document(corpus, parsed, fixes)
        report.analysed += 1
        progress(done, len(pending) + 1, f"analysed document {parsed.id}")
        if cancelled() and done < len(pending):
            raise AnalysisCancelled(f"cancelled after {done} of {len(pending)} document(s)")
    progress(len(pending), len(pending) + 1, "linking claims and speakers")
    relink(corpus, fixes)
    progress(len(pending) + 1, len(pending) + 1, "done")
    report.claims = corpus.db.execute("SELECT count(*) FROM claims").fetchone()[0]
    report.speakers = corpus.db.execute("SELECT count(*) FROM speakers").fetchone()[0]
    report.attributions = corpus.db.execute("SELECT count(*) FROM attributions").fetchone()[0]
    return report


def pending_documents(corpus: Corpus, redo: bool = False) -> list[int]:
    """Documents never analysed, or analysed by an older analyser."""
    if redo:
        return [row[0] for row in corpus.db.execute("SELECT id FROM documents ORDER BY id")]
    rows = corpus.db.execute(
        """SELECT d.id FROM documents d LEFT JOIN analysed_documents a ON a.document_id = d.id
           WHERE a.document_id IS NULL OR a.analyser_version != ? ORDER BY d.id""",
        (ANALYSER_VERSION,),
    )
    return [row[0] for row in rows]


def _unparsed(corpus: Corpus, document_ids: list[int]) -> Iterator[Unparsed]:
    for document_id in document_ids:
        document = corpus.document(document_id)
        # Judged paragraph by paragraph against English, whatever the document's detected
        # language: only English prose is parsed, and a misdetected article still is.
        yield Unparsed(document_id, document.text, corpus.boilerplate(document_id))


def _analyse_document(corpus: Corpus, parsed: ParsedDocument, fixes: Corrections) -> None:
    result = DocumentResult(parsed, fixes)
    for _name, step in DOCUMENT_STEPS:
        step(result)
    document_id = parsed.id
    with corpus.transaction() as db:
        results.write_attributions(db, document_id, result.attributions)
        db.execute("DELETE FROM claim_units WHERE document_id = ?", (document_id,))
        db.conn.executemany(
            'INSERT INTO claim_units (document_id, start, "end", features) VALUES (?, ?, ?, ?)',
            [(document_id, u.span.start, u.span.end, json.dumps(u.features, ensure_ascii=False)) for u in result.units],
        )
        db.execute(
            "INSERT OR REPLACE INTO analysed_documents VALUES (?, ?, ?)", (document_id, now(), ANALYSER_VERSION)
        )


def relink(corpus: Corpus, fixes: Corrections | None = None) -> None:
    """Recompute speakers, claim links and discrepancies from the stored per-document results."""
    fixes = fixes or corrections_store.load(corpus)
    texts = DocumentTexts(corpus)
    with corpus.transaction() as db:
        _resolve_speakers(db, fixes)
        claims = link_claims(list(_stored_units(db)), texts, fixes.must_link, fixes.cannot_link)
        annotate_discrepancies(claims, texts, _attributed_spans(db))
        results.write_claims(db, claims)
    corpus.analysis_did_change.emit()


def _resolve_speakers(db: Database, fixes: Corrections) -> None:
    rows = list(db.execute(
        "SELECT id, document_id, speaker_name, speaker_role, speaker_kind FROM attributions "
        "WHERE speaker_name IS NOT NULL AND speaker_name != '' ORDER BY id"
    ))
    mentions = [SpeakerMention(doc, name, role, kind or "unknown") for _id, doc, name, role, kind in rows]
    speakers, assigned = resolve_speakers(mentions, fixes.same_speaker, fixes.different_speaker)
    results.write_speakers(db, speakers, {row[0]: index for row, index in zip(rows, assigned)})


def _stored_units(db: Database) -> Iterator[ClaimUnit]:
    for document_id, start, end, features in db.execute(
        'SELECT document_id, start, "end", features FROM claim_units ORDER BY document_id, start'
    ):
        yield ClaimUnit(document_id, Span(start, end), json.loads(features))


def _attributed_spans(db: Database) -> dict[int, list[Span]]:
    out: dict[int, list[Span]] = {}
    for document_id, start, end in db.execute(
        "SELECT document_id, content_start, content_end FROM attributions ORDER BY document_id, content_start"
    ):
        out.setdefault(document_id, []).append(Span(start, end))
    return out


class DocumentTexts(Mapping[int, str]):
    """Document texts fetched on demand, so linking a large corpus never holds every article."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._cache: dict[int, str] = {}

    def __getitem__(self, document_id: int) -> str:
        if document_id not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            row = self._corpus.db.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                raise KeyError(document_id)
            self._cache[document_id] = row[0]
        return self._cache[document_id]

    def __iter__(self) -> Iterator[int]:
        return (row[0] for row in self._corpus.db.execute("SELECT id FROM documents ORDER BY id"))

    def __len__(self) -> int:
        return self._corpus.document_count()
