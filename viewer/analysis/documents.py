"""Per-document analysis as a pure function: documents in, typed records out, nothing written.

The same function runs in the analysing process and on Dask workers (``analysis.cluster``), so
both give the same records; only the pipeline's one writer (`store.write_documents`) stores
them. A partition is parsed in spaCy batches of `READ_BATCH` and its units embedded in one model call, so
partitions cut the same way give the same records wherever they run; a batch that raises is redone
a document at a time, so only a document that fails on its own is reported (a document parses and
embeds alone as it does in its batch). No corpus here: a worker never opens the corpus file.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from viewer.analysis.attribution.statements import find_attributions
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.foreign_units import foreign_units
from viewer.analysis.claims.model_files import ModelUnavailable
from viewer.analysis.claims.units import KnownWordings, embed_units, found_units, parse_headlines
from viewer.analysis.corrections import Corrections
from viewer.analysis.model import Attribution
from viewer.analysis.nlp import PipelineMissing
from viewer.analysis.segment import ParsedDocument, Unparsed, parse_many
from viewer.jobs import Cancelled

PARTITION = 32  # documents per partition: one task on a worker, one embedding call, one write
# Documents spaCy parses together inside a partition. One batch of the whole partition told nothing until its last
# document was parsed: the window read "reading documents 1–15 of 15 (0%)" for the whole read. Batches of 4 parse
# 32 GVA articles exactly as one batch of 32 does (tags, arcs, entities, sentence starts) in the same CPU time
# (measured in session 39), and the first documents are told, and a cancel heard, after four documents' reading.
READ_BATCH = 4
# What stops the whole run rather than leaving one document unanalysed: a missing or damaged model or
# pipeline, a full memory, a cancel (Ctrl-C is no Exception, so nothing here catches it either).
STOPS_THE_RUN = (ModelUnavailable, PipelineMissing, MemoryError, Cancelled)
T = TypeVar("T")


@dataclass(frozen=True)
class StepFailure:
    """A per-document step that raised on one document: which step, and what it said. Plain
    strings, so it travels back from a Dask worker like the records do."""

    step: str
    error: str  # the exception's type name
    message: str

    def __str__(self) -> str:
        return f"{self.error}: {self.message} (in {self.step})" if self.message else f"{self.error} (in {self.step})"


@dataclass
class DocumentAnalysis:
    """What the per-document steps found in one document, as the store writes it; or, with
    ``failure``, that a step raised on it, and nothing of it is to be stored."""

    document: int
    attributions: list[Attribution] = field(default_factory=list)
    units: list[ClaimUnit] = field(default_factory=list)
    foreign: list[ClaimUnit] = field(default_factory=list)  # sentences quoted in another language (`foreign_units`)
    failure: StepFailure | None = None


def _attributions(parsed: ParsedDocument, fixes: Corrections, result: DocumentAnalysis) -> None:
    result.attributions = fixes.apply_to_attributions(parsed.id, find_attributions(parsed))


def _claim_units(parsed: ParsedDocument, fixes: Corrections, result: DocumentAnalysis) -> None:
    result.units = found_units(parsed)  # embedded with the rest of their partition


def _foreign_units(parsed: ParsedDocument, fixes: Corrections, result: DocumentAnalysis) -> None:
    result.foreign = foreign_units(parsed)  # not embedded: the multilingual model reads them at relink


DOCUMENT_STEPS: list[tuple[str, Callable[[ParsedDocument, Corrections, DocumentAnalysis], None]]] = [
    ("attributions", _attributions),
    ("claim units", _claim_units),
    ("foreign units", _foreign_units),
]

Heard = Callable[[DocumentAnalysis], bool]  # told of each document as it is done; True asks to stop there


def analyse_partition(documents: Sequence[Unparsed], fixes: Corrections, heard: Heard | None = None) -> list[DocumentAnalysis]:
    """Each document's records, in the order given, the partition's units embedded in one model
    call (a batch of a few hundred texts runs the model far faster than one document's).

    ``heard`` is told of each document once its steps ran; when it asks to stop, the documents
    done so far are embedded and returned, so a cancel is heard between documents.
    """
    return unembedded_partition(documents, fixes, heard).embed()


@dataclass
class Unembedded:
    """A partition's records whose units still lack their vectors, with the texts they are cut
    from: the two halves of `analyse_partition` apart, so one partition's embedding can run
    while the next is parsed (`workers.InProcess`)."""

    results: list[DocumentAnalysis]
    texts: dict[int, str]

    def embed(self, known: KnownWordings | None = None) -> list[DocumentAnalysis]:
        """The records, their units embedded in one model call; if that call raises, each document's
        units on their own, so only a document whose units the encoder fails on alone is a failure.
        ``known``: the wordings the run's earlier partitions encoded (`embed_units`)."""
        try:
            embed_units([u for r in self.results for u in r.units], self.texts, known)
        except STOPS_THE_RUN:
            raise
        except Exception:  # noqa: BLE001 - the documents one at a time name the one at fault
            self.results = [self._embedded_alone(result, known) for result in self.results]
        return self.results

    def _embedded_alone(self, result: DocumentAnalysis, known: KnownWordings | None) -> DocumentAnalysis:
        """One document's units embedded by themselves (a unit's vector does not depend on its
        batch, `encoder._batches`), or a failure record if the encoder raises on them."""
        if result.failure is not None or not result.units:
            return result
        try:
            embed_units(result.units, self.texts, known)
        except STOPS_THE_RUN:
            raise
        except Exception as error:  # noqa: BLE001 - reported by the pipeline with the document's name
            return _failed(result.document, "embedding", error)
        return result


def unembedded_partition(documents: Sequence[Unparsed], fixes: Corrections, heard: Heard | None = None) -> Unembedded:
    """Every step of `analyse_partition` but the embedding, with its cancel between documents."""
    found = Unembedded([], {})
    for batch in partitions(zip(documents, _parsed(documents)), READ_BATCH):
        _headlines_of([parsed for _document, parsed in batch if isinstance(parsed, ParsedDocument)])
        for document, parsed in batch:
            result = parsed if isinstance(parsed, DocumentAnalysis) else analysed_document(parsed, fixes)
            found.results.append(result)
            found.texts[document.id] = document.text
            if heard is not None and heard(result):
                return found
    return found


def _headlines_of(batch: list[ParsedDocument]) -> None:
    """The headlines of a batch's documents parsed together (`units.parse_headlines`), as the documents were. If that
    raises, each document parses its own in its claim units step, so only one a line fails on alone is a failure."""
    try:
        parse_headlines(batch)
    except STOPS_THE_RUN:
        raise
    except Exception:  # noqa: BLE001 - the claim units step names the document at fault
        return


def _parsed(documents: Sequence[Unparsed]) -> Iterator[ParsedDocument | DocumentAnalysis]:
    """The partition parsed in spaCy batches of `READ_BATCH`, in order. If a batch raises (spaCy's ``pipe``
    fails whole when one text trips it), the documents it had not given yet are parsed one at a
    time, so only a document that fails on its own becomes a failure record and the rest are parsed."""
    batch = parse_many(documents, batch_size=READ_BATCH)
    given = 0
    while given < len(documents):
        try:
            parsed = next(batch)
        except STOPS_THE_RUN:
            raise
        except Exception:  # noqa: BLE001 - the documents one at a time name the one at fault
            break
        yield parsed
        given += 1
    for document in documents[given:]:
        try:
            parsed = next(parse_many([document], batch_size=1))
        except STOPS_THE_RUN:
            raise
        except Exception as error:  # noqa: BLE001 - reported by the pipeline with the document's name
            yield _failed(document.id, "parsing", error)
            continue
        yield parsed


def analysed_document(parsed: ParsedDocument, fixes: Corrections) -> DocumentAnalysis:
    """One document through every step; a step raising on this one text (a bug an odd article
    trips) gives a record saying so and holding nothing, so the rest of the corpus is analysed
    and this document stays pending. A missing model, a full memory or a Ctrl-C still stop the run."""
    result = DocumentAnalysis(parsed.id)
    for name, step in DOCUMENT_STEPS:
        try:
            step(parsed, fixes, result)
        except STOPS_THE_RUN:
            raise
        except Exception as error:  # noqa: BLE001 - reported by the pipeline with the document's name
            return _failed(parsed.id, name, error)
    return result


def _failed(document_id: int, step: str, error: Exception) -> DocumentAnalysis:
    """The record of a document ``step`` raised on: nothing of it is stored, and it stays pending."""
    return DocumentAnalysis(document_id, failure=StepFailure(step, type(error).__name__, str(error)))


def load_models() -> None:
    """Load the spaCy pipeline and the embedding model, once per process: what every partition
    needs, so a missing or damaged one is reported before any work is handed out."""
    from viewer.analysis.claims.encoder import shared_encoder
    from viewer.analysis.nlp import english

    english()
    shared_encoder()


def partitions(documents: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive runs of ``size`` documents: how both the process and the workers cut the work."""
    batch: list[T] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
