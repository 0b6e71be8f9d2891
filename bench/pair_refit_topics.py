"""The pair model refitted with one ECB+ dev topic held out, against the shipped weights, on that topic.

    python bench/pair_refit_topics.py DATA [--held-out TOPIC ...] [--claim-pairs TSV ...] [--gold-alone] [--sign NAME ...]

For each held-out topic (all the topics the hand claim gold covers unless named) the pair model's weights are
fitted as `fit_verifier` fits them (`fit_pair_model`: MSRP train and, with equal total weight, the unit pairs
of the other gold topics; with ``--gold-alone`` those unit pairs alone) and compared with the shipped pair model
(verifier.json) on the held-out topic's unit pairs. The refit is read at two thresholds: where its recall on the
fit topics matches the shipped model's at the shipped threshold (no held-out label chooses it), and at the
shipped threshold itself. Printed for each: average precision; precision, recall and F1 at its threshold; its
precision at the shipped model's held-out recall (the shipped model's, at the refit's); the cross-article links
the whole shipped linker makes with only the pair model swapped, right and wrong against the gold cut to the
topic (`claim_links_on`); MSRP test F1; and every judged claim-unit pairs file given (both halves: the shipped
model was fitted on neither). Then the held-out figures pooled over the topics, and over 31, 33 and 35 alone:
the shipped model was fitted on topics 2, 3 and 9 (an older gold of them), so it is in sample there.

Run in session 73 (refit73) on /work/data/quality (ECB+ dev as `bench/ecbplus.py` prepares it, gold from
`training/ecb_dev_gold.py`, MSRP) with ``--claim-pairs training/judged/claim_pairs49.tsv``, and again with
``--gold-alone``; docs/linking.md has the table (a few minutes each, parses cached under DATA/cache).

With ``--sign NAME`` (a candidate of `bench/pair_signs.py`, repeatable) every row gains that sign, the refit weighs it
and the shipped model weighs it 0, so the shipped figures stay as they are and the refit's tell what the sign adds out
of topic. Run in session 73 (sign73) for each candidate alone; docs/linking.md has that table too.
"""
from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from viewer.analysis.claims.fit_verifier import (  # noqa: E402
    claim_links_on, claim_rows, dev_gold, ecb_set, fit_logistic, fit_pair_model, gold_topics, msrp_pairs,
    precision_of, precision_recall, probability, stacked,
)
from viewer.analysis.claims.judged_pairs import judged_rows, judged_units, read_judged  # noqa: E402
from viewer.analysis.claims.verifier import PAIR_FEATURES, LogisticModel, Verifier, fitted  # noqa: E402
from pair_signs import SIGNS, signs_added  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--held-out", type=int, action="append", default=[], metavar="TOPIC")
    parser.add_argument("--claim-pairs", type=Path, action="append", default=[], metavar="TSV")
    parser.add_argument("--gold-alone", action="store_true",
                        help="fit on the other topics' unit pairs alone, without MSRP: whether the gold orders pairs otherwise")
    parser.add_argument("--sign", action="append", default=[], choices=sorted(SIGNS),
                        help="a candidate pair sign (bench/pair_signs.py) added to every row, weighed 0 by the shipped model")
    ns = parser.parse_args(argv)
    with signs_added(ns.sign):
        compare(ns, PAIR_FEATURES + tuple(ns.sign))


def compare(ns: argparse.Namespace, features: tuple[str, ...]) -> None:
    """The leave-one-topic-out table, each row carrying ``features``."""
    gold = dev_gold(ns.data)
    dev = ecb_set(ns.data, "dev")
    topics = sorted(gold_topics(dev, gold))
    rows = {t: claim_rows(dev, topic_gold(gold, t)) for t in topics}
    msrp_train, msrp_test = msrp_pairs(ns.data, "train"), msrp_pairs(ns.data, "test")
    checks = {"msrp test": msrp_test} | {path.name: all_judged_rows(path, ns.data) for path in ns.claim_pairs}
    shipped = padded(fitted(), features)
    pooled: dict[str, list] = defaultdict(list)
    for held in ns.held_out or topics:
        fit_rows = stacked([rows[t] for t in topics if t != held])
        refit = refitted(shipped, fit_rows, msrp_train, ns.gold_alone)
        print(f"held out {held}: refit weights {dict(zip(features, refit.pair.weights.round(3).tolist()))}, "
              f"threshold {refit.pair.threshold:.3f}; rank correlation with the shipped scores "
              f"{rank_correlation(rows[held][0], shipped, refit):.4f}")
        links = claim_links_on(dev, topic_gold(gold, held))
        as_shipped = dataclasses.replace(refit, pair=dataclasses.replace(refit.pair, threshold=shipped.pair.threshold))
        for name, model in (("shipped", shipped), ("refit", refit), ("refit at the shipped threshold", as_shipped)):
            counted = links(model)
            pooled[name].append((held, probability(rows[held][0], model.pair.weights) >= model.pair.threshold, rows[held][1], counted))
            print(f"  {name}: {held_out_figures(rows[held], model, refit if model is shipped else shipped)} {linked(counted)}"
                  + "".join(f" {check} {scored(x_y, model)}" for check, x_y in checks.items()), flush=True)
    for name, kept in pooled.items():
        print_pooled(name, kept)


