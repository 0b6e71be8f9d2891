"""bench/trend_links.py and bench/trend_set.py: report pairs filed by the measures their ledes tell moving, and the set
pooling the draws' stories whose ledes tell one, on made-up articles."""
from __future__ import annotations

import json

ROSE = "Jobless claims rise\n\nNew jobless claims rose by 37,000 to 412,000 last week. Economists were surprised."
FELL = "Jobless claims fall\n\nNew jobless claims fell by 34,000 to 444,000 last week. Economists were pleased."
FLAT = "Jobless claims reported\n\nThe Labor Department reported new jobless claims. Economists were pleased."
EVENTS = {"5945_left.txt": {"event": "5945"}, "6026_right.txt": {"event": "6026"}, "6026_left.txt": {"event": "6026"}}


def _texts() -> dict[str, str]:
    return {"5945_left.txt": ROSE, "6026_right.txt": FELL, "6026_left.txt": FLAT}


def test_pooled_pairs_are_filed_by_story_and_lede_trends(bench_script, tmp_path, event_docs):
    links = bench_script("trend_links")
    docs = event_docs("allsidesB", _texts(), EVENTS)
    assert links.trend_class(docs / "5945_left.txt", docs / "6026_right.txt") == "apart"
    assert links.trend_class(docs / "6026_right.txt", docs / "6026_left.txt") == "not both"
    assert links.pooled_pairs(tmp_path, ["allsidesB"], show=False) == [
        "allsides (3 reports) one story: apart 0  alike 0  not both 1",
        "allsides (3 reports) two stories: apart 1  alike 0  not both 1"]


def test_the_trend_set_pools_every_report_of_a_story_one_of_whose_ledes_tells_a_trend(bench_script, tmp_path, event_docs):
    event_docs("allsidesB", _texts(), EVENTS)
    event_docs("allsidesC", {"5771_left.txt": FLAT}, {"5771_left.txt": {"event": "5771"}})
    trend_set = bench_script("trend_set")
    found = trend_set.trend_stories(tmp_path, ["allsidesB", "allsidesC"])
    assert sorted(f for f, _t, _r in found) == ["5945_left.txt", "6026_left.txt", "6026_right.txt"]
    assert {r["draw"] for _f, _t, r in found} == {"allsidesB"}
    assert json.dumps(found[0][2])


def test_every_story_pools_the_draws_whole(bench_script, tmp_path, event_docs):
    """Pooled whole, a story whose ledes tell no trend comes too: two stories of one running subject told in two draws'
    months meet, as a story gate's fit needs them to (bench/opening_gate.py)."""
    event_docs("allsidesB", _texts(), EVENTS)
    event_docs("allsidesC", {"5771_left.txt": FLAT}, {"5771_left.txt": {"event": "5771"}})
    found = bench_script("trend_set").trend_stories(tmp_path, ["allsidesB", "allsidesC"], every=True)
    assert sorted(f for f, _t, _r in found) == ["5771_left.txt", "5945_left.txt", "6026_left.txt", "6026_right.txt"]
    assert {r["draw"] for _f, _t, r in found} == {"allsidesB", "allsidesC"}
