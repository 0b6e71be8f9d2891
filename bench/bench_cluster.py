"""The analysis on local Dask clusters beside the single process: throughput, identity, client memory.

Throughput: per-document documents/s with 1 and 2 local workers against the single process, as
ratios (target >= 1.7x with 2 workers on per-document work), on the same generated articles;
each run's whole-analysis time too. Identity: the JSON export after 2 workers equals the single
process's apart from timestamps and the file's path (the 2,000-article check of issue 14).
Client memory: peak RSS of the client during the per-document phase for 5,000 and 20,000
articles (target: within 1.2x). There the workers replay records analysed for real from 64
articles (re-keyed to each document) instead of parsing every article again: the client, its
window of partitions, its in-order buffer and its batched writes are the production code,
and what they hold does not depend on how long a worker took.

The machine's load average is printed before and after: other programs on it slow every rate.
The sample's five real articles give the per-article costs docs/scale.md starts from.
Arguments: --articles N (default 2000), --repeat N (runs of each throughput setting, taken in turn so
that a burst of other load falls on all settings alike; the fastest of each counts, as timeit
does), --memory 5000,20000, --skip-memory, --skip-throughput, --skip-real.
"""
from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402
from articles import article, fill  # noqa: E402
from run import load  # noqa: E402

from viewer.analysis import cluster, documents  # noqa: E402
from viewer.analysis.corrections import Corrections  # noqa: E402
from viewer.analysis.pipeline import analyse, analyse_documents, pending_documents  # noqa: E402
from viewer.analysis.workers import InProcess  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.export.interchange import corpus_to_dict, unstamped  # noqa: E402
from viewer.jobs import TaskState  # noqa: E402

TEMPLATES = 64


class PhaseClock:
    """Wall time of the per-document phase, read from the progress the pipeline reports, and the
    client's peak memory by then (what relinking adds comes after it)."""

    def __init__(self, peak: "PeakRss", client=None) -> None:
        self.started = self.ended = 0.0
        self.peak, self.documents_peak = peak, 0
        self._client, self._cpu = client, {}
        self.relink_cpu = 0.0  # the client's CPU seconds in relinking

    def __call__(self, done: int, total: int, text: str) -> None:
        if text == "analysing documents":
            self.started = time.perf_counter()
            self._cpu = self._cpu_seconds()
        elif text == "linking claims and speakers":
            self.ended = time.perf_counter()
            self.documents_peak = self.peak.bytes
            self._cpu = {where: seconds - self._cpu.get(where, 0.0) for where, seconds in self._cpu_seconds().items()}
            self.relink_cpu = time.process_time()
        elif text == "done":
            self.relink_cpu = time.process_time() - self.relink_cpu

    def _cpu_seconds(self) -> dict[str, float]:
        """CPU seconds so far of this process and of each worker: unlike wall time, not slowed by other load."""
        found = {"client": time.process_time()}
        if self._client is not None:
            found.update(self._client.run(cpu_seconds))
        return found

    def cpu_per_document(self, count: int) -> str:
        return ", ".join(f"{'worker' if where != 'client' else where} {seconds / count * 1000:.0f} ms"
                         for where, seconds in self._cpu.items())

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def comparable(corpus: Corpus) -> dict:
    return unstamped(corpus_to_dict(corpus))


def run(folder: Path, name: str, count: int, workers: int | None) -> tuple[float, float, dict]:
    with fill(folder / f"{name}.corpus", count) as corpus:
        if workers is None:
            timed = TimedInProcess()
            with PeakRss() as peak:
                clock = PhaseClock(peak)
                start = time.perf_counter()
                analyse(corpus, TaskState(clock), workers=timed)
        else:
            with cluster.connect(workers=workers) as connected:
                with PeakRss() as peak:
                    clock = PhaseClock(peak, connected.client)
                    start = time.perf_counter()  # the cluster's start-up is not the analysis's
                    analyse(corpus, TaskState(clock), workers=connected)
                worker_peaks = connected.client.run(worker_peak_rss)
            print(f"    worker peak RSS: {', '.join(f'{v / 2**20:.0f} MB' for v in worker_peaks.values())}")
        elapsed = time.perf_counter() - start
        size = file_size(folder / f"{name}.corpus")
        print(f"    client peak RSS {clock.documents_peak / 2**20:.0f} MB per-document, {peak.bytes / 2**20:.0f} MB"
              f" relinking; relinking {elapsed - clock.seconds:.1f} s;"
              f" corpus file {size / 2**20:.1f} MB ({size / count / 1024:.1f} KB/article)")
        print(f"    CPU per document in the per-document phase: {clock.cpu_per_document(count)}")
        if workers is None:
            print(f"    relinking CPU {clock.relink_cpu / count * 1000:.0f} ms per article, of which in blocks (what"
                  f" workers take over) {sum(timed.seconds.values()) / count * 1000:.0f} ms: {timed.split(count)};"
                  f" {timed.pairs} article pairs verified, {timed.pairs / count:.1f} per article")
            composition(corpus, count)
        else:
            print(f"    relinking CPU on the client {clock.relink_cpu / count * 1000:.0f} ms per article (the rest on the workers)")
        return clock.seconds, elapsed, comparable(corpus)


