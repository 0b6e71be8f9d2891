"""bench/gva.py draws incidents blind from the crawl, and a fresh draw never repeats an earlier set's."""
from __future__ import annotations

import datetime
import json
import os
import pickle
import sys
import types
from pathlib import Path

import pytest


@pytest.fixture
def news_item(monkeypatch):
    """The crawler's ``classes.NewsItem``, made up here so pickles name it as the crawl's do."""
    module = types.ModuleType("classes")

    class NewsItem:
        pass

    NewsItem.__module__, NewsItem.__qualname__ = "classes", "NewsItem"
    module.NewsItem = NewsItem
    monkeypatch.setitem(sys.modules, "classes", module)
    return NewsItem


def _crawl(folder: Path, news_item, incidents: dict[str, int]) -> Path:
    """One folder per incident holding N made-up articles, each long enough and distinct."""
    for incident, articles in incidents.items():
        (folder / incident).mkdir(parents=True)
        for n in range(articles):
            item = news_item()
            item.title = f"Shooting {incident} report {n}"
            item.content = " ".join(f"word{incident}x{n}y{k}" for k in range(200))
            item.dct = datetime.date(2017, 3, 1 + n)
            item.uri = f"http://outlet{n}.example/{incident}"
            (folder / incident / f"{n:04d}abcdef.json").write_bytes(pickle.dumps(item))
    return folder


def _incidents(out: Path) -> list[str]:
    return json.loads((out / "events.json").read_text(encoding="utf-8"))["incidents"]


def test_a_fresh_draw_never_takes_an_incident_an_earlier_set_holds(tmp_path, news_item, bench_script):
    corpus = _crawl(tmp_path / "crawl", news_item, {f"{100 + n}": 3 for n in range(6)} | {"999": 2})
    gva = bench_script("gva")
    gva.prepare(corpus, tmp_path / "first", events=2, per_event=3)
    gva.prepare(corpus, tmp_path / "fresh", events=4, per_event=3, exclude=[tmp_path / "first"])

    first, fresh = _incidents(tmp_path / "first"), _incidents(tmp_path / "fresh")
    assert sorted(first + fresh) == [f"{100 + n}" for n in range(6)]  # "999" has too few articles
    index = json.loads((tmp_path / "fresh" / "events.json").read_text(encoding="utf-8"))
    assert index["excluded"] == first
    assert {d["event"] for d in index["documents"].values()} == set(fresh)
    assert len(index["documents"]) == 12


def test_without_exclude_the_draw_is_the_first_one(tmp_path, news_item, bench_script):
    corpus = _crawl(tmp_path / "crawl", news_item, {f"{100 + n}": 3 for n in range(6)})
    gva = bench_script("gva")
    gva.prepare(corpus, tmp_path / "one", events=3, per_event=3)
    gva.prepare(corpus, tmp_path / "two", events=3, per_event=3, exclude=[])
    assert (tmp_path / "one" / "events.json").read_bytes() == (tmp_path / "two" / "events.json").read_bytes()
    assert "excluded" not in json.loads((tmp_path / "one" / "events.json").read_text(encoding="utf-8"))


def test_a_pickle_that_names_another_callable_is_not_run(tmp_path, bench_script):
    class Hostile:
        def __reduce__(self):
            return (os.remove, (str(tmp_path / "keep.txt"),))

    (tmp_path / "keep.txt").write_text("still here", encoding="utf-8")
    (tmp_path / "item.json").write_bytes(pickle.dumps(Hostile()))
    assert bench_script("gva").read_item(tmp_path / "item.json") is None
    assert (tmp_path / "keep.txt").exists()


def test_the_counters_read_each_incident_s_usable_reports_once(tmp_path, news_item, bench_script):
    corpus = _crawl(tmp_path / "crawl", news_item, {"200": 2, "100": 1})
    copy = (corpus / "200" / "0000abcdef.json").read_bytes()
    (corpus / "200" / "0002abcdef.json").write_bytes(copy)  # a syndicated copy of the first report
    (corpus / "100" / "0001abcdef.json").write_bytes(b"not a pickle")
    read = list(bench_script("gva").usable_reports(corpus))
    assert [(incident, [name for name, _item in items]) for incident, items in read] == [
        ("100", ["0000abcdef.json"]), ("200", ["0000abcdef.json", "0001abcdef.json"])]
