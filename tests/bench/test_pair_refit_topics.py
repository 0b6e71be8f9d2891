"""bench/pair_refit_topics.py: the pair model refitted with one ECB+ dev topic held out, read against the shipped one."""
import numpy as np


def test_a_topic_gold_keeps_that_topics_claims_and_every_maybe(bench_script):
    refit = bench_script("pair_refit_topics")
    gold = {"documents": {}, "claims": {"3-escape": [["3_1ecb", "a"]], "31-record": [["31_1ecb", "b"]], "33-verdict": []},
            "maybe": [[["3_1ecb", "a"], ["3_2ecb", "c"]]]}
    cut = refit.topic_gold(gold, 3)
    assert list(cut["claims"]) == ["3-escape"] and cut["maybe"] == gold["maybe"]


def test_the_matched_threshold_is_the_highest_reaching_the_recall(bench_script):
    refit = bench_script("pair_refit_topics")
    scores, y = np.array([0.9, 0.8, 0.7, 0.6, 0.5]), np.array([1, 0, 1, 1, 0])
    assert refit.matched_threshold(scores, y, 2 / 3) == 0.7
    assert refit.matched_threshold(scores, y, 0.5) == 0.7  # half of three positives takes two
    assert refit.recall_at(scores, y, 0.7) == 2 / 3


def test_average_precision_is_the_mean_precision_at_each_positive(bench_script):
    refit = bench_script("pair_refit_topics")
    y = np.array([1, 0, 1, 0])
    assert refit.average_precision(np.array([0.9, 0.8, 0.7, 0.1]), y) == (1 + 2 / 3) / 2
    assert refit.average_precision(np.array([0.1, 0.8, 0.9, 0.7]), y) == 1 / 2 * (1 + 2 / 4)