class TimedInProcess(InProcess):
    """The single process, with the CPU time its corpus-wide blocks (the part workers take over)
    took, by kind: finding nearest articles, and finding and verifying unit pairs."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.blocks: dict[str, int] = {}
        self.pairs = 0

    def map(self, function, items):
        name = function.__name__
        for item in items:
            start = time.process_time()
            result = function(item)
            self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - start
            self.blocks[name] = self.blocks.get(name, 0) + 1
            if name == "verify_block":
                self.pairs += len(item.pairs)
            yield result

    def split(self, count: int) -> str:
        return ", ".join(f"{name} {seconds / count * 1000:.1f} ms ({self.blocks[name]} blocks)"
                         for name, seconds in self.seconds.items())


def composition(corpus: Corpus, count: int) -> None:
    """What an article leaves in the corpus: the inputs of docs/scale.md's sizes."""
    rows = {table: corpus.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("claim_units", "attributions", "claims", "claim_mentions")}
    text = corpus.db.execute("SELECT sum(length(text)) FROM documents").fetchone()[0]
    pages = dict(corpus.db.execute(
        "SELECT CASE WHEN name LIKE 'documents%' OR name = 'boilerplate' THEN 'documents' ELSE name END,"
        " sum(pgsize) FROM dbstat GROUP BY 1").fetchall())
    units_kb = pages.get("claim_units", 0) / max(1, rows["claim_units"]) / 1024
    print(f"    per article: {text / count:.0f} characters, {rows['claim_units'] / count:.1f} claim units"
          f" ({units_kb:.2f} KB each stored), {rows['attributions'] / count:.1f} attributions,"
          f" {rows['claim_mentions'] / count:.1f} claim mentions; documents and their index"
          f" {pages.get('documents', 0) / count / 1024:.1f} KB/article")


def file_size(path: Path) -> int:
    """The corpus and its write-ahead log: what the disk holds once it is checkpointed."""
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def cpu_seconds() -> float:
    return time.process_time()


