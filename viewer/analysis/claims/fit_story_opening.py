"""Fit the story gate's opening model (`story_opening`) on news report pairs and write `story_opening.json`.

    python -m viewer.analysis.claims.fit_story_opening KEPT [KEPT ...] [--out FILE] [--threshold T]

KEPT is a folder `bench/gate_fates.py DATA --sets … --others --keep KEPT` wrote: every article pair the gate weighs on
sets drawn by story (`events.json`, so one story or two needs no judging), with the ECB+ model's probability and each
report's names. The model is fitted by `fit_verifier.fit_logistic` only on the pairs it can act on, those the ECB+
model refuses and no veto parts. Its rows must hold two stories of one running subject told weeks apart (AllSides'
draws pooled whole, `bench/trend_set.py --every-story`): each draw holds one month, and a fit on draws alone learns
that a shared rare name is one story (session 78, gate78).

The threshold is chosen for precision on the fitting rows only: the grid's threshold opening the most same-story
pairs such that the pairs it opens are one story at least as often as the pairs the ECB+ model passes, on every
source that has two-story pairs passed or opened (GVA, BASIL, WCEP, AllSides, the pooled draws), so the gate it
widens is no less sure on any of them. Each source is also held out in turn (fitted and chosen on the others,
counted on it) and printed, and written beside the weights. ``--threshold`` sets the threshold instead of choosing it,
to probe an operating point end to end (the file then says so).
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from viewer.analysis.claims.candidates import _rare_cap
from viewer.analysis.claims.fit_verifier import fit_logistic, probability
from viewer.analysis.claims.story_opening import OPENING_FEATURES, OPENING_FILE, opening_signs
from viewer.analysis.claims.verifier import WEIGHTS_FILE

GRID = tuple(round(0.50 + 0.01 * k, 2) for k in range(50)) + (0.995, 0.998, 0.999)
SOURCES = ("gva", "basil", "wcep", "allsides")


def source_of(name: str) -> str:
    """GVA, BASIL, WCEP, AllSides by the set's name; a set of AllSides' draws pooled whole (`trend_set`) is its own."""
    return next((s for s in SOURCES if name.startswith(s)), "pooled")


def kept_rows(folder: Path) -> list[tuple[str, bool, float, list[float]]]:
    """(source, one story, the ECB+ model's probability, opening signs) of every article pair the gate weighed and no
    veto parted, the set's rare names as the linker counts them (`candidates.rare_names`)."""
    out = []
    for path in sorted(folder.glob("*.tsv")):
        found = json.loads(path.with_suffix(".articles.json").read_text(encoding="utf-8"))
        names = {f: frozenset(a["names"]) for f, a in found.items()}
        carried = Counter(n for a in names.values() for n in a)
        rare = {n for n, c in carried.items() if 2 <= c <= _rare_cap(len(names))}
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["probability"] in ("", "nan") or row["vetoes"]:
                    continue
                p = float(row["probability"])
                out.append((source_of(path.stem), row["same"] == "1", p,
                            opening_signs(p, names[row["file_a"]], names[row["file_b"]], rare)))
    return out


def passed(mask: np.ndarray, y: np.ndarray) -> tuple[int, int]:
    return int((mask & y).sum()), int((mask & ~y).sum())


def sure(same: int, two: int) -> float:
    return same / (same + two) if same + two else 1.0


def chosen(opened_p: np.ndarray, refused: np.ndarray, gate: np.ndarray, y: np.ndarray, sources: np.ndarray) -> float:
    """The grid threshold opening the most same-story pairs with the opened pairs, on every source, one story at least
    as often as the ECB+ model's passed pairs are there (module docstring); the strictest of equals."""
    def holds(t: float) -> bool:
        opened = refused & (opened_p >= t)
        return all(sure(*passed(opened[sources == s], y[sources == s])) >= sure(*passed(gate[sources == s], y[sources == s]))
                   for s in set(sources.tolist()))
    allowed = [t for t in GRID if holds(t)]
    return max(allowed, key=lambda t: (passed(refused & (opened_p >= t), y)[0], t)) if allowed else 1.0


def fitted_and_chosen(x, y, ecb_p, sources, ecb_threshold: float) -> tuple[np.ndarray, float]:
    gate, refused = ecb_p >= ecb_threshold, ecb_p < ecb_threshold
    weights = fit_logistic(x[refused], y[refused].astype(float))
    return weights, chosen(probability(x, weights), refused, gate, y, sources)


def counted(x, y, ecb_p, weights: np.ndarray, threshold: float, ecb_threshold: float) -> dict[str, tuple[int, int]]:
    gate = ecb_p >= ecb_threshold
    opened = ~gate & (probability(x, weights) >= threshold)
    return {"ecb": passed(gate, y), "opened": passed(opened, y), "both": passed(gate | opened, y)}


def held_out(x, y, ecb_p, sources, ecb_threshold: float) -> dict[str, dict]:
    """Each source's pairs passed by the ECB+ model and opened by the model fitted and chosen without it."""
    out = {}
    for source in sorted(set(sources.tolist())):
        fit, test = sources != source, sources == source
        weights, threshold = fitted_and_chosen(x[fit], y[fit], ecb_p[fit], sources[fit], ecb_threshold)
        out[source] = {**counted(x[test], y[test], ecb_p[test], weights, threshold, ecb_threshold), "threshold": threshold}
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=OPENING_FILE)
    parser.add_argument("--threshold", type=float, help="set, not chosen: a probe of that operating point")
    ns = parser.parse_args(argv)
    story = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["story"]
    ecb_threshold = float(story["threshold"])
    rows = [r for folder in ns.kept for r in kept_rows(folder)]
    sources = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    ecb_p = np.array([r[2] for r in rows])
    x = np.array([r[3] for r in rows])
    weights, threshold = fitted_and_chosen(x, y, ecb_p, sources, ecb_threshold)
    if ns.threshold is not None:
        print(f"chosen {threshold}, set {ns.threshold}")
        threshold = ns.threshold
    apart = held_out(x, y, ecb_p, sources, ecb_threshold)
    for source, found in apart.items():
        print(f"{source} held out at {found['threshold']}: ECB+ model {found['ecb']}, opened {found['opened']} (same, two)")
    fitting = {s: counted(x[sources == s], y[sources == s], ecb_p[sources == s], weights, threshold, ecb_threshold)
               for s in sorted(set(sources.tolist()))}
    for source, found in fitting.items():
        print(f"{source} fitted at {threshold}: ECB+ model {found['ecb']}, opened {found['opened']} (same, two)")
    ns.out.write_text(json.dumps({
        "features": list(OPENING_FEATURES), "weights": dict(zip(OPENING_FEATURES, weights.round(4).tolist())),
        "threshold": threshold,
        "produced_by": "python -m viewer.analysis.claims.fit_story_opening " + " ".join(p.name for p in ns.kept)
                       + (f" --threshold {ns.threshold} (set, not chosen)" if ns.threshold is not None else ""),
        "date": datetime.date.today().isoformat(),
        "data": f"{int((ecb_p < ecb_threshold).sum())} unvetoed article pairs the ECB+ story model refuses at "
                f"{ecb_threshold}, of {len(y)} it weighed on sets drawn by story ({', '.join(sorted(fitting))}; "
                f"{int(y.sum())} one story), kept by bench/gate_fates.py --keep",
        "fitting_rows": {s: {k: list(v) for k, v in f.items()} for s, f in fitting.items()},
        "held_out": {s: {"threshold": f["threshold"], **{k: list(f[k]) for k in ("ecb", "opened", "both")}}
                     for s, f in apart.items()},
    }, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
