"""bench/basil.py lays a BASIL snapshot out as an imported set: headline once, above the prose."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

def _article(triplet: str, source: str, title: str, paragraphs: list[list[str]]) -> dict:
    return {"title": title, "date": "2014-02-26", "url": f"http://{source}.example/{triplet}", "source": source,
            "main-event": f"event {triplet}", "triplet-uuid": triplet, "body-paragraphs": paragraphs}


def _snapshot(folder: Path, articles: list[dict]) -> Path:
    """A bare git repository in BASIL's layout (articles/YEAR/TRIPLET_N.json), made-up texts."""
    work = folder / "work"
    for n, article in enumerate(articles, 1):
        path = work / "articles" / "2014" / f"{article['triplet-uuid']}_{n}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(article), encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "articles"], check=True)
    return work / ".git"


def test_each_article_shows_its_headline_once_above_paragraphs_and_its_event(tmp_path, bench_script):
    articles = [
        _article("aaaa1111-x", "fox", "Mayor  vetoes the budget", [["Mayor vetoes the budget"], ["The mayor vetoed it.", "She said  so."], []]),
        _article("aaaa1111-x", "nyt", "Budget vetoed", [["The city's mayor rejected the budget on Monday."]]),
        _article("bbbb2222-y", "hpo", "Storm hits coast", [["A storm hit the coast."]]),
    ]
    out = tmp_path / "set"
    bench_script("basil").prepare(_snapshot(tmp_path, articles), out, events=2)

    fox = (out / "docs" / "aaaa1111_fox.txt").read_text(encoding="utf-8")
    assert fox == "Mayor vetoes the budget\n\nThe mayor vetoed it. She said so.\n"
    index = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert sorted(index["events"]) == ["aaaa1111-x", "bbbb2222-y"]
    assert index["documents"]["aaaa1111_nyt.txt"]["event"] == index["documents"]["aaaa1111_fox.txt"]["event"]
    assert index["documents"]["bbbb2222_hpo.txt"] == {
        "event": "bbbb2222-y", "main_event": "event bbbb2222-y", "outlet": "hpo", "date": "2014-02-26",
        "uri": "http://hpo.example/bbbb2222-y", "sentences": []}


def test_the_draw_is_fixed_by_the_seed(tmp_path, bench_script):
    articles = [_article(f"{n:04d}abcd-e", "fox", f"Headline {n}", [[f"Sentence {n}."]]) for n in range(12)]
    git_dir = _snapshot(tmp_path, articles)
    basil = bench_script("basil")
    basil.prepare(git_dir, tmp_path / "one", events=4)
    basil.prepare(git_dir, tmp_path / "two", events=4)
    first = json.loads((tmp_path / "one" / "events.json").read_text(encoding="utf-8"))["events"]
    assert first == json.loads((tmp_path / "two" / "events.json").read_text(encoding="utf-8"))["events"]
    assert len(set(first)) == 4


def test_a_fresh_draw_never_takes_an_event_an_earlier_set_holds(tmp_path, bench_script):
    articles = [_article(f"{n:04d}abcd-e", "fox", f"Headline {n}", [[f"Sentence {n}."]]) for n in range(6)]
    git_dir = _snapshot(tmp_path, articles)
    basil = bench_script("basil")
    basil.prepare(git_dir, tmp_path / "first", events=4)
    basil.prepare(git_dir, tmp_path / "fresh", events=2, exclude=[tmp_path / "first"])
    first = json.loads((tmp_path / "first" / "events.json").read_text(encoding="utf-8"))["events"]
    fresh = json.loads((tmp_path / "fresh" / "events.json").read_text(encoding="utf-8"))["events"]
    assert sorted(first + fresh) == sorted(f"{n:04d}abcd-e" for n in range(6))
