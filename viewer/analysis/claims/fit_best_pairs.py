"""Choose the story probability and the lower pair score at which two reports sharing no claim link their best unit
pair (`best_pairs`), into verifier.json.

    python -m viewer.analysis.claims.fit_best_pairs DATA [--bars 0.99,0.995,0.999] [--floors 0.5,0.55,0.6,0.65]

The corpora are those ``fit_verifier`` chooses its thresholds on (``fit_shapes``: several events and each event alone,
five and three reports an event, each fold linked with a story model fitted on the other folds), linked without the
rule and at every (bar, floor) of the grid, with the other models, thresholds and checks as the weights file has them.
A setting is allowed when, on the corpora of several events of each size, judged link precision (ECB+ action chains)
is no more than ``--precision-loss`` below and the share of links across events not higher than without; of those,
the one joining the most same-event article pairs over all shapes, of equals the strictest (highest bar, then
floor). When none joins more than without, none is written and the rule stays off. The held-out set is never read.
"""
from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from viewer.analysis.claims.best_pairs import BestPair
from viewer.analysis.claims.fit_shapes import FOLDS
from viewer.analysis.claims.fit_story_groups import _share
from viewer.analysis.claims.fit_word_check import link_figures, linked_folds, shape_figures
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted

Curve = dict[tuple[int, str], Counter]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--bars", default="0.99,0.995,0.999", help="story probabilities to try")
    parser.add_argument("--floors", default="0.5,0.55,0.6,0.65", help="pair scores to try, under the pair threshold")
    parser.add_argument("--precision-loss", type=float, default=0.01)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    grid = [BestPair(float(b), float(f)) for b in ns.bars.split(",") for f in ns.floors.split(",")]
    shipped = replace(fitted(), best_pair=None)
    _train, _story, linked = linked_folds(ns.data, shipped)
    cut = shipped.alignment_cut
    without = link_figures(linked, shipped, cut, "without")
    curve = {rule: link_figures(linked, replace(shipped, best_pair=rule), cut, f"bar {rule.bar} floor {rule.floor}")
             for rule in grid}
    chosen = choose_rule(curve, without, ns.precision_loss)
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("best_pair", None)
    if chosen is not None:
        weights["best_pair"] = {
            "bar": chosen.bar, "floor": chosen.floor,
            "produced_by": (f"python -m viewer.analysis.claims.fit_best_pairs DATA --bars {ns.bars} --floors {ns.floors} "
                            f"--precision-loss {ns.precision_loss}"),
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid bars {ns.bars} x floors {ns.floors} by linking the ECB+ train corpora the thresholds "
                     f"are chosen on, {FOLDS} folds by topic, each with a story model fitted on the other folds, with the models, "
                     "thresholds and checks of this file: the most same-event article pairs joined over all shapes, with judged "
                     f"link precision (ECB+ action chains) no more than {ns.precision_loss} below and links across events not "
                     "more often than without the rule on the corpora of several events"),
            "choosing_links": {"without": shape_figures(without), "chosen": shape_figures(curve[chosen]),
                               **{f"bar_{r.bar}_floor_{r.floor}": shape_figures(c) for r, c in curve.items()}},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("best_pair"), indent=1))


def choose_rule(curve: dict[BestPair, Curve], without: Curve, loss: float) -> BestPair | None:
    """The setting joining the most same-event pairs among those within bounds of ``without`` (the module's
    docstring); None when none joins more."""
    allowed = [rule for rule, counts in curve.items() if _within(counts, without, loss)]
    if not allowed:
        return None
    best = max(allowed, key=lambda rule: (_joined(curve[rule]), rule.bar, rule.floor))
    return best if _joined(curve[best]) > _joined(without) else None


def _within(counts: Curve, without: Curve, loss: float) -> bool:
    for shape, before in without.items():
        if shape[1] != "several_events":
            continue
        after = counts[shape]
        if _share(after, "right", "judged") < _share(before, "right", "judged") - loss:
            return False
        if _share(after, "across", "links") > _share(before, "across", "links"):
            return False
    return True


def _joined(counts: Curve) -> int:
    return sum(c["joined"] for c in counts.values())


if __name__ == "__main__":
    main()
