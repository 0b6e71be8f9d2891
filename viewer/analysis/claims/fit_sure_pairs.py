"""Choose the story probability and the lower pair threshold at which two reports' unit pairs are one claim
(`sure_pairs`), into verifier.json.

    python -m viewer.analysis.claims.fit_sure_pairs DATA [--bars 0.99,0.995,0.999] [--thresholds 0.55,0.6,0.65]

The corpora are those ``fit_verifier`` chooses its thresholds on (``fit_shapes``: several events and each event alone,
five and three reports an event, each fold linked with a story model fitted on the other folds), linked without the
rule and at every (bar, threshold) of the grid, with the other models, thresholds and checks as the weights file has
them. The choice is `fit_best_pairs.choose_rule`'s: allowed when, on the corpora of several events of each size, judged
link precision (ECB+ action chains) is no more than ``--precision-loss`` below and the share of links across events not
higher than without; of those, the one joining the most same-event article pairs over all shapes, of equals the
strictest (highest bar, then threshold). When none joins more than without, none is written and the rule stays off.
The held-out set is never read.
"""
from __future__ import annotations

import argparse
import datetime
import json
from dataclasses import replace
from pathlib import Path

from viewer.analysis.claims.fit_best_pairs import choose_rule
from viewer.analysis.claims.fit_shapes import FOLDS
from viewer.analysis.claims.fit_word_check import link_figures, linked_folds, shape_figures
from viewer.analysis.claims.sure_pairs import SurePairs
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--bars", default="0.99,0.995,0.999", help="story probabilities to try")
    parser.add_argument("--thresholds", default="0.55,0.6,0.65", help="pair thresholds to try, under the pair model's")
    parser.add_argument("--precision-loss", type=float, default=0.01)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    grid = [SurePairs(float(b), float(t)) for b in ns.bars.split(",") for t in ns.thresholds.split(",")]
    shipped = replace(fitted(), sure_pairs=None)
    _train, _story, linked = linked_folds(ns.data, shipped)
    cut = shipped.alignment_cut
    without = link_figures(linked, shipped, cut, "without")
    curve = {rule: link_figures(linked, replace(shipped, sure_pairs=rule), cut, f"bar {rule.bar} threshold {rule.threshold}")
             for rule in grid}
    rule = choose_rule(curve, without, ns.precision_loss)
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("sure_pairs", None)
    if rule is not None:
        weights["sure_pairs"] = {
            "bar": rule.bar, "threshold": rule.threshold,
            "produced_by": (f"python -m viewer.analysis.claims.fit_sure_pairs DATA --bars {ns.bars} --thresholds "
                            f"{ns.thresholds} --precision-loss {ns.precision_loss}"),
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid bars {ns.bars} x thresholds {ns.thresholds} by linking the ECB+ train corpora the "
                     f"thresholds are chosen on, {FOLDS} folds by topic, each with a story model fitted on the other folds, "
                     "with the models, thresholds and checks of this file: the most same-event article pairs joined over all "
                     f"shapes, with judged link precision (ECB+ action chains) no more than {ns.precision_loss} below and links "
                     "across events not more often than without the rule on the corpora of several events"),
            "choosing_links": {"without": shape_figures(without), "chosen": shape_figures(curve[rule]),
                               **{f"bar_{r.bar}_threshold_{r.threshold}": shape_figures(c) for r, c in curve.items()}},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("sure_pairs"), indent=1))


if __name__ == "__main__":
    main()
