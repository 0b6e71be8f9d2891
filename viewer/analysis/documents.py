"""Per-document analysis as a pure function: documents in, typed records out, nothing written.

The same function runs in the analysing process and on Dask workers (``analysis.cluster``), so
both give the same records; only the pipeline's one writer (`store.write_documents`) stores
them. A partition is parsed as one spaCy batch, so partitions cut the same way give the same
parses wherever they run. No corpus here: a worker never opens the corpus file.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from viewer.analysis.attribution.statements import find_attributions
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.units import claim_units
from viewer.analysis.corrections import Corrections
from viewer.analysis.model import Attribution
from viewer.analysis.segment import ParsedDocument, Unparsed, parse_many

PARTITION = 32  # documents per partition: one spaCy batch, one task on a worker, one write


@dataclass
class DocumentAnalysis:
    """What the per-document steps found in one document, as the store writes it."""

    document: int
    attributions: list[Attribution] = field(default_factory=list)
    units: list[ClaimUnit] = field(default_factory=list)


def _attributions(parsed: ParsedDocument, fixes: Corrections, result: DocumentAnalysis) -> None:
    result.attributions = fixes.apply_to_attributions(parsed.id, find_attributions(parsed))


def _claim_units(parsed: ParsedDocument, fixes: Corrections, result: DocumentAnalysis) -> None:
    result.units = claim_units(parsed)


DOCUMENT_STEPS: list[tuple[str, Callable[[ParsedDocument, Corrections, DocumentAnalysis], None]]] = [
    ("attributions", _attributions),
    ("claim units", _claim_units),
]


def analyse_partition(documents: Sequence[Unparsed], fixes: Corrections) -> Iterator[DocumentAnalysis]:
    """Each document's records, in the order given, one at a time (so a cancel is heard between documents)."""
    for parsed in parse_many(documents, batch_size=max(1, len(documents))):
        result = DocumentAnalysis(parsed.id)
        for _name, step in DOCUMENT_STEPS:
            step(parsed, fixes, result)
        yield result


def partitions(documents: Iterable[Unparsed], size: int) -> Iterator[list[Unparsed]]:
    """Consecutive runs of ``size`` documents: how both the process and the workers cut the work."""
    batch: list[Unparsed] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
