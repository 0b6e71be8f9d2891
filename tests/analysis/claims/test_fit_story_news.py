"""fit_story_news: the story gate refitted on news report pairs on top of the ECB+ model, read from the rows
`bench/gate_fates.py --keep` writes, folded into one model over STORY_FEATURES, its threshold bounded by source."""
from __future__ import annotations

import json

import numpy as np

from viewer.analysis.claims.fit_story_news import chosen, folded, kept_rows, refit
from viewer.analysis.claims.fit_verifier import probability
from viewer.analysis.claims.verifier import STORY_FEATURES, story_features

HEADER = ["set", "file_a", "file_b", "same", "fate", "probability", "vetoes", "centroid_cosine", "best_unit_cosine",
          "shared_names", "shared_rare_names", "shared_figures", "noted"]


def _kept(folder, name: str, names: dict[str, list[str]], rows: list[list[str]]) -> None:
    (folder / f"{name}.articles.json").write_text(json.dumps({f: {"names": n} for f, n in names.items()}), encoding="utf-8")
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows]
    (folder / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_kept_rows_count_the_name_signs_again_over_the_larger_report_and_skip_vetoed_and_unweighed(tmp_path):
    """A short report of another story sharing "Biden" and "President" with a long one reads 2 of its 2 names over
    the smaller report, 2 of 8 over the larger; rows written before the larger-report signs existed read as well."""
    names = {"a.txt": ["biden", "president"], "b.txt": ["biden", "president", "kabul", "taliban", "pentagon", "austin",
                                                        "milley", "bagram"], "c.txt": ["kabul", "taliban"]}
    _kept(tmp_path, "allsidesX", names, [
        ["allsidesX", "a.txt", "b.txt", "0", "gate < 0.50", "0.9", "", "0.6", "0.6", "1.0", "0.0", "0.0", "0"],
        ["allsidesX", "b.txt", "c.txt", "1", "found", "0.99", "", "0.8", "0.8", "1.0", "1.0", "0.0", "0"],
        ["allsidesX", "a.txt", "c.txt", "0", "never weighed", "", "", "nan", "nan", "nan", "nan", "nan", "0"],
        ["allsidesX", "a.txt", "c.txt", "0", "vetoed", "0.98", "trends", "0.7", "0.7", "0.0", "0.0", "0.0", "0"],
    ])
    rows = kept_rows(tmp_path)
    assert [(s, same) for s, same, _x in rows] == [("allsides", False), ("allsides", True)]
    short = dict(zip(STORY_FEATURES, rows[0][2]))
    assert short["shared_names"] == 1.0 and short["shared_names_of_larger"] == 0.25
    assert short["centroid_cosine"] == 0.6
    assert dict(zip(STORY_FEATURES, rows[1][2]))["shared_rare_names_of_larger"] == 2 / 8  # kabul and taliban, in 2 reports


def test_the_folded_model_reads_as_the_step_on_the_ecb_score_it_was_fitted_as():
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(400), rng.random((400, len(STORY_FEATURES) - 1))])
    larger = STORY_FEATURES.index("shared_rare_names_of_larger")
    y = x[:, larger] + 0.3 * rng.random(400) > 0.7
    ecb = np.array([-4.0, 2.0, 3.0, 1.0, 1.0, 1.0, 0.0, 0.0])
    weights = refit(x, y, ecb)
    assert weights[larger] > 0  # the sign the labels follow is read
    step = np.array([0.5, 1.5, -1.0, 2.0])
    design = np.column_stack([np.ones(400), x @ ecb, x[:, [larger - 1, larger]]])
    assert np.allclose(probability(x, folded(ecb, step)), probability(design, step))


def test_the_threshold_passes_no_source_more_two_story_pairs_than_its_bound():
    p = np.array([0.999, 0.995, 0.99, 0.985, 0.98, 0.975, 0.999, 0.98])
    y = np.array([True, True, True, False, True, True, True, False])
    sources = np.array(["allsides"] * 6 + ["gva"] * 2)
    assert chosen(p, y, sources, {"allsides": 0, "gva": 0}) == 0.99
    assert chosen(p, y, sources, {"allsides": 1, "gva": 1}) == 0.975


def test_story_features_read_the_shared_names_over_each_report():
    signs = dict(zip(STORY_FEATURES, story_features(0.5, 0.5, frozenset({"biden", "president"}),
                                                    frozenset({"biden", "president", "kabul", "taliban"}), {"kabul"})))
    assert (signs["shared_names"], signs["shared_names_of_larger"], signs["shared_rare_names_of_larger"]) == (1.0, 0.5, 0.0)
