"""bench/gate_fates.py puts each same-story report pair no claim joins down to what lost it: never weighed, a veto of the
story gate (only where the gate's model passes the pair, the vetoes beside a refusal counted apart), the model's
probability by band, the story groups, or after the gate."""
from __future__ import annotations

from collections import Counter

import numpy as np

from viewer.analysis.claims.candidates import Article

THRESHOLD = 0.97


def _article(document: int, **lede) -> Article:
    return Article(document, np.array([document]), np.zeros(3), frozenset(), **lede)


def _weighed(gate, probability: float, a: Article, b: Article) -> None:
    fired = [name for name, fires in gate.VETOES.items() if fires(a, b, _Model())]
    gate.Gate.weighed[(a.document, b.document)] = (probability, fired, (a, b), [1.0, 0.7, 0.6, 0.3, 0.1, 0.0])


class _Model:
    dated_lead = 2


def test_a_pair_sharing_a_claim_is_found_whatever_the_gate(bench_script):
    gate = bench_script("gate_fates")
    gate.Gate.weighed = {}
    assert gate.fate((1, 2), True, {}, THRESHOLD) == "found"


def test_a_pair_never_weighed_and_the_bands_of_the_gate(bench_script):
    gate = bench_script("gate_fates")
    gate.Gate.weighed = {}
    assert gate.fate((1, 2), False, {}, THRESHOLD) == "never weighed"
    for probability, band in ((0.95, "gate ≥ 0.90"), (0.7, "gate 0.50–0.90"), (0.2, "gate < 0.50")):
        _weighed(gate, probability, _article(1), _article(2))
        assert gate.fate((1, 2), False, {}, THRESHOLD) == band


def test_trends_told_opposite_ways_are_the_fate_only_where_the_model_passes(bench_script):
    gate = bench_script("gate_fates")
    gate.Gate.weighed = {}
    rising, falling = _article(1, lede_trends=frozenset({"unemployment up"})), _article(2, lede_trends=frozenset({"unemployment down"}))
    _weighed(gate, 0.99, rising, falling)
    assert gate.fate((1, 2), False, {}, THRESHOLD) == "veto: trends"
    assert gate._under_bar((1, 2), THRESHOLD) == []
    _weighed(gate, 0.6, rising, falling)
    assert gate.fate((1, 2), False, {}, THRESHOLD) == "gate 0.50–0.90"
    assert gate._under_bar((1, 2), THRESHOLD) == ["trends"]


def test_passed_pairs_are_put_down_to_the_story_groups_or_after_the_gate(bench_script):
    gate = bench_script("gate_fates")
    gate.Gate.weighed = {}
    _weighed(gate, 0.99, _article(1), _article(2))
    assert gate.fate((1, 2), False, {1: 0, 2: 1}, THRESHOLD) == "story groups"
    assert gate.fate((1, 2), False, {1: 0, 2: 0}, THRESHOLD) == "passed, no claim"


def test_joined_pairs_are_the_documents_one_claim_holds(bench_script):
    export = {"claims": [{"mentions": [{"document": "d1"}, {"document": "d3"}, {"document": "d1"}]},
                         {"mentions": [{"document": "d2"}]}]}
    assert bench_script("gate_fates").joined_pairs(export) == {(1, 3)}


def test_the_table_counts_each_source_and_all(bench_script):
    gate = bench_script("gate_fates")
    by_set = {"allsidesQ": Counter({("same story", "found"): 2, ("same story", "gate < 0.50"): 1,
                                    ("same story", "  fires under the bar: trends"): 1}),
              "basilC": Counter({("same story", "gate < 0.50"): 3})}
    lines = gate.table(by_set, "same story")
    row = next(line for line in lines if line.strip().startswith("gate < 0.50"))
    assert row.split()[-3:] == ["1", "3", "4"]
    pairs = next(line for line in lines if line.strip().startswith("pairs"))
    assert pairs.split()[-3:] == ["3", "3", "6"]


def test_a_rare_value_two_reports_count_under_two_nouns_is_shared_only_by_the_widened_sign(bench_script):
    signs = bench_script("gate_signs")
    left, right = [[6.5, "rate"], [2.0, "quarter"]], [[6.5, "anual"], [8.5, "growth"]]
    assert signs.widened_figures(left, right) == 0.5
    assert signs.other_nouns_only(left, right)
    assert not signs.other_nouns_only([[2.0, "victim"]], [[2.0, "suspect"]])  # "two" every report of a kind gives
    assert not signs.other_nouns_only([[6.5, "rate"]], [[6.5, "rate"]])  # already shared as (value, noun)


def test_common_names_are_counted_on_the_other_sets_or_on_other_sources_only(bench_script):
    gate = bench_script("common_names_gate")
    articles = {"allsidesA": {"a": {"names": ["biden"]}, "b": {"names": ["biden", "manchin"]}},
                "allsidesB": {"c": {"names": ["biden"]}, "d": {"names": ["cheney"]}},
                "gvaC": {"e": {"names": ["police"]}, "f": {"names": ["fresno"]}}}
    assert gate.common_names(articles, "allsidesA", 0.2, "pooled") == {"biden", "cheney", "police", "fresno"}
    assert gate.common_names(articles, "allsidesA", 0.3, "pooled") == set()
    assert gate.common_names(articles, "allsidesA", 0.4, "family") == {"police", "fresno"}
