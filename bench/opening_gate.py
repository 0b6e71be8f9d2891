"""Whether a second story model that only opens the gate where the ECB+ model refuses can pass more same-story report
pairs without passing two stories of one running subject: fitted, chosen and held out by source on kept gate rows.

    python bench/opening_gate.py KEPT [KEPT ...] [--write FILE] [--threshold T]

KEPT is a folder `bench/gate_fates.py DATA --sets … --others --keep KEPT` wrote: every article pair the gate weighs on
sets drawn by story (`events.json`, so one story or two needs no judging), with the ECB+ model's probability and each
report's names. The model reads the ECB+ model's logit and the names the two reports share, and the set's rare names
they share, over the larger report's names (session 78, gate78: a short report of another political story shares the
few names every such report gives). It is fitted by `fit_verifier.fit_logistic` only on the pairs it can act on, those
the ECB+ model refuses and no veto parts, and a pair it gives at least its threshold would pass the gate at the gate's
own threshold. The threshold is chosen for precision on the fitting rows only: the grid's threshold opening the most
same-story pairs such that, on every source, the pairs it opens are one story at least as often as the pairs the ECB+
model passes there (the strictest of equals; 1.0 opens nothing). A set of AllSides' draws pooled whole
(`bench/trend_set.py --every-story`) is its own source, "pooled": two stories of one running subject told in two
draws' months meet only there. Printed: each source held out in turn (fitted and chosen on the others), each source's
pairs opened on the fitting rows, and the pairs a model fitted on every row opens at each grid threshold.
``--write`` writes the weights as the probe's story_opening.json read (commit c1dc2690); ``--threshold`` sets the
threshold instead of choosing it.

Session 80, recall80 (docs/linking.md): fitted with AllSides S–X pooled, the rule opens nothing (threshold 1.0: on the
pooled draws the pairs it opens are one story 7 times in 14 at .999, the gate's own passed pairs 193 in 337); fitted
without them (threshold .999), the pooled draws held out open 17 one-story pairs and 52 of two. Probed end to end at
.999, refused.
"""
from __future__ import annotations

import argparse
import datetime
import json
import math
import sys
from collections.abc import Sequence, Set as AbstractSet
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dev_sets import source_label, source_of as drawn_from  # noqa: E402
from rarity_gate import kept_pairs  # noqa: E402
from viewer.analysis.claims.fit_verifier import fit_logistic, probability  # noqa: E402
from viewer.analysis.claims.verifier import WEIGHTS_FILE  # noqa: E402

FEATURES = ("bias", "ecb_logit", "shared_names_of_larger", "shared_rare_names_of_larger")
GRID = tuple(round(0.50 + 0.01 * k, 2) for k in range(50)) + (0.995, 0.998, 0.999)
TABLE = (0.5, 0.7, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999)


def source_of(name: str) -> str:
    """The news source of the set (`dev_sets.source_of`); a set of AllSides' draws pooled whole (`trend_set`) is its own."""
    return drawn_from(name) if source_label(name) else "pooled"


def opening_signs(ecb_probability: float, names_a: AbstractSet[str], names_b: AbstractSet[str],
                  rare: AbstractSet[str]) -> list[float]:
    """The signs in FEATURES' order: the ECB+ model's logit (clipped: a probability of 0 or 1 has none) and the shared
    names and shared rare names over the larger report's name count."""
    p = min(max(ecb_probability, 1e-9), 1 - 1e-9)
    shared = names_a & names_b
    larger = max(1, len(names_a), len(names_b))
    return [1.0, math.log(p / (1 - p)), len(shared) / larger, len(shared & rare) / larger]


def kept_rows(folder: Path) -> list[tuple[str, bool, float, list[float]]]:
    """(source, one story, the ECB+ model's probability, opening signs) of every article pair the gate weighed and no
    veto parted (`rarity_gate.kept_pairs`)."""
    return [(source_of(name), row["same"] == "1", float(row["probability"]),
             opening_signs(float(row["probability"]), a, b, rare)) for name, row, a, b, rare in kept_pairs(folder)]


