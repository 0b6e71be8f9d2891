"""Mention texts parsed on a second thread during the relink: the same discrepancies as the serial
parse, and no thread left behind by a cancel or an error."""
from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest

from viewer.analysis import discrepancies, pipeline, store
from viewer.analysis.early_parses import EarlyParses
from viewer.analysis.pipeline import analyse, relink
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict
from viewer.jobs import Cancelled, TaskState

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from articles import article  # noqa: E402


def _early_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "early-parses"]


@pytest.fixture(scope="module")
def made_up_file(tmp_path_factory) -> Path:
    """Twelve made-up articles (bench/articles.py: places, figures, people and speakers drawn at
    random) and two reports of one surrender that name the brigade differently, analysed."""
    path = tmp_path_factory.mktemp("made-up") / "made-up.corpus"
    corpus = Corpus(path)
    folder = path.parent / "articles"
    folder.mkdir()
    for i in range(12):
        (folder / f"article-{i:02d}.txt").write_text(article(i), encoding="utf-8")
    for name, troops, brigade in (("a", "servicemen", "Naval"), ("b", "troops", "Marine")):
        (folder / f"surrender-{name}.txt").write_text(
            f"Surrender in Mariupol\n\n1,026 {troops} from the 36th {brigade} Brigade surrendered in Mariupol on"
            f" Wednesday, the defence ministry in Moscow said. Officials in Kyiv did not comment on the report.\n",
            encoding="utf-8")
    from viewer.corpus.importing import import_paths

    import_paths(corpus, [folder])
    analyse(corpus)
    corpus.close()
    return path


@pytest.fixture
def made_up(made_up_file, tmp_path):
    copy = tmp_path / "copy.corpus"
    copy.write_bytes(made_up_file.read_bytes())
    corpus = Corpus(copy, create=False)
    yield corpus
    corpus.close()


@pytest.fixture
def cold_cache(monkeypatch):
    """Every relink parses its mentions afresh, as in a new process."""
    monkeypatch.setattr(discrepancies, "_PARSED", {})
    discrepancies._figures_in.cache_clear()


def _relinked(corpus: Corpus, monkeypatch) -> tuple[str, int]:
    """The corpus's analysis as JSON after a relink, and how many parses the thread handed over."""
    monkeypatch.setattr(discrepancies, "_PARSED", {})
    discrepancies._figures_in.cache_clear()
    handed = []
    take = EarlyParses.take
    monkeypatch.setattr(EarlyParses, "take", lambda self, texts: handed.append(take(self, texts)) or handed[-1])
    relink(corpus)
    return json.dumps(corpus_to_dict(corpus), ensure_ascii=False, sort_keys=True), sum(map(len, handed))


def test_parses_made_beside_linking_give_what_the_serial_parse_gives(made_up, monkeypatch):
    early, handed = _relinked(made_up, monkeypatch)

    class Idle(EarlyParses):
        def add(self, texts):
            pass

    monkeypatch.setattr(pipeline, "EarlyParses", Idle)
    serial, none = _relinked(made_up, monkeypatch)
    claims = store.claims(made_up)
    assert handed > 20 and none == 0
    assert sum(len(c.discrepancies) for c in claims) > 5
    assert {d.kind for c in claims for d in c.discrepancies} >= {"number", "name"}
    assert early == serial


def test_a_cancel_during_the_background_parse_rolls_back_and_leaves_no_thread(made_up, cold_cache, monkeypatch):
    before = json.dumps(corpus_to_dict(made_up), ensure_ascii=False)
    state, parsing = TaskState(), threading.Event()
    real = pipeline.parsed_for_discrepancies

    def cancelled_while_parsing(texts):
        parsing.set()
        state.cancel()
        return real(texts)

    monkeypatch.setattr(pipeline, "parsed_for_discrepancies", cancelled_while_parsing)
    with pytest.raises(Cancelled, match="keep their previous links"):
        relink(made_up, state=state)
    assert parsing.is_set()
    assert _early_threads() == []
    assert json.dumps(corpus_to_dict(made_up), ensure_ascii=False) == before


def test_a_failed_background_parse_is_raised_by_the_relink_and_leaves_no_thread(made_up, cold_cache, monkeypatch):
    before = json.dumps(corpus_to_dict(made_up), ensure_ascii=False)

    def broken(texts):
        raise OSError("model file unreadable")

    monkeypatch.setattr(pipeline, "parsed_for_discrepancies", broken)
    with pytest.raises(OSError, match="unreadable"):
        relink(made_up)
    assert _early_threads() == []
    assert json.dumps(corpus_to_dict(made_up), ensure_ascii=False) == before


def test_leaving_early_drops_the_queue_after_the_current_batch():
    started, release, parsed = threading.Event(), threading.Event(), []

    def slow(texts):
        started.set()
        release.wait(5)
        parsed.extend(texts)
        return [(t, t.upper()) for t in texts]

    with EarlyParses(slow, limit=100, batch=2) as early:
        early.add(["a", "b", "c", "d", "e"])
        assert started.wait(5)
        threading.Timer(0.05, release.set).start()
    assert parsed == ["a", "b"]
    assert _early_threads() == []


def test_texts_beyond_the_limit_are_left_to_the_caller_and_each_is_parsed_once():
    batches = []

    def parse(texts):
        batches.append(list(texts))
        return [(t, t.upper()) for t in texts]

    with EarlyParses(parse, limit=3, batch=2) as early:
        early.add(["a", "b", "a"])
        early.add(["c", "d"])
        assert early.take(["a", "c", "d", "x"]) == {"a": "A", "c": "C"}
        early.add(["y"])  # too late: the thread has ended
        assert early.take(["b", "y"]) == {"b": "B"}
    assert sorted(t for b in batches for t in b) == ["a", "b", "c"]
