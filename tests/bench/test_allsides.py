"""bench/allsides.py lays AllSides roundups out as imported sets: one story, its outlets' quoted openings."""
from __future__ import annotations

import json

LONG = " ".join(["word"] * 30)


def _report(outlet: str, title: str, paragraphs: list[str]) -> dict:
    return {"newsSource": outlet, "newsTitle": title, "newsLink": f"https://{outlet}.example/story",
            "newBody": paragraphs}


def _story(story_id: int, news: dict[str, dict]) -> dict:
    return {"id": story_id, "issue": f"Roundup  {story_id}", "date": "2021-10-18T16:15:00-07:00", "news": news}


def _pairs(count: int) -> list[dict]:
    return [_story(n, {"left": _report("l", f"Left {n}", [LONG]), "right": _report("r", f"Right {n}", [LONG])})
            for n in range(count)]


def test_a_story_holds_its_long_reports_each_headline_above_its_quoted_paragraphs(tmp_path, bench_script,
                                                                                 allsides_crawl):
    stories = [
        _story(7, {"right": _report("fox", "Court\u00a0sides  with police", ["The court ruled\u00a0Monday. " + LONG, "",
                                                                          "Both cases were overturned..."]),
                   "left": _report("cnn", "Police win two cases", ["In two opinions the court ruled. " + LONG]),
                   "center": _report("ap", "Short", ["Too short to hold a claim."])}),
        _story(8, {"left": _report("cnn", "Lone report", ["Only one outlet told it. " + LONG])}),
    ]
    out = tmp_path / "set"
    bench_script("allsides").prepare(allsides_crawl(stories), out, events=1)

    assert sorted(p.name for p in (out / "docs").iterdir()) == ["7_left.txt", "7_right.txt"]
    right = (out / "docs" / "7_right.txt").read_text(encoding="utf-8")
    assert right == f"Court sides with police\n\nThe court ruled Monday. {LONG}\n\nBoth cases were overturned...\n"
    index = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert index["events"] == ["7"]
    assert index["documents"]["7_left.txt"] == {
        "event": "7", "main_event": "Roundup 7", "outlet": "cnn", "leaning": "left", "date": "2021-10-18",
        "uri": "https://cnn.example/story", "sentences": []}


def test_the_draw_is_fixed_by_the_seed_and_a_fresh_draw_skips_earlier_stories(bench_script, repeated_draws,
                                                                              allsides_crawl):
    events = repeated_draws(bench_script("allsides"), allsides_crawl(_pairs(6)))
    assert events["one"] == events["two"]
    assert sorted(events["one"] + events["fresh"]) == [str(n) for n in range(6)]
