"""Where the analysis's parallel parts run: in this process, or on a Dask cluster (`analysis.cluster`).

Two kinds of work are handed out. Per-document partitions go through `analyse`, whose records
come back in the order of the partitions, so the one writer stores them the same way whoever
computed them. Corpus-wide blocks (articles whose nearest are wanted, article pairs to verify) go
through `map`, in order too.
The pipeline runs the same functions either way; this is only the choice of where.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from viewer.analysis.corrections import Corrections
from viewer.analysis.documents import DocumentAnalysis, Heard, analyse_partition, load_models
from viewer.analysis.segment import Unparsed


class Workers(Protocol):
    def prepare(self) -> None:
        """Load the pipeline and the model where the work runs: a missing model stops here, before anything is written."""

    def analyse(self, partitions: Iterable[list[Unparsed]], fixes: Corrections, heard: Heard) -> Iterator[DocumentAnalysis]:
        """Each document's records, partition after partition, in the order given; ``heard`` is
        told of each document (here, in order) and stops the run when it answers True."""

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """``function`` of each item, in the order given."""


class InProcess:
    """Everything in the calling process, one document after another."""

    def prepare(self) -> None:
        load_models()

    def analyse(self, partitions: Iterable[list[Unparsed]], fixes: Corrections, heard: Heard) -> Iterator[DocumentAnalysis]:
        for partition in partitions:
            results = analyse_partition(partition, fixes, heard)
            yield from results
            if len(results) < len(partition):
                return

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return map(function, items)
