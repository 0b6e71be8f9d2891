"""bench/chained_links.py judges each link by the hand list first, else by ECB+'s events and chains, and counts
what a floor on a link's own score, or on a mention's mean, would take out."""
from __future__ import annotations

EVENTS = {
    "a.txt": {"event": "fire", "sentences": [{"start": 0, "end": 40, "n": 0, "annotated": True, "chains": ["burn"]}]},
    "b.txt": {"event": "fire", "sentences": [{"start": 0, "end": 40, "n": 0, "annotated": True, "chains": ["burn"]},
                                             {"start": 40, "end": 80, "n": 1, "annotated": True, "chains": ["hurt"]}]},
    "c.txt": {"event": "flood", "sentences": []},
}


def test_a_hand_verdict_comes_before_the_chains(bench_script):
    chained = bench_script("chained_links")
    ends = [("a.txt", "The hall burned.", 0, 16), ("b.txt", "Two were hurt.", 45, 59)]
    assert chained._verdict(ends, EVENTS, {}) == "W"  # two chains of one event
    assert chained._verdict(ends, EVENTS, {("a.txt", "The hall burned.", "b.txt", "Two were hurt."): "P"}) == "R"
    assert chained._verdict([ends[0], ("b.txt", "It burned.", 2, 12)], EVENTS, {}) == "R"
    assert chained._verdict([ends[0], ("c.txt", "Rain.", 0, 5)], EVENTS, {}) == "W"  # two events


def test_floors_count_the_links_they_would_take_out(bench_script):
    chained = bench_script("chained_links")
    links = [("R", 0.95, 0.9), ("W", 0.55, 0.8), ("R", 0.8, 0.65), ("W", 0.2, 0.2)]
    lines = chained.floor_lines(links)
    assert lines[0] == "judged links 4: right 2, wrong 2"
    assert "floor 0.6: a pair at a time takes out 0 right, 2 wrong; a mention at a time 0 right, 1 wrong" in lines
    assert "floor 0.7: a pair at a time takes out 0 right, 2 wrong; a mention at a time 1 right, 1 wrong" in lines
