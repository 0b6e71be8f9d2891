"""bench/allsides_probe.py splits the NeuS probe lines into their reports and draws stories the crawl does not hold."""
from __future__ import annotations

import json

import pytest


def _text(tag: str) -> str:
    return f"The council met on {tag}. " + " ".join([f"{tag}word"] * 30)


def _line(*reports: tuple[str, str]) -> str:
    return " [SEP] ".join(f"TITLE=> {headline}. ARTICLE=> {text}" for headline, text in reports)


def _crawled(story_id: int, headline: str, paragraphs: list[str], issue: str = "Crawled") -> dict:
    report = {"newsSource": "cnn", "newsTitle": headline, "newsLink": "https://cnn.example/a", "newBody": paragraphs}
    return {"id": story_id, "issue": issue, "date": "2021-10-18T16:15:00-07:00", "news": {"left": report}}


def test_a_line_becomes_its_long_reports_each_headline_above_its_text_with_no_outlet_or_date(tmp_path, bench_script,
                                                                                           probe_snapshot):
    sources = {"train": [_line(("Court  sides with police?", _text("alpha")), ("Short", "Too short to hold a claim."),
                               ("Police win two cases", _text("beta"))),
                         _line(("Lone", _text("gamma")), ("Brief", "Two words."), ("Empty", ""))]}
    targets = {"train": ["TITLE=> Supreme Court  rules. ARTICLE=> A summary.", "TITLE=> Other. ARTICLE=> More."]}
    out = tmp_path / "set"
    bench_script("allsides_probe").prepare(probe_snapshot(sources, targets=targets), out, events=1)

    assert sorted(p.name for p in (out / "docs").iterdir()) == ["train1_1.txt", "train1_3.txt"]
    first = (out / "docs" / "train1_1.txt").read_text(encoding="utf-8")
    assert first == f"Court sides with police?\n\n{_text('alpha')}\n"
    index = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert index["events"] == ["train1"]
    assert index["documents"]["train1_3.txt"] == {
        "event": "train1", "main_event": "Supreme Court rules", "outlet": None, "leaning": None, "date": None,
        "uri": None, "sentences": []}


def test_stories_the_crawl_holds_or_sharing_a_report_are_left_out(tmp_path, bench_script, probe_snapshot):
    crawl = [_crawled(1, "Crawled headline", [_text("delta")]),
             _crawled(2, "Another", [_text("eps"), "It was cut mid-sentence ..."], "Crawled  too")]
    sources = {"train": [_line(("Crawled  headline", _text("one")), ("Fresh", _text("two")),
                               ("Fresh 2", _text("three"))),
                         _line(("New name", _text("eps")), ("Fresh 3", _text("four")), ("Fresh 4", _text("five"))),
                         _line(("Kept", _text("six")), ("Kept 2", _text("seven")), ("Kept 3", _text("eight")))],
               "val": [_line(("Twice", _text("nine")), ("Val", _text("ten")), ("Val 2", _text("eleven"))),
                       _line(("Once", _text("twelve")), ("Twice", _text("thirteen")), ("Val 3", _text("fourteen")))],
               "test": [_line(("Test", _text("fifteen")), ("Test 2", _text("sixteen")), ("Test 3", _text("nine")))]}
    probe = bench_script("allsides_probe")
    snapshot = probe_snapshot(sources, crawl)
    stories = probe.read_stories(snapshot)

    assert probe.crawl_issues(stories, snapshot) == {"train1": {"Crawled"}, "train2": {"Crawled too"}}
    assert probe.shared(stories) == {"val1", "val2", "test1"}
    assert probe.drawable(stories, snapshot) == {"train3"}


def test_a_split_whose_targets_do_not_pair_with_its_sources_is_refused(bench_script, probe_snapshot):
    sources = {"train": [_line(("A", _text("one")), ("B", _text("two")), ("C", _text("three")))]}
    snapshot = probe_snapshot(sources, targets={"train": ["TITLE=> X. ARTICLE=> Y.", "TITLE=> Z. ARTICLE=> W."]})
    with pytest.raises(ValueError, match="1 source lines but 2 target lines"):
        bench_script("allsides_probe").read_stories(snapshot)


def test_the_draw_is_fixed_by_the_seed_and_a_fresh_draw_skips_earlier_stories(bench_script, repeated_draws,
                                                                              probe_snapshot):
    sources = {"test": [_line((f"A{n}", _text(f"a{n}")), (f"B{n}", _text(f"b{n}")), (f"C{n}", f"Short {n}."))
                        for n in range(6)]}
    events = repeated_draws(bench_script("allsides_probe"), probe_snapshot(sources))
    assert events["one"] == events["two"]
    assert sorted(events["one"] + events["fresh"]) == [f"test{n}" for n in range(1, 7)]


def test_the_pool_counts_usable_stories_and_the_draws_left_after_earlier_sets(tmp_path, bench_script, probe_snapshot):
    crawl = [_crawled(1, "H0", [_text("x")], "Story 0"), _crawled(2, "H1", [_text("y")], "Story 5")]
    sources = {"train": [_line((f"H{n}", _text(f"a{n}")), (f"I{n}", _text(f"b{n}")),
                               (f"J{n}", _text(f"c{n}") if n % 2 else f"Short {n}."))
                         for n in range(43)]}
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "events.json").write_text(json.dumps({"events": ["train2", "train3"]}), encoding="utf-8")

    counts = bench_script("allsides_probe_pool").pool(probe_snapshot(sources, crawl), [earlier])

    assert counts["stories"] == 43 and counts["reports"] == 129 and counts["in_crawl"] == 2 and counts["paired"] == 1
    assert counts["sharing"] == 0 and counts["usable"] == 41 and counts["three"] == 20
    assert counts["usable_reports"] == 102
    assert counts["words"] == (35, 35, 35)
    assert counts["left"] == 40 and counts["draws"] == 2
