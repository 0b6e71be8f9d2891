"""Choose how far under the story gate's threshold two reports are read, and the pair score their unit pairs need there
(`gate_curve`), into verifier.json.

    python -m viewer.analysis.claims.fit_gate_curve DATA [--lows 0.8,0.85,0.9,0.95] [--highs 0.8,0.85,0.9,0.95]

The corpora are those ``fit_verifier`` chooses its thresholds on (``fit_shapes``: several events and each event alone,
five and three reports an event, each fold linked with a story model fitted on the other folds); ECB+'s corpora of
several events hold each topic's twin events, reports of the same kind of happening that are not one event, which is
what the gate doubts. They are linked without the curve and at every (low, high) of the grid, with the other models,
thresholds and checks as the weights file has them. A setting is allowed when, on the corpora of several events of each
size, judged link precision (ECB+ action chains) is no more than ``--precision-loss`` below and the share of links across
events not higher than without; of those, the one joining the most same-event article pairs over all shapes, of equals
the strictest (highest low, then high). When none joins more than without, none is written and the gate stays one cut.
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
from viewer.analysis.claims.gate_curve import GateCurve
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--lows", default="0.8,0.85,0.9,0.95", help="story probabilities under the gate's threshold to try")
    parser.add_argument("--highs", default="0.8,0.85,0.9,0.95", help="pair scores needed at the low, above the pair threshold")
    parser.add_argument("--precision-loss", type=float, default=0.01)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    grid = [GateCurve(float(low), float(high)) for low in ns.lows.split(",") for high in ns.highs.split(",")]
    shipped = replace(fitted(), gate_curve=None)
    _train, _story, linked = linked_folds(ns.data, shipped)
    cut = shipped.alignment_cut
    without = link_figures(linked, shipped, cut, "without")
    curve = {rule: link_figures(linked, replace(shipped, gate_curve=rule), cut, f"low {rule.low} high {rule.high}")
             for rule in grid}
    chosen = choose_rule(curve, without, ns.precision_loss, lambda rule: (rule.low, rule.high))
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("gate_curve", None)
    if chosen is not None:
        weights["gate_curve"] = {
            "low": chosen.low, "high": chosen.high,
            "produced_by": (f"python -m viewer.analysis.claims.fit_gate_curve DATA --lows {ns.lows} --highs {ns.highs} "
                            f"--precision-loss {ns.precision_loss}"),
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid lows {ns.lows} x highs {ns.highs} by linking the ECB+ train corpora the thresholds "
                     f"are chosen on, {FOLDS} folds by topic, each with a story model fitted on the other folds, with the models, "
                     "thresholds and checks of this file: the most same-event article pairs joined over all shapes, with judged "
                     f"link precision (ECB+ action chains) no more than {ns.precision_loss} below and links across events not "
                     "more often than without the curve on the corpora of several events"),
            "choosing_links": {"without": shape_figures(without), "chosen": shape_figures(curve[chosen]),
                               **{f"low_{r.low}_high_{r.high}": shape_figures(c) for r, c in curve.items()}},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("gate_curve"), indent=1))


if __name__ == "__main__":
    main()
