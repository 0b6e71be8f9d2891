"""Where the analysis's parallel parts run: in this process, or on a Dask cluster (`analysis.cluster`).

Two kinds of work are handed out. Per-document partitions go through `analyse`, whose records
come back in the order of the partitions, so the one writer stores them the same way whoever
computed them. Corpus-wide blocks (articles whose nearest are wanted, article pairs to verify) go
through `map`, in order too.
The pipeline runs the same functions either way; this is only the choice of where.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from viewer.analysis.claims.units import KnownWordings
from viewer.analysis.corrections import Corrections
from viewer.analysis.documents import DocumentAnalysis, Heard, load_models, unembedded_partition
from viewer.analysis.segment import Unparsed
from viewer.blas import one_blas_thread


class Workers(Protocol):
    def prepare(self) -> None:
        """Load the pipeline and the model where the work runs: a missing model stops here, before anything is written."""

    def analyse(self, partitions: Iterable[list[Unparsed]], fixes: Corrections, heard: Heard) -> Iterator[DocumentAnalysis]:
        """Each document's records, partition after partition, in the order given; ``heard`` is
        told of each document (here, in order) and stops the run when it answers True."""

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """``function`` of each item, in the order given."""


class InProcess:
    """Everything in the calling process, with the embedding of one partition on a second thread
    while the next is parsed here.

    The two stages are the analysis's two big costs, and both leave the GIL for their heavy part
    (spaCy's parser and thinc's blis products; the encoder's numpy products), so on the two cores
    every desktop has they overlap: the same work, less waiting. A partition's records are handed
    back once its embedding is done, in order, so the writer sees what the one-thread run gave
    it; at most two partitions wait for embedding, so memory stays bounded. A wording an earlier
    partition encoded is not encoded again (`units.KnownWordings`).
    """

    def prepare(self) -> None:
        load_models()

    def analyse(self, partitions: Iterable[list[Unparsed]], fixes: Corrections, heard: Heard) -> Iterator[DocumentAnalysis]:
        stopped = False

        def told(result: DocumentAnalysis) -> bool:
            nonlocal stopped
            stopped = heard(result)
            return stopped

        with one_blas_thread():  # held until the embedding thread has ended, as it sets the same
            embedder = ThreadPoolExecutor(1, thread_name_prefix="embedding")
            waiting: deque[Future[list[DocumentAnalysis]]] = deque()
            known = KnownWordings()  # read and added to on the one embedding thread, a partition after another
            try:
                for partition in partitions:
                    found = unembedded_partition(partition, fixes, told)
                    waiting.append(embedder.submit(found.embed, known))
                    if len(waiting) > 1:
                        yield from waiting.popleft().result()
                    if stopped:  # on a partition's last document too: no next partition is begun
                        break
                while waiting:
                    yield from waiting.popleft().result()
            finally:
                embedder.shutdown(wait=True, cancel_futures=True)  # a stop or an error leaves no thread behind

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return map(function, items)
