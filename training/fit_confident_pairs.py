"""Choose the pair model's bar a discrepancy's two mentions must reach (`analysis.confident_pairs`) on hand-judged pairs.

    python training/fit_confident_pairs.py DATA --pairs training/judged/claim_pairs49.tsv --set gvaB --set basilB
        [--cache DIR] [--out viewer/analysis/confident_pairs.json]

DATA is the folder the judged file's document paths are under (``sets/NAME/docs/...``); ``--set`` keeps the pairs of
those sets only (a set kept blind for others is left unread). The units are cut and embedded by the running code
(`claims.judged_pairs`), scored by the shipped pair model, and the bar is chosen on the pairs of the ``fit`` half: on
the grid 0.50..0.99, the one with the best F0.5 (precision weighed twice recall: a line shown says two sources state
one thing, while a line not shown leaves the researcher where reading the claim's mentions would). The ``check``
half's figures at that bar are recorded beside it, with the pair weights it was chosen for: a refit of the pair
model makes it stale, and a test says so.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.judged_pairs import judged_rows, judged_units, read_judged  # noqa: E402
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted  # noqa: E402
from viewer.analysis.confident_pairs import BAR_FILE  # noqa: E402

GRID = [round(0.5 + 0.01 * k, 2) for k in range(50)]
BETA = 0.5


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--pairs", type=Path, required=True)
    parser.add_argument("--set", action="append", required=True, dest="sets")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--out", type=Path, default=BAR_FILE)
    ns = parser.parse_args(argv)
    halves = {half: scored(ns.pairs, half, ns.sets, ns.data, ns.cache) for half in ("fit", "check")}
    chosen = max(GRID, key=lambda b: (round(f_beta(*halves["fit"], b), 6), b))
    figures = {half: dict(zip(("pairs", "accepted", "precision", "recall"), counted(*halves[half], chosen)))
               for half in halves}
    for bar in GRID:
        print(bar, *(f"{half}: P {counted(*halves[half], bar)[2]:.3f} R {counted(*halves[half], bar)[3]:.3f}" for half in halves))
    print("chosen", chosen, figures)
    ns.out.write_text(json.dumps({
        "bar": chosen,
        "pair_weights": json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["pair"]["weights"],
        "produced_by": f"python training/fit_confident_pairs.py DATA --pairs {ns.pairs.as_posix()}"
                       + "".join(f" --set {s}" for s in ns.sets),
        "date": datetime.date.today().isoformat(),
        "data": f"hand-judged claim-unit pairs of {', '.join(ns.sets)} ({ns.pairs.name}), scored by the pair model of "
                f"{WEIGHTS_FILE.name}; the bar of the grid {GRID[0]}..{GRID[-1]} with the best F{BETA} on the fit half",
        "figures": figures,
    }, indent=1) + "\n", encoding="utf-8")


def scored(pairs: Path, half: str, sets: list[str], data: Path, cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """The pair model's probability of each judged pair of the half and sets, and its label."""
    kept = [p for p in read_judged(pairs, half) if any(Path(p.a[0]).parts[1:2] == (s,) for s in sets)]
    x, labels = judged_rows(judged_units(kept, data, cache))
    return fitted().pair.probability(x), np.asarray(labels)


def counted(probability: np.ndarray, labels: np.ndarray, bar: float) -> tuple[int, int, float, float]:
    """Pairs, pairs accepted at ``bar``, their precision and the recall of one-claim pairs."""
    accepted = probability >= bar
    right = int(labels[accepted].sum())
    return len(labels), int(accepted.sum()), right / max(1, int(accepted.sum())), right / max(1, int(labels.sum()))


def f_beta(probability: np.ndarray, labels: np.ndarray, bar: float) -> float:
    _pairs, _accepted, precision, recall = counted(probability, labels, bar)
    weight = BETA * BETA
    return (1 + weight) * precision * recall / (weight * precision + recall) if precision + recall else 0.0


if __name__ == "__main__":
    main()
