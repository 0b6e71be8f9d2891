"""The analysis pipeline: per-document steps, then corpus-wide steps, in named ordered lists.

Per-document work (parsing, attributions, claim units) runs only for documents not analysed
yet, each committed on its own, so an interrupted run keeps what it finished and the next run
carries on. Corpus-wide work (speakers, claim links, discrepancies) is cheap next to parsing
and is recomputed from the stored per-document results, with the researcher's corrections.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from viewer.analysis import store
from viewer.analysis.attribution.statements import find_attributions
from viewer.analysis.claims.encoder import shared_encoder
from viewer.analysis.claims.identity import carry_ids
from viewer.analysis.claims.linking import ClaimUnit, link_claims
from viewer.analysis.claims.threads import claim_threads
from viewer.analysis.claims.units import embed_units, found_units
from viewer.analysis.corrections import Corrections, overlay
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.segment import ParsedDocument, Unparsed, parse_many
from viewer.analysis.speakers.resolution import resolve_speakers
from viewer.corpus import publication
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState, quiet

ANALYSER_VERSION = "4"  # bump when stored per-document results change shape or meaning (3: unit embeddings; 4: cue model, statement parts)
EMBEDDING_BATCH = 16  # documents whose units are embedded together (parse_many's batch too)

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
    result.units = found_units(result.parsed)  # embedded with the rest of their batch


DOCUMENT_STEPS: list[tuple[str, Callable[[DocumentResult], None]]] = [
    ("attributions", _attributions),
    ("claim units", _claim_units),
]


def analyse(corpus: Corpus, state: TaskState | None = None, redo: bool = False) -> AnalysisReport:
    """Analyse what is new (or everything with ``redo``), then relink the whole corpus.

    A cancel raises `Cancelled` between documents: the finished ones are kept, and the next run
    carries on from there.
    """
    state = quiet(state)
    fixes = overlay(store.corrections(corpus))
    publication.gather_missing(corpus, state)  # a corpus from before dates were kept: read them once
    pending = pending_documents(corpus, redo)
    if pending:
        shared_encoder()  # a missing or damaged model stops here, before anything is written
    report = AnalysisReport()
    state.progress(0, len(pending) + 1, "analysing documents")
    batch: list[DocumentResult] = []
    for done, parsed in enumerate(parse_many(_unparsed(corpus, pending)), start=1):
        batch.append(_analyse_document(parsed, fixes))
        report.analysed += 1
        state.progress(done, len(pending) + 1, f"analysed document {parsed.id}")
        stop = state.cancelled and done < len(pending)
        if stop or len(batch) >= EMBEDDING_BATCH or done == len(pending):
            _embed_and_write(corpus, batch)  # a cancel keeps every document analysed so far
            batch = []
        if stop:
            state.check(f"stopped after {done} of {len(pending)} document(s); those are kept, and the next"
                        " analysis carries on from there")
    state.progress(len(pending), len(pending) + 1, "linking claims and speakers")
    relink(corpus, fixes)
    state.progress(len(pending) + 1, len(pending) + 1, "done")
    totals = store.totals(corpus)
    report.claims, report.speakers, report.attributions = totals.claims, totals.speakers, totals.attributions
    return report


def pending_documents(corpus: Corpus, redo: bool = False) -> list[int]:
    """Documents never analysed, or analysed by an older analyser."""
    return corpus.document_ids() if redo else store.documents_to_analyse(corpus, ANALYSER_VERSION)


def _unparsed(corpus: Corpus, document_ids: list[int]) -> Iterator[Unparsed]:
    for document_id in document_ids:
        document = corpus.document(document_id)
        # Judged paragraph by paragraph against English, whatever the document's detected
        # language: only English prose is parsed, and a misdetected article still is.
        yield Unparsed(document_id, document.text, corpus.boilerplate(document_id))


def _analyse_document(parsed: ParsedDocument, fixes: Corrections) -> DocumentResult:
    result = DocumentResult(parsed, fixes)
    for _name, step in DOCUMENT_STEPS:
        step(result)
    return result


def _embed_and_write(corpus: Corpus, batch: list[DocumentResult]) -> None:
    """Embed a batch of documents' units in one model call, then store each document on its own."""
    embed_units([u for r in batch for u in r.units], {r.parsed.id: r.parsed.text for r in batch})
    for result in batch:
        store.write_document(corpus, result.parsed.id, result.attributions, result.units, ANALYSER_VERSION)


def relink(corpus: Corpus, fixes: Corrections | None = None) -> None:
    """Recompute speakers, claim links and discrepancies from the stored per-document results."""
    fixes = fixes or overlay(store.corrections(corpus))
    texts = DocumentTexts(corpus)
    with corpus.transaction():
        _resolve_speakers(corpus, fixes)
        units = list(store.claim_units(corpus))
        claims = link_claims(units, texts, fixes.must_link, fixes.cannot_link)
        annotate_discrepancies(claims, texts, store.attributed_spans(corpus))
        members = [[(m.document, m.start, m.end) for m in c.mentions] for c in claims]
        ids = carry_ids(store.claim_members(corpus), members, store.next_claim_id(corpus))
        store.write_claims(corpus, dict(zip(ids, claims)))
        store.write_claim_threads(corpus, claim_threads(units, dict(zip(ids, claims))))
    corpus.analysis_did_change.emit()


def _resolve_speakers(corpus: Corpus, fixes: Corrections) -> None:
    found = store.speaker_mentions(corpus)
    speakers, assigned = resolve_speakers([m for _id, m in found], fixes.same_speaker, fixes.different_speaker)
    store.write_speakers(corpus, speakers, {id_: index for (id_, _m), index in zip(found, assigned)})


class DocumentTexts(Mapping[int, str]):
    """Document texts fetched on demand, so linking a large corpus never holds every article."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._cache: dict[int, str] = {}

    def __getitem__(self, document_id: int) -> str:
        if document_id not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[document_id] = self._corpus.document(document_id).text
        return self._cache[document_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._corpus.document_ids())

    def __len__(self) -> int:
        return self._corpus.document_count()
