"""bench/news_pair_rows.py and bench/news_pair_refit.py: the judged news of the dev sets as pair-model rows, and the
pair model refitted on them with sets held apart."""
from __future__ import annotations

import numpy as np

from viewer.analysis.claims.verifier import PAIR_FEATURES, fitted


def test_allsides_and_gva_draws_are_dealt_into_four_folds_and_the_others_one_each(bench_script):
    refit = bench_script("news_pair_refit")
    sets = [f"allsides{c}" for c in "ABCDEFGH"] + ["basilC", "basilE", "wcepB"] + [f"gvaZ{k}" for k in range(1, 9)] + ["gvaC"]
    folds = refit.folds_of(sets, "sets")
    assert sorted(folds) == ["allsides1", "allsides2", "allsides3", "allsides4", "basil", "gva1", "gva2", "gva3", "gva4",
                             "wcep"]
    assert folds["allsides1"] == ["allsidesA", "allsidesE"] and folds["basil"] == ["basilC", "basilE"]
    assert folds["gva1"][0] == "gvaC"  # the first draw, before the Z draws
    assert sorted(refit.folds_of(sets, "family")) == ["allsides", "basil", "gva", "wcep"]


def test_counts_read_each_verdict_at_or_above_the_threshold(bench_script):
    refit = bench_script("news_pair_refit")
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.75])
    verdicts = np.array(["R", "P", "W", "M", "-", "M"])
    assert refit.counts(scores, verdicts, 0.7) == {"RP": 2, "W": 1, "M": 1, "-": 0}


def test_the_names_and_figures_columns_give_back_the_shipped_logit(bench_script):
    refit = bench_script("news_pair_refit")
    shipped = refit.shipped_model()
    rows = np.random.default_rng(3).uniform(0, 1, size=(20, len(PAIR_FEATURES)))
    rows[:, 0] = 1.0
    columns = refit.names_figures_columns(shipped.weights)
    kept = [shipped.weights[PAIR_FEATURES.index(s)] for s in refit.REFIT_SIGNS]
    same = refit.SignsModel(np.array([shipped.weights[0], 1.0, *kept]), 0.7, columns)
    assert np.allclose(same.scores(rows), fitted().pair.probability(rows))


def test_a_refit_threshold_admits_as_many_pairs_not_one_claim_as_asked(bench_script):
    refit = bench_script("news_pair_refit")
    rng = np.random.default_rng(5)
    x = np.column_stack([np.ones(200), rng.uniform(0, 1, size=(200, len(PAIR_FEATURES) - 1))])
    y = (x[:, 1] + 0.3 * rng.uniform(size=200) > 0.8).astype(int)
    model = refit.refit((x, y), None, None, "all", refit.shipped_model(), 7)
    assert ((model.scores(x) >= model.threshold) & (y == 0)).sum() == 7


def test_rows_written_per_set_are_read_back_together_with_their_set(bench_script, tmp_path):
    rows = bench_script("news_pair_rows")
    place = ("a.txt", 0, 5)
    for name, verdicts in (("allsidesA", ["R", "-"]), ("gvaC", ["M"])):
        got = [([1.0, 0.5], v, "s1", place, place, "text a", "text b", v == "-") for v in verdicts]
        (tmp_path / "sets").mkdir(exist_ok=True)
        rows.write(tmp_path / "sets", name, got)
    read = rows.read_rows(tmp_path)
    assert read["set"].tolist() == ["allsidesA", "allsidesA", "gvaC"]
    assert read["verdict"].tolist() == ["R", "-", "M"] and read["vetoed"].tolist() == [False, True, False]
    assert rows.read_texts(tmp_path)[2] == "gvaC s1: text a | text b"
    assert rows.family("gvaZ3") == "gva" and rows.family("dev") is None


def test_a_noted_miss_a_later_run_linked_takes_the_links_verdict(bench_script):
    rows = bench_script("news_pair_rows")
    judged = rows.verdicts()
    assert set(judged.values()) <= {"R", "P", "W", "M"}
    assert all(rows.family(key[0]) for key in judged)
    assert not any(rows.BLIND in name for name in {key[0] for key in judged})
