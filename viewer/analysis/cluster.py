"""The analysis on a Dask cluster: a laptop's local cluster, or a scheduler that already runs.

Dask (dask.distributed) hands out the two parallel parts of the analysis, and nothing else
changes: per-document partitions (`documents.analyse_partition`) and corpus-wide linking
blocks (nearest articles, `claims.candidates.nearest_pairs`; candidate unit pairs found and
verified, `claims.blocks.verify_block`), the very functions the single-process run calls. Each
worker loads the spaCy pipeline and the embedding model once (`ModelLoader`, a worker plugin),
and never sees the corpus file: documents travel to it as records and results come back as
records, which the pipeline's one writer stores in partition order, so the corpus is the one the
desktop would have made. Only a few partitions are in flight at a time, so the client's memory
does not grow with the archive, and a worker that dies has its tasks run again elsewhere.

Imported only when the researcher asks for workers or a scheduler: the desktop never loads Dask.
"""
from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from distributed.comm import connect as connect_to

import viewer
from viewer.analysis.corrections import Corrections
from viewer.analysis.documents import DocumentAnalysis, Heard, analyse_partition, load_models
from viewer.analysis.segment import Unparsed

CONNECT_SECONDS = 10
# Dask's nanny starts workers with glibc's heap trimming forced low (MALLOC_TRIM_THRESHOLD_=65536),
# which also stops malloc raising its mmap threshold: spaCy and the encoder then map and unmap
# their arrays on every batch, a third more CPU per document than in one process (bench_cluster).
# A local worker's own housekeeping runs on the cores the analysis needs: its statistical profiler
# samples the task's stack every 10 ms, and its event-loop, system and memory checks wake it 50,
# 2 and 10 times a second. Sampled rarely or not at all, a worker's context switches drop
# twelvefold and the CPU it spends beside its task from ~5 % to ~1 % (bench_cluster).
LOCAL_WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
IN_FLIGHT_PER_WORKER = 3  # tasks queued per worker: enough to keep it busy, few enough to keep the client small
LOCAL_HOST = "127.0.0.1"  # a local cluster listens on loopback only


class ClusterUnavailable(RuntimeError):
    """The scheduler cannot be reached, or its workers cannot run this analysis."""


class ModelLoader(WorkerPlugin):
    """Loads the spaCy pipeline and the embedding model once per worker process, when it starts."""

    name = "provenance-models"

    def setup(self, worker: Any) -> None:
        load_models()


def _loaded_version() -> str:
    load_models()
    return viewer.__version__


class DaskWorkers:
    """`workers.Workers` on a Dask client: partitions and blocks as tasks, results in order."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def prepare(self) -> None:
        """Every worker loads the models now and runs this version: a worker that cannot is named."""
        try:
            self.client.register_plugin(ModelLoader())
            versions = self.client.run(_loaded_version)
        except ImportError as error:
            raise ClusterUnavailable(
                f"a worker cannot import {error.name or 'Provenance Viewer'}: every worker needs the package, its"
                " spaCy pipeline and its model installed (see the README's cluster section)") from None
        wrong = {address: version for address, version in versions.items() if version != viewer.__version__}
        if wrong:
            listed = ", ".join(f"{address} has {version}" for address, version in sorted(wrong.items()))
            raise ClusterUnavailable(
                f"the workers must run Provenance Viewer {viewer.__version__}, as this machine does: {listed}")

    def analyse(self, partitions: Iterable[list[Unparsed]], fixes: Corrections, heard: Heard) -> Iterator[DocumentAnalysis]:
        [shared] = self.client.scatter([fixes], broadcast=True, hash=False)
        for records in self._ordered(analyse_partition, partitions, shared):
            for record in records:
                yield record
                if heard(record):
                    return

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return self._ordered(function, items)

    def _ordered(self, function: Callable[..., Any], items: Iterable[Any], *shared: Any) -> Iterator[Any]:
        """``function(item, *shared)`` of each item on the cluster, yielded in the order of the items;
        at most a few tasks per worker are in flight or waiting for an earlier one, so memory stays flat."""
        window = IN_FLIGHT_PER_WORKER * max(1, len(self.client.scheduler_info()["workers"]))
        source = iter(items)
        running: dict[Any, int] = {}
        finished: dict[int, Any] = {}
        submitted = next_out = 0
        completed = as_completed()
        try:
            while True:
                while len(running) + len(finished) < window:
                    item = next(source, _END)
                    if item is _END:
                        break
                    future = self.client.submit(function, item, *shared, pure=False)
                    running[future] = submitted
                    completed.add(future)
                    submitted += 1
                if not running:
                    return
                future = next(completed)
                finished[running.pop(future)] = future.result()
                future.release()
                while next_out in finished:
                    yield finished.pop(next_out)
                    next_out += 1
        finally:
            if running:
                self.client.cancel(list(running))


_END = object()


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[DaskWorkers]:
    """A local cluster of ``workers`` processes on loopback, or the scheduler at ``scheduler``; closed after."""
    if scheduler is not None:
        with _remote(scheduler) as client:
            yield DaskWorkers(client)
        return
    with dask.config.set(LOCAL_WORKER_CONFIG):
        # A nanny keeps the configuration it starts its worker with, and starts a restarted worker
        # with it again; it must be a copy: `config.set` restores the shared settings when it ends.
        cluster = LocalCluster(
            n_workers=workers or 1, threads_per_worker=1, processes=True, host=LOCAL_HOST, dashboard_address=f"{LOCAL_HOST}:0",
            silence_logs=logging.CRITICAL,  # a worker's own errors reach us through its tasks
            config=copy.deepcopy(dask.config.config),
        )
    try:
        with Client(cluster) as client:
            yield DaskWorkers(client)
    finally:
        cluster.close()


@contextmanager
def _remote(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address``, which is first reached once on its own: a Client
    that fails to connect leaves its event-loop thread behind, a refused probe leaves nothing."""
    try:
        asyncio.run(_probe(address))
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler at {address} ({error}); check that it runs and that this"
            " machine can reach it. Nothing was analysed.") from None
    with Client(address, timeout=CONNECT_SECONDS) as client:
        yield client


async def _probe(address: str) -> None:
    comm = await connect_to(address, timeout=CONNECT_SECONDS)
    await comm.close()
