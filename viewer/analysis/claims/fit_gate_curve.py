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
from pathlib import Path

from viewer.analysis.claims.fit_best_pairs import fit_section
from viewer.analysis.claims.gate_curve import GateCurve
from viewer.analysis.claims.verifier import WEIGHTS_FILE


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--lows", default="0.8,0.85,0.9,0.95", help="story probabilities under the gate's threshold to try")
    parser.add_argument("--highs", default="0.8,0.85,0.9,0.95", help="pair scores needed at the low, above the pair threshold")
    parser.add_argument("--precision-loss", type=float, default=0.01)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    grid = [GateCurve(float(low), float(high)) for low in ns.lows.split(",") for high in ns.highs.split(",")]
    produced_by = (f"python -m viewer.analysis.claims.fit_gate_curve DATA --lows {ns.lows} --highs {ns.highs} "
                   f"--precision-loss {ns.precision_loss}")
    fit_section(ns.data, "gate_curve", grid, lambda rule: f"low {rule.low} high {rule.high}",
                lambda rule: (rule.low, rule.high), ns.precision_loss, produced_by, f"lows {ns.lows} x highs {ns.highs}", ns.out)


if __name__ == "__main__":
    main()
