"""The analysis on a Dask cluster gives the corpus the single process gives, and survives its faults.

Every cluster here is a local one on loopback (127.0.0.1). The corpora are analysed once in this
process (the reference) and again on two local workers; their JSON exports must match apart
from timestamps and the file's own path. A module-wide cluster keeps start-up to once, and
the last check is that closing it leaves no process and no thread behind.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

pytest.importorskip("distributed")

import dask  # noqa: E402

from viewer.analysis import cluster, documents  # noqa: E402
from viewer.analysis.pipeline import analyse  # noqa: E402
from viewer.corpus.importing import import_paths  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.export.interchange import corpus_to_dict, unstamped  # noqa: E402
from viewer.jobs import Cancelled, TaskState  # noqa: E402

from tests.conftest import ODD_FAILURES, REPO, SAMPLE_DIR  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from articles import article  # noqa: E402

GENERATED = 40
PARTITION = 8  # five partitions here
CLI_PARTITION = documents.PARTITION  # what the command line cuts (the client-killed test)
# Kept for the life of the process whatever is closed: distributed's offload thread, and the
# resource tracker multiprocessing starts with its first spawned process.
PROCESS_WIDE_THREADS = ("Dask-Offload",)
PROCESS_WIDE = "multiprocessing.resource_tracker"


def comparable(corpus: Corpus) -> str:
    return json.dumps(unstamped(corpus_to_dict(corpus)), sort_keys=True, ensure_ascii=False)


def generated_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in range(count):
        (folder / f"article-{seed:05d}.txt").write_text(article(seed), encoding="utf-8")
    return folder


def imported(path: Path, source: Path) -> Corpus:
    corpus = Corpus(path)
    import_paths(corpus, [source])
    return corpus


@pytest.fixture(scope="module", autouse=True)
def _small_partitions():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(documents, "PARTITION", PARTITION)
        yield


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return generated_folder(tmp_path_factory.mktemp("generated"), GENERATED)


@pytest.fixture(scope="module")
def references(tmp_path_factory, generated) -> dict[str, str]:
    """The single-process exports of the sample and of the generated articles."""
    out = {}
    for name, source in (("sample", SAMPLE_DIR), ("generated", generated)):
        with imported(tmp_path_factory.mktemp("reference") / f"{name}.corpus", source) as corpus:
            analyse(corpus)
            out[name] = comparable(corpus)
    return out


@pytest.fixture(scope="module")
def workers():
    """Two local worker processes for the whole module; on closing, nothing of Dask may be left running."""
    threads_before = {t.ident for t in threading.enumerate()}
    with cluster.connect(workers=2) as connected:
        yield connected
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (_children() or _new_threads(threads_before)):
        time.sleep(0.2)
    assert not _children(), f"processes outlived the cluster: {_children()}"
    assert not _new_threads(threads_before), f"threads outlived the cluster: {_new_threads(threads_before)}"


def _children() -> list[str]:
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            line = " ".join(child.cmdline())
        except psutil.NoSuchProcess:
            continue
        if PROCESS_WIDE not in line:
            found.append(line)
    return found


def _new_threads(before: set[int]) -> list[str]:
    return [t.name for t in threading.enumerate()
            if t.ident not in before and t.is_alive() and not t.name.startswith(PROCESS_WIDE_THREADS)]


@pytest.mark.parametrize("name", ["sample", "generated"])
def test_two_local_workers_make_the_corpus_one_process_makes(name, references, generated, workers, tmp_path):
    source = SAMPLE_DIR if name == "sample" else generated
    with imported(tmp_path / "cluster.corpus", source) as corpus:
        report = analyse(corpus, workers=workers)
        assert report.analysed == len(list(source.glob("*.txt")))
        assert comparable(corpus) == references[name]


def test_a_worker_killed_mid_run_is_replaced_and_the_result_is_the_same(references, generated, workers, tmp_path):
    victim = next(iter(workers.client.run(os.getpid).values()))
    killed = []

    def kill_once(done: int, total: int, text: str) -> None:
        if done == 1 and not killed:  # the first partition is in; the others are running or queued
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    with imported(tmp_path / "killed.corpus", generated) as corpus:
        analyse(corpus, TaskState(kill_once), workers=workers)
        assert killed
        assert comparable(corpus) == references["generated"]
    assert len(workers.client.scheduler_info()["workers"]) == 2, "the nanny did not bring the worker back"


def test_local_workers_keep_mallocs_own_heap_trimming(workers):
    """Dask's forced MALLOC_TRIM_THRESHOLD_ costs a third more CPU per document; a restarted
    worker (the test above kills one) must start without it too."""
    found = workers.client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
    assert len(found) == 2
    assert set(found.values()) == {None}


def test_local_workers_do_not_sample_their_own_stacks(workers):
    """Dask's profiler samples a worker's running task every 10 ms, CPU taken from the analysis;
    a restarted worker (the kill test above) must come back without it too."""
    found = workers.client.run(dask.config.get, "distributed.worker.profile.enabled")
    assert len(found) == 2
    assert set(found.values()) == {False}


def test_a_cancel_keeps_the_finished_documents_and_the_next_run_completes(references, generated, workers, tmp_path):
    # the 20th document told (progress counts each document twice, read and embedded: `pipeline.steps`)
    state = TaskState(lambda done, total, text: f"; 20 of {GENERATED} done" in text and state.cancel())
    with imported(tmp_path / "cancelled.corpus", generated) as corpus:
        with pytest.raises(Cancelled, match=f"stopped after 20 of {GENERATED}"):
            analyse(corpus, state, workers=workers)
        assert corpus.db.execute("SELECT count(*) FROM analysed_documents").fetchone()[0] == 20
        assert analyse(corpus, workers=workers).analysed == GENERATED - 20
        assert comparable(corpus) == references["generated"]


def test_the_client_killed_mid_run_leaves_whole_batches_and_a_valid_corpus(references, generated, tmp_path):
    path = tmp_path / "client-killed.corpus"
    imported(path, generated).close()
    run = subprocess.Popen(
        [sys.executable, "-m", "viewer.cli", "analyze", str(path), "--workers", "1"],
        cwd=REPO, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 300
        while _analysed(path) == 0:
            assert run.poll() is None, "the analysis ended before it could be killed"
            assert time.monotonic() < deadline, "no batch was written within 5 minutes"
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the client and the cluster it started, mid-run
        run.wait()
    kept = _analysed(path)
    assert kept == CLI_PARTITION, kept  # the first partition whole, and nothing of the second
    with Corpus(path, create=False) as corpus:
        assert corpus.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert analyse(corpus).analysed == GENERATED - kept
        assert comparable(corpus) == references["generated"]


def _analysed(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM analysed_documents").fetchone()[0]


def test_an_unreachable_scheduler_is_named_and_nothing_is_analysed(sample_corpus_file, tmp_path, monkeypatch, capsys):
    from viewer.cli import main

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    path = tmp_path / "untouched.corpus"
    path.write_bytes(sample_corpus_file.read_bytes())
    before = _analysis_record(path)
    address = f"tcp://127.0.0.1:{_closed_port()}"
    assert main(["analyze", str(path), "--redo", "--scheduler", address]) == 1
    error = capsys.readouterr().err
    assert f"cannot reach the Dask scheduler at {address}" in error and "Nothing was analysed" in error
    assert _analysis_record(path) == before


def _analysis_record(path: Path) -> tuple[list, str]:
    """When each document was analysed, and the whole analysis: a run that started would change both."""
    with Corpus(path, create=False) as corpus:
        return corpus.db.execute("SELECT * FROM analysed_documents ORDER BY 1").fetchall(), comparable(corpus)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_without_workers_or_scheduler_dask_is_not_imported(sample_corpus_file, tmp_path):
    path = tmp_path / "plain.corpus"
    path.write_bytes(sample_corpus_file.read_bytes())
    probe = ("import sys; from viewer.cli import main; status = main(['analyze', sys.argv[1]]);"
             " loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'));"
             " print(status, loaded)")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("0 []"), out.stdout + out.stderr


@pytest.mark.slow
def test_two_thousand_generated_articles_on_two_workers_make_the_same_corpus(workers, tmp_path, monkeypatch):
    """Issue 14's check at size; about 15 minutes of two cores, so `make test-slow` and the bench run it."""
    monkeypatch.setattr(documents, "PARTITION", CLI_PARTITION)
    source = generated_folder(tmp_path / "articles", 2000)
    with imported(tmp_path / "single.corpus", source) as single, imported(tmp_path / "cluster.corpus", source) as spread:
        analyse(single)
        analyse(spread, workers=workers)
        assert comparable(spread) == comparable(single)


