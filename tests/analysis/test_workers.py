"""The in-process workers embed one partition on a second thread while the next is parsed; the
records, their order, progress, cancel, Ctrl-C and errors stay what the one-thread run gave.

Driven on generated news articles (bench/articles.py), ten of them in partitions of four.
"""
from __future__ import annotations

import sys
import threading

import pytest
from threadpoolctl import threadpool_info

from viewer.analysis import documents, store
from viewer.analysis.claims import encoder, model_files
from viewer.analysis.claims.model_files import PACKAGE, ModelUnavailable
from viewer.analysis.corrections import Corrections
from viewer.analysis.documents import analyse_partition, partitions
from viewer.analysis.nlp import PipelineMissing
from viewer.analysis.pipeline import analyse, pending_documents
from viewer.analysis.segment import Unparsed
from viewer.analysis.workers import InProcess
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from articles import article  # noqa: E402

ARTICLES = 10
SIZE = 4  # partitions of 4, 4 and 2


@pytest.fixture(scope="module")
def unparsed() -> list[Unparsed]:
    return [Unparsed(seed + 1, article(seed), []) for seed in range(ARTICLES)]


@pytest.fixture(scope="module")
def one_thread(unparsed) -> list[tuple]:
    """What the partitions give analysed one after another in this thread."""
    return records(r for part in partitions(unparsed, SIZE) for r in analyse_partition(part, Corrections()))


def records(results) -> list[tuple]:
    return [(r.document, r.attributions, [(u.span, u.features, u.vector.tobytes()) for u in r.units]) for r in results]


def blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def embedding_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("embedding")]


def run(unparsed, heard):
    return InProcess().analyse(partitions(unparsed, SIZE), Corrections(), heard)


def test_records_come_back_in_order_with_the_vectors_of_the_one_thread_run(unparsed, one_thread):
    blas_before, heard = blas_threads(), []
    got = records(run(unparsed, lambda result: heard.append(result.document) and False))
    assert got == one_thread
    assert heard == list(range(1, ARTICLES + 1))
    assert all(units for _document, _attributions, units in got)
    assert embedding_threads() == []
    assert blas_threads() == blas_before


def test_a_partition_is_embedded_on_another_thread_while_the_next_is_parsed(unparsed, one_thread, monkeypatch):
    next_parsed, seen = threading.Event(), []
    embed = documents.embed_units

    def embed_once_the_next_is_parsed(units, texts, known=None):
        if not seen:
            seen.append((threading.current_thread().name, next_parsed.wait(timeout=30)))
        embed(units, texts, known)

    monkeypatch.setattr(documents, "embed_units", embed_once_the_next_is_parsed)

    def heard(result):
        if result.document == SIZE + 1:
            next_parsed.set()
        return False

    assert records(run(unparsed, heard)) == one_thread
    thread, overlapped = seen[0]
    assert thread.startswith("embedding") and overlapped


@pytest.mark.parametrize("stop_at", [6, SIZE])
def test_a_cancel_stops_after_the_reported_document_and_its_partition_is_embedded_and_kept(unparsed, one_thread, stop_at):
    heard = []
    got = records(run(unparsed, lambda result: heard.append(result.document) or result.document == stop_at))
    assert heard == list(range(1, stop_at + 1))  # not one document more parsed, even at a partition's end
    assert got == one_thread[:stop_at]
    assert embedding_threads() == []


def test_ctrl_c_keeps_the_records_already_back_and_leaves_no_thread(unparsed, one_thread):
    blas_before, back = blas_threads(), []

    def heard(result):
        if result.document == 2 * SIZE + 1:
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        for result in run(unparsed, heard):
            back.append(result)
    assert records(back) == one_thread[:SIZE]  # the first partition came back while the third was parsed
    assert embedding_threads() == []
    assert blas_threads() == blas_before


@pytest.fixture
def generated_corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "PARTITION", SIZE)
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in range(ARTICLES):
        (folder / f"article-{seed:02d}.txt").write_text(article(seed), encoding="utf-8")
    corpus = Corpus(tmp_path / "generated.corpus")
    import_paths(corpus, [folder])
    yield corpus
    corpus.close()


def test_a_model_damaged_during_the_run_stops_it_with_its_message_and_keeps_whole_partitions(generated_corpus, tmp_path, monkeypatch):
    real, damaged = model_files.locate(), tmp_path / "model.safetensors"
    damaged.write_bytes(real.weights.read_bytes()[:4096])
    embed = documents.embed_units

    def embed_then_damage(units, texts, known=None):
        embed(units, texts, known)
        monkeypatch.setattr(encoder, "locate", lambda: model_files.ModelFiles(damaged, real.tokenizer, real.sha256))
        monkeypatch.setattr(encoder, "_shared", None)  # the next partition loads the damaged file

    monkeypatch.setattr(documents, "embed_units", embed_then_damage)
    with pytest.raises(ModelUnavailable, match=f"is damaged.*{PACKAGE}"):
        analyse(generated_corpus)
    kept = [row[0] for row in generated_corpus.db.execute("SELECT document_id FROM analysed_documents ORDER BY document_id")]
    assert kept == list(range(1, SIZE + 1))
    assert pending_documents(generated_corpus) == list(range(SIZE + 1, ARTICLES + 1))
    units = list(store.claim_units(generated_corpus))
    assert {u.document for u in units} == set(kept) and all(u.vector is not None for u in units)
    assert embedding_threads() == []


