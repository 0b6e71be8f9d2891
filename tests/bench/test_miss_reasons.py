"""bench/miss_reasons.py names the grouping rule that keeps a verified pair's units in two claims, and says how the
viewer reads a missed noted claim."""
from __future__ import annotations

from types import SimpleNamespace


class _Scores:
    """Pair scores of five units: 0 and 1 in report 1, 2 and 3 in report 2, 4 in report 3."""

    documents = [1, 1, 2, 2, 3]
    model = SimpleNamespace(pair=SimpleNamespace(threshold=0.7), supported=None)

    def __init__(self, table: dict[tuple[int, int], float]) -> None:
        self.table = table

    def __call__(self, i: int, j: int) -> float:
        return self.table.get((min(i, j), max(i, j)), 0.0)


def test_a_report_s_two_units_below_the_threshold_part_the_groups(bench_script):
    reasons = bench_script("miss_reasons")
    reasons.Groups.members = [[0, 2], [3, 4]]
    scores = _Scores({(0, 2): 0.9, (0, 4): 0.8, (3, 4): 0.9, (2, 3): 0.1, (0, 3): 0.8, (2, 4): 0.8})
    assert reasons.grouping_rule(scores, 0, 4) == ("one document's units apart", [])


def test_member_means_below_the_threshold_part_the_groups(bench_script):
    reasons = bench_script("miss_reasons")
    reasons.Groups.members = [[0, 2]]
    scores = _Scores({(0, 2): 0.9, (0, 4): 0.8, (2, 4): 0.2})
    assert reasons.grouping_rule(scores, 0, 4) == ("member means", ["members failing 2, groups of 1 and more, one low pair",
                                                                    "supported: off"])
    scores = _Scores({(0, 2): 0.9, (0, 4): 0.8, (2, 4): 0.75})
    assert reasons.grouping_rule(scores, 0, 4) == ("merged then cut", [])


def test_a_miss_is_read_as_the_viewer_shows_it(bench_script):
    reasons = bench_script("miss_reasons")
    documents = [{"id": "d1", "source": {"path": "/x/a.txt"}}, {"id": "d2", "source": {"path": "/x/b.txt"}}]
    noted = SimpleNamespace(a=("a.txt", 0, 40), b=("b.txt", 100, 140))
    elsewhere = {"documents": documents, "claims": [{"mentions": [{"document": "d1", "start": 10, "end": 30},
                                                                   {"document": "d2", "start": 300, "end": 340}]}]}
    assert "another passage" in reasons.held(elsewhere, noted)
    other = {"documents": documents, "claims": [{"mentions": [{"document": "d1", "start": 200, "end": 230},
                                                              {"document": "d2", "start": 300, "end": 340}]}]}
    assert "share other claims" in reasons.held(other, noted)
    assert "share no claim" in reasons.held({"documents": documents, "claims": []}, noted)


def test_the_table_puts_veto_parts_under_vetoed_and_rules_under_grouping(bench_script):
    reasons = bench_script("miss_reasons")
    from collections import Counter

    counts = {"one": Counter(["pair model", "vetoed", "  veto: counts"]),
              "two": Counter(["grouping", "  grouping: member means", "vetoed", "  veto: counts"])}
    rows = [line.split() for line in reasons.table(counts)]
    labels = [" ".join(r[:-3]) for r in rows[1:]]
    assert labels == ["vetoed", "veto: counts", "pair model", "grouping", "grouping: member means"]
    assert rows[2][-3:] == ["1", "1", "2"]


def test_one_member_failing_by_a_lone_low_score_is_named(bench_script):
    reasons = bench_script("miss_reasons")
    reasons.Groups.members = [[0, 1, 2], [3, 4]]
    scores = _Scores({(0, 3): 0.9, (1, 3): 0.9, (2, 3): 0.9, (0, 4): 0.95, (1, 4): 0.95, (2, 4): 0.3})
    scores.documents = [1, 2, 3, 4, 5]
    scores.model = SimpleNamespace(pair=SimpleNamespace(threshold=0.7),
                                   supported=SimpleNamespace(mean=0.65, share=0.5))
    rule, details = reasons.grouping_rule(scores, 0, 3)
    assert rule == "member means"
    assert details == ["members failing 1, groups of 2 and more, one low pair", "supported: share short"]


def test_a_pair_under_the_threshold_is_put_down_to_its_band_and_the_best_pair_rule(bench_script, monkeypatch):
    reasons = bench_script("miss_reasons")
    model = SimpleNamespace(best_pair=SimpleNamespace(bar=0.99, floor=0.65))
    monkeypatch.setattr(reasons.KeptScores, "last", SimpleNamespace(model=model), raising=False)
    fate = SimpleNamespace(raw=0.4, story=1.0)
    assert reasons.pair_rule(fate, True) == "under 0.50"
    assert reasons.pair_rule(SimpleNamespace(raw=0.6, story=1.0), True) == "0.50 to the floor, the threshold"
    assert reasons.pair_rule(SimpleNamespace(raw=0.68, story=0.95), False) == "at the floor, gate under the best-pair bar"
    assert reasons.pair_rule(SimpleNamespace(raw=0.68, story=1.0), True) == "at the floor, reports share another claim"


def test_a_floor_pair_is_read_as_free_and_mutual_best_or_not(bench_script):
    reasons = bench_script("miss_reasons")
    scores = _Scores({})
    scores.known = {0 * 5 + 2: 0.68, 0 * 5 + 3: 0.5, 1 * 5 + 2: 0.9, 1 * 5 + 3: 0.95}
    scores.pair = lambda key: divmod(key, 5)
    reasons.Groups.members = [[1, 3]]
    assert reasons.floor_reading(scores, 0, 2) == "floor: both units free, not mutual best"
    scores = _Scores({})
    scores.known = {0 * 5 + 2: 0.68, 0 * 5 + 3: 0.5, 1 * 5 + 3: 0.95}
    scores.pair = lambda key: divmod(key, 5)
    assert reasons.floor_reading(scores, 0, 2) == "floor: both units free, mutual best"
    reasons.Groups.members = [[0, 3]]
    scores = _Scores({})
    scores.known = {0 * 5 + 2: 0.68, 0 * 5 + 3: 0.75}
    scores.pair = lambda key: divmod(key, 5)
    assert reasons.floor_reading(scores, 0, 2) == "floor: a unit claimed with the other report, not mutual best"