def test_the_readme_gives_remote_workers_the_local_workers_settings():
    """A researcher's own `dask worker` machines get the same settings from the README's config file."""
    import yaml

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    settings = dask.config.collect(paths=[], env={})  # Dask's defaults alone
    dask.config.update(settings, yaml.safe_load(block))
    with dask.config.set(cluster.LOCAL_WORKER_CONFIG):
        wanted = {key: dask.config.get(key) for key in cluster.LOCAL_WORKER_CONFIG}
    assert {key: dask.config.get(key, config=settings) for key in cluster.LOCAL_WORKER_CONFIG} == wanted


@pytest.mark.parametrize("failure", ODD_FAILURES)
def test_on_dask_a_document_a_step_raises_on_is_named_and_left_pending_like_in_one_process(tmp_path, request, failure):
    """Workers in this process (threads), so the raising step, parse or embedding reaches them: the
    same report as `InProcess`."""
    from distributed import Client

    from tests.conftest import ODD

    failing = request.getfixturevalue(failure)

    folder = generated_folder(tmp_path / "articles", 6)
    odd_file = sorted(folder.glob("*.txt"))[3]
    odd_file.write_text(odd_file.read_text(encoding="utf-8") + f"\n\nThe {ODD} port said so.\n", encoding="utf-8")
    with imported(tmp_path / "odd.corpus", folder) as corpus, \
            Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None) as client:
        report = analyse(corpus, workers=cluster.DaskWorkers(client))
        [unanalysed] = report.unanalysed
        assert report.analysed == 5 and odd_file.name in unanalysed.name
        assert str(unanalysed.failure) == ODD_FAILURES[failure]
        assert corpus.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        failing.undo()
        assert analyse(corpus, workers=cluster.DaskWorkers(client)).analysed == 1