def test_a_step_raising_on_one_document_leaves_its_partition_as_it_was_and_travels_as_plain_text(
        unparsed, one_thread, odd_attributions):
    """The function Dask's workers run too (`cluster.DaskWorkers` hands out `analyse_partition`):
    the odd document comes back as a failure record, picklable, and its neighbours as before."""
    import pickle

    from tests.conftest import ODD

    odd = Unparsed(unparsed[2].id, unparsed[2].text + f"\n\nThe {ODD} port said so.\n", [])
    part = [unparsed[0], unparsed[1], odd, unparsed[3]]
    results = pickle.loads(pickle.dumps(analyse_partition(part, Corrections())))
    assert [r.document for r in results] == [1, 2, 3, 4]
    failed = results[2]
    assert (failed.failure.step, failed.failure.error) == ("attributions", "ValueError")
    assert failed.failure.message == "__len__() should return >= 0" and not failed.attributions and not failed.units
    assert all(r.failure is None for r in results[:2] + results[3:])
    assert records(results[:2] + results[3:]) == one_thread[:2] + one_thread[3:4]


@pytest.mark.parametrize("failure", ["odd_parse", "odd_embedding"])
@pytest.mark.parametrize("place", [0, 2])
def test_a_batch_raising_is_redone_one_document_at_a_time_and_names_only_the_document_at_fault(
        unparsed, one_thread, request, failure, place):
    """spaCy's parse of the partition, or the encoder over its units, raises on one text: the
    partition's documents go one at a time, and the others come back as the run without it gives them."""
    import pickle

    from tests.conftest import ODD, ODD_FAILURES

    request.getfixturevalue(failure)
    part = unparsed[:SIZE]
    part[place] = Unparsed(part[place].id, part[place].text + f"\n\nThe {ODD} port said so.\n", [])
    results = pickle.loads(pickle.dumps(analyse_partition(part, Corrections())))
    assert [r.document for r in results] == [1, 2, 3, 4]
    assert str(results[place].failure) == ODD_FAILURES[failure]
    assert not results[place].attributions and not results[place].units
    others = results[:place] + results[place + 1:]
    assert all(r.failure is None for r in others)
    assert records(others) == one_thread[:place] + one_thread[place + 1:SIZE]


def test_a_batch_whose_headlines_raise_parses_each_documents_own_and_fails_only_the_one_at_fault(
        unparsed, one_thread, monkeypatch):
    """The headlines of a read batch are parsed together (`units.parse_headlines`); when that raises, each document
    parses its own in its claim units step, so the others come back as before and only the one a line fails on alone
    is a failure."""
    from viewer.analysis.claims import units

    piped = units.headlines_parsed

    def odd_line(lines):
        if any("Harbour" in line for line, _body in lines):
            raise ValueError("odd line")
        return piped(lines)

    part = unparsed[:SIZE]
    part[1] = Unparsed(part[1].id, "Harbour crane collapses, injuring three dock workers\n\n" + part[1].text, [])
    monkeypatch.setattr(units, "headlines_parsed", odd_line)
    results = analyse_partition(part, Corrections())
    assert [r.document for r in results] == [1, 2, 3, 4]
    assert str(results[1].failure) == "ValueError: odd line (in claim units)"
    assert records(results[:1] + results[2:]) == one_thread[:1] + one_thread[2:SIZE]


def test_a_cancel_heard_while_a_failed_batch_is_redone_stops_at_that_document(unparsed, one_thread, odd_parse):
    from tests.conftest import ODD

    odd = [Unparsed(d.id, d.text + f"\n\nThe {ODD} port said so.\n", []) if d.id == 2 else d for d in unparsed]
    heard = []
    got = list(run(odd, lambda result: heard.append(result.document) or result.document == 3))
    assert heard == [1, 2, 3]  # the fourth document is not parsed
    assert [r.document for r in got] == [1, 2, 3] and got[1].failure is not None
    assert records([got[0], got[2]]) == [one_thread[0], one_thread[2]]
    assert embedding_threads() == []


@pytest.mark.parametrize("stop", [MemoryError, KeyboardInterrupt, ModelUnavailable, PipelineMissing])
@pytest.mark.parametrize("stage", ["parse", "embedding"])
def test_what_stops_the_run_in_a_batch_is_never_taken_for_a_documents_failure(unparsed, monkeypatch, stop, stage):
    """A full memory, Ctrl-C or a missing model while a batch is parsed or embedded stops the run,
    as before, and no document is redone alone."""
    from viewer.analysis import segment

    def raising(*args, **kwargs):
        raise stop("stopped")

    if stage == "parse":
        monkeypatch.setattr(segment, "english", lambda: type("Pipeline", (), {"pipe": staticmethod(raising)})())
    else:
        monkeypatch.setattr(documents, "embed_units", raising)
    with pytest.raises(stop):
        analyse_partition(unparsed[:SIZE], Corrections())


def test_a_cancel_is_never_taken_for_a_documents_failure(unparsed, monkeypatch):
    """Ctrl-C inside a step stops the run; it is not reported as one document that could not be analysed."""
    def interrupted(parsed):
        raise KeyboardInterrupt

    monkeypatch.setattr(documents, "find_attributions", interrupted)
    with pytest.raises(KeyboardInterrupt):
        analyse_partition(unparsed[:2], Corrections())