def worker_peak_rss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def throughput(count: int, repeat: int) -> None:
    print(f"throughput on {count} generated articles, each setting run {repeat} time(s) in turn ({load()})", flush=True)
    names = {"single process": None, "1 local worker": 1, "2 local workers": 2}
    seconds: dict[str, list[float]] = {name: [] for name in names}
    exports: dict[str, list[dict]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as folder:
        for turn in range(repeat):
            for name, workers in names.items():
                print(f"  {name}{f' (run {turn + 1})' if repeat > 1 else ''}:", flush=True)
                documents_s, whole_s, export = run(Path(folder), f"{name.replace(' ', '-')}-{turn}", count, workers)
                seconds[name].append(documents_s)
                exports[name].append(export)
                print(f"    per-document {count / documents_s:6.1f} docs/s ({documents_s:6.1f} s);"
                      f" whole analysis {whole_s:6.1f} s", flush=True)
    single = min(seconds["single process"])
    for name in ("1 local worker", "2 local workers"):
        each = ", ".join(f"{single / s:.2f}x" for s in seconds[name]) if repeat > 1 else ""
        print(f"  ratio {name} / single process (per-document, fastest run of each): {single / min(seconds[name]):.2f}x"
              + (f" (each run against the fastest single: {each})" if each else ""))
    same = all(e == exports["single process"][0] for e in exports["2 local workers"] + exports["single process"])
    print(f"  JSON export after 2 workers identical to the single process's (apart from timestamps): {same}")
    print(f"  ({load()} after)")


def replay(partition, fixes, templates):
    """Records analysed for real from article (id - 1) % TEMPLATES, given to each document."""
    out = []
    for document in partition:
        record = copy.deepcopy(templates[(document.id - 1) % len(templates)])
        record.document = document.id
        for unit in record.units:
            unit.document = document.id
        out.append(record)
    return out


class ReplayingWorkers(cluster.DaskWorkers):
    def __init__(self, client, templates) -> None:
        super().__init__(client)
        [self._templates] = client.scatter([templates], broadcast=True, hash=False)

    def analyse(self, partitions, fixes, heard):
        for records in self._ordered(replay, partitions, fixes, self._templates):
            for record in records:
                yield record
                heard(record)


def client_memory(sizes: list[int]) -> None:
    print(f"client memory during the per-document phase, 2 local workers ({load()})", flush=True)
    with cluster.connect(workers=2) as connected, tempfile.TemporaryDirectory() as folder:
        with fill(Path(folder) / "templates.corpus", TEMPLATES) as corpus:
            pending = pending_documents(corpus)
            templates = list(connected.analyse(documents.partitions(
                (documents_unparsed(corpus, d) for d in pending), documents.PARTITION), Corrections(), lambda r: False))
        peaks = {}
        for size in sizes:
            with fill(Path(folder) / f"{size}.corpus", size, lambda i: article(i % TEMPLATES)) as corpus:
                workers = ReplayingWorkers(connected.client, templates)
                pending = pending_documents(corpus)
                with PeakRss() as peak:
                    start = time.perf_counter()
                    analyse_documents(corpus, pending, Corrections(), workers, TaskState(), len(pending) + 1)
                    elapsed = time.perf_counter() - start
                stored = corpus.db.execute("SELECT count(*) FROM analysed_documents").fetchone()[0]
            size_mb = file_size(Path(folder) / f"{size}.corpus") / 2**20
            peaks[size] = peak.bytes
            print(f"  {size:>6} articles: client peak RSS {peak.bytes / 2**20:6.1f} MB; {stored} written in"
                  f" {elapsed:.1f} s; corpus file {size_mb:.1f} MB ({size_mb * 1024 / size:.1f} KB/article)", flush=True)
        small, large = min(sizes), max(sizes)
        print(f"  ratio {large} / {small} articles: {peaks[large] / peaks[small]:.2f}x (target <= 1.2x)")


def real_articles() -> None:
    """The sample's five real news articles: what one costs a worker, what it stores and what the
    client holds of it when relinking, the per-article inputs of docs/scale.md (generated articles
    are a third as long)."""
    import gc
    import tracemalloc

    import numpy as np
    from threadpoolctl import threadpool_limits

    from viewer.analysis import store
    from viewer.corpus.importing import import_paths
    from viewer.resources import sample_articles

    print(f"the sample's real articles ({load()})", flush=True)
    with tempfile.TemporaryDirectory() as folder, Corpus(Path(folder) / "sample.corpus") as corpus:
        import_paths(corpus, [sample_articles()])
        unparsed = [documents_unparsed(corpus, d) for d in corpus.document_ids()]
        copies = [type(u)(k + 1, u.text, u.boilerplate) for k, u in enumerate(unparsed * 4)]
        documents.load_models()
        with threadpool_limits(limits=1, user_api="blas"):  # as on a worker
            start = time.process_time()
            documents.analyse_partition(copies, Corrections())
            cpu = (time.process_time() - start) / len(copies)
        print(f"  worker CPU {cpu * 1000:.0f} ms per article ({len(copies)} analysed)")
        analyse(corpus)
        composition(corpus, len(unparsed))
        gc.collect()
        tracemalloc.start()
        units = list(store.claim_units(corpus))
        vectors = np.stack([u.vector for u in units])
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(f"    relinking holds {held / len(units) / 1024:.1f} KB per claim unit on the client"
              f" (units and their stacked vectors, {len(vectors)} units)")


def documents_unparsed(corpus: Corpus, document_id: int):
    from viewer.analysis.segment import Unparsed

    return Unparsed(document_id, corpus.document(document_id).text, corpus.boilerplate(document_id))


class PeakRss:
    """The highest resident memory of this process while inside, sampled every 20 ms."""

    def __enter__(self) -> "PeakRss":
        self.bytes, self._stop = psutil.Process().memory_info().rss, threading.Event()
        self._thread = threading.Thread(target=self._sample, name="rss-sampler")
        self._thread.start()
        return self

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.02):
            self.bytes = max(self.bytes, me.memory_info().rss)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory", default="5000,20000")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each throughput setting, in turn; the fastest counts")
    args = parser.parse_args()
    if not args.skip_real:
        real_articles()
    if not args.skip_throughput:
        throughput(args.articles, args.repeat)
    if not args.skip_memory:
        client_memory([int(n) for n in args.memory.split(",")])


if __name__ == "__main__":
    main()