def refitted(shipped: Verifier, fit_rows: tuple[np.ndarray, np.ndarray], msrp: tuple[np.ndarray, np.ndarray],
             gold_alone: bool) -> Verifier:
    """The shipped linker with its pair model refitted on the fit topics (and MSRP train unless ``gold_alone``), its
    threshold where its recall on the fit topics is the shipped model's there."""
    weights = fit_logistic(*fit_rows) if gold_alone else fit_pair_model(msrp, fit_rows, [], [])[0]
    shipped_recall = recall_at(probability(fit_rows[0], shipped.pair.weights), fit_rows[1], shipped.pair.threshold)
    threshold = matched_threshold(probability(fit_rows[0], weights), fit_rows[1], shipped_recall)
    return dataclasses.replace(shipped, pair=LogisticModel(shipped.pair.names, weights, threshold))


def padded(model: Verifier, features: tuple[str, ...]) -> Verifier:
    """The model weighing each sign it was not fitted with 0: its scores unchanged on rows that carry them."""
    weights = np.concatenate([model.pair.weights, np.zeros(len(features) - len(model.pair.weights))])
    return dataclasses.replace(model, pair=LogisticModel(features, weights, model.pair.threshold))


def print_pooled(name: str, kept: list) -> None:
    """One model's held-out unit-pair figures and claim links, pooled over every held-out topic and over the three
    out of the shipped model's fit."""
    for label, chosen in (("all held out", None), ("out of the shipped fit (31, 33, 35)", {31, 33, 35})):
        part = [k for k in kept if chosen is None or k[0] in chosen]
        if part:
            figures = precision_recall(np.concatenate([k[1] for k in part]), np.concatenate([k[2] for k in part]))
            print(f"{name}, {label}: unit pairs {figures} {linked(sum((k[3] for k in part), Counter()))}")


def linked(links: Counter) -> str:
    return f"claim links right {links['right']} wrong {links['wrong']} (precision {precision_of(links):.3f})"


def topic_gold(gold: dict, topic: int) -> dict:
    """The gold cut to one topic's claims (claim names begin with their topic); the "maybe" pairs kept, as
    they only leave pairs out."""
    return {**gold, "claims": {name: m for name, m in gold["claims"].items() if name.split("-", 1)[0] == str(topic)}}


def all_judged_rows(path: Path, data: Path) -> tuple[np.ndarray, np.ndarray]:
    """Pair signs and labels of every pair of a judged file, both halves (`judged_fit_rows` reads the fit half)."""
    return judged_rows(judged_units(read_judged(path), data, data / "cache"))


def rank_correlation(x: np.ndarray, first, second) -> float:
    """Spearman's correlation of two pair models' scores: near 1, they order the pairs alike and differ only in where
    their threshold falls."""
    ranks = [np.argsort(np.argsort(probability(x, model.pair.weights))) for model in (first, second)]
    return float(np.corrcoef(*ranks)[0, 1])


def held_out_figures(x_y: tuple[np.ndarray, np.ndarray], model, rival) -> str:
    """Average precision, figures at the model's threshold, and precision at the rival's held-out recall."""
    x, y = x_y
    scores = probability(x, model.pair.weights)
    at_rival = recall_at(probability(x, rival.pair.weights), y, rival.pair.threshold)
    matched = matched_threshold(scores, y, at_rival)
    return (f"AP {average_precision(scores, y):.3f} {precision_recall(scores >= model.pair.threshold, y)}"
            f" precision at the other's recall {at_rival:.3f}: {precision_recall(scores >= matched, y)['precision']}")


def scored(x_y: tuple[np.ndarray, np.ndarray], model) -> dict:
    return precision_recall(probability(x_y[0], model.pair.weights) >= model.pair.threshold, x_y[1])


def recall_at(scores: np.ndarray, y: np.ndarray, threshold: float) -> float:
    return float((scores[y == 1] >= threshold).mean())


def matched_threshold(scores: np.ndarray, y: np.ndarray, recall: float) -> float:
    """The highest threshold at which the scores reach ``recall`` of the positives."""
    positives = np.sort(scores[y == 1])[::-1]
    return float(positives[max(0, math.ceil(recall * len(positives) - 1e-9) - 1)])


def average_precision(scores: np.ndarray, y: np.ndarray) -> float:
    """Mean precision at each positive's rank, best score first."""
    ranked = y[np.argsort(-scores, kind="stable")]
    hits = np.cumsum(ranked)
    return float((hits[ranked == 1] / (np.flatnonzero(ranked == 1) + 1)).mean())


if __name__ == "__main__":
    sys.exit(main())