def passed(mask: np.ndarray, y: np.ndarray) -> tuple[int, int]:
    return int((mask & y).sum()), int((mask & ~y).sum())


def sure(same: int, two: int) -> float:
    return same / (same + two) if same + two else 1.0


def chosen(opened_p: np.ndarray, refused: np.ndarray, gate: np.ndarray, y: np.ndarray, sources: np.ndarray) -> float:
    """The grid threshold opening the most same-story pairs with the opened pairs, on every source, one story at least
    as often as the ECB+ model's passed pairs are there; the strictest of equals, 1.0 where none that opens one holds."""
    def holds(t: float) -> bool:
        opened = refused & (opened_p >= t)
        return all(sure(*passed(opened[sources == s], y[sources == s])) >= sure(*passed(gate[sources == s], y[sources == s]))
                   for s in set(sources.tolist()))
    allowed = [t for t in GRID if holds(t) and passed(refused & (opened_p >= t), y)[0]]
    return max(allowed, key=lambda t: (passed(refused & (opened_p >= t), y)[0], t)) if allowed else 1.0


def fitted_and_chosen(x, y, ecb_p, sources, ecb_threshold: float) -> tuple[np.ndarray, float]:
    gate, refused = ecb_p >= ecb_threshold, ecb_p < ecb_threshold
    weights = fit_logistic(x[refused], y[refused].astype(float))
    return weights, chosen(probability(x, weights), refused, gate, y, sources)


def counted(x, y, ecb_p, weights: np.ndarray, threshold: float, ecb_threshold: float) -> dict[str, tuple[int, int]]:
    gate = ecb_p >= ecb_threshold
    opened = ~gate & (probability(x, weights) >= threshold)
    return {"ecb": passed(gate, y), "opened": passed(opened, y)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path, nargs="+")
    parser.add_argument("--write", type=Path, metavar="FILE")
    parser.add_argument("--threshold", type=float, help="set, not chosen: a probe of that operating point")
    ns = parser.parse_args(argv)
    ecb_threshold = float(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["story"]["threshold"])
    rows = [r for folder in ns.kept for r in kept_rows(folder)]
    sources, y = np.array([r[0] for r in rows]), np.array([r[1] for r in rows])
    ecb_p, x = np.array([r[2] for r in rows]), np.array([r[3] for r in rows])
    names = sorted(set(sources.tolist()))
    for source in names:
        fit, test = sources != source, sources == source
        w, t = fitted_and_chosen(x[fit], y[fit], ecb_p[fit], sources[fit], ecb_threshold)
        found = counted(x[test], y[test], ecb_p[test], w, t, ecb_threshold)
        print(f"{source} held out, chosen {t} on the others: ECB+ gate {found['ecb']}, opened {found['opened']} (same, two)")
    weights, threshold = fitted_and_chosen(x, y, ecb_p, sources, ecb_threshold)
    if ns.threshold is not None:
        print(f"chosen {threshold}, set {ns.threshold}")
        threshold = ns.threshold
    print(f"fitted on every row, weights {dict(zip(FEATURES, weights.round(2).tolist()))}, threshold {threshold}:")
    for source in names:
        m = sources == source
        found = counted(x[m], y[m], ecb_p[m], weights, threshold, ecb_threshold)
        print(f"  {source}: ECB+ gate {found['ecb']}, opened {found['opened']} (same, two)")
    p, refused = probability(x, weights), ecb_p < ecb_threshold
    for t in TABLE:
        print(f"  opened at {t}: " + ", ".join(f"{s} {passed((refused & (p >= t))[sources == s], y[sources == s])}" for s in names))
    if ns.write:
        ns.write.write_text(json.dumps({
            "features": list(FEATURES), "weights": dict(zip(FEATURES, weights.round(4).tolist())), "threshold": threshold,
            "produced_by": "python bench/opening_gate.py " + " ".join(p.name for p in ns.kept)
                           + (f" --threshold {ns.threshold}" if ns.threshold is not None else ""),
            "date": datetime.date.today().isoformat()}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
