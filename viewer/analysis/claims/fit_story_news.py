"""Refit the story gate on news report pairs, on top of the model `fit_verifier` fits on ECB+, and write it into
verifier.json.

    python -m viewer.analysis.claims.fit_story_news KEPT [KEPT ...] [--out FILE]

KEPT is a folder `bench/gate_fates.py DATA --sets … --others --keep KEPT` wrote: every article pair the gate weighs on
sets drawn by story (`events.json`, so one story or two needs no judging), with the gate's signs and each report's
names. The gate was fitted on ECB+'s twin events, where a shared name is a strong sign; on political news the names
every report gives ("Biden", "President") are shared by short reports of two stories (session 77, recall77), and the
gate loses same-story pairs near its bar. The refit keeps the ECB+ model's score as one sign and adds the names shared
over the larger report's names (`verifier.story_features`), fitted by `fit_verifier.fit_logistic` on the unvetoed pairs
(one story or two), so a pair the ECB+ model reads one way moves only as far as the news pairs ask. Folded into one
logistic model over STORY_FEATURES, it is what the linker reads. The threshold is the one of the grid passing the most
same-story pairs with no source (GVA, BASIL, WCEP, AllSides) passing more two-story pairs than the ECB+ model does at
its own threshold; the strictest of equals. Each source is also held out in turn (fitted and chosen on the others,
counted on it) and printed, and written beside the weights. Run after `fit_verifier` (which writes the ECB+ model this
keeps as ``fitted_on_ecb``) and before the later checks' fits.
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
from viewer.analysis.claims.verifier import STORY_FEATURES, WEIGHTS_FILE, story_features

GRID = tuple(round(0.90 + 0.005 * k, 3) for k in range(20))
SOURCES = ("gva", "basil", "wcep", "allsides")
_KEPT_SIGNS = ("centroid_cosine", "best_unit_cosine", "shared_figures")  # what the names alone do not give again


def source_of(name: str) -> str:
    return next((s for s in SOURCES if name.startswith(s)), name)


def kept_names(articles: dict[str, dict]) -> tuple[dict[str, frozenset[str]], set[str]]:
    """Each report's names in a kept set's readings (`bench/gate_fates.py --keep`), and the set's rare names as the
    linker counts them (`candidates.rare_names`)."""
    names = {f: frozenset(a["names"]) for f, a in articles.items()}
    carried = Counter(n for a in names.values() for n in a)
    return names, {n for n, c in carried.items() if 2 <= c <= _rare_cap(len(names))}


def kept_signs(row: dict, names: dict[str, frozenset[str]], rare: set[str]) -> list[float]:
    """A kept pair's signs in STORY_FEATURES' order: the name signs counted again from the reports' names, so that
    folders kept before a sign was added read as well."""
    kept = {n: float(row[n]) for n in _KEPT_SIGNS}
    signs = story_features(kept["centroid_cosine"], kept["best_unit_cosine"], names[row["file_a"]], names[row["file_b"]], rare)
    signs[STORY_FEATURES.index("shared_figures")] = kept["shared_figures"]
    return signs


def kept_rows(folder: Path) -> list[tuple[str, bool, list[float]]]:
    """(source, one story, signs) of every article pair the gate weighed and no veto parted."""
    out = []
    for path in sorted(folder.glob("*.tsv")):
        names, rare = kept_names(json.loads(path.with_suffix(".articles.json").read_text(encoding="utf-8")))
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["probability"] not in ("", "nan") and not row["vetoes"]:
                    out.append((source_of(path.stem), row["same"] == "1", kept_signs(row, names, rare)))
    return out


def folded(ecb: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """The refit (bias, ECB+ score, the larger-report signs) as one set of weights over STORY_FEATURES."""
    weights = offset[1] * ecb
    weights[0] += offset[0]
    for k, name in enumerate(("shared_names_of_larger", "shared_rare_names_of_larger"), start=2):
        weights[STORY_FEATURES.index(name)] += offset[k]
    return weights


def refit(x: np.ndarray, y: np.ndarray, ecb: np.ndarray) -> np.ndarray:
    larger = [STORY_FEATURES.index("shared_names_of_larger"), STORY_FEATURES.index("shared_rare_names_of_larger")]
    design = np.column_stack([np.ones(len(y)), x @ ecb, x[:, larger]])
    return folded(ecb, fit_logistic(design, y.astype(float)))


def passed(p: np.ndarray, y: np.ndarray, t: float) -> tuple[int, int]:
    return int(((p >= t) & y).sum()), int(((p >= t) & ~y).sum())


def chosen(p: np.ndarray, y: np.ndarray, sources: np.ndarray, bounds: dict[str, int]) -> float:
    """The grid threshold passing the most same-story pairs with no source over its bound of two-story pairs."""
    allowed = [t for t in GRID if all(passed(p[sources == s], y[sources == s], t)[1] <= n for s, n in bounds.items())]
    return max(allowed, key=lambda t: (passed(p, y, t)[0], t)) if allowed else GRID[-1]


def fitted_and_chosen(x, y, sources, ecb: np.ndarray, ecb_threshold: float) -> tuple[np.ndarray, float]:
    p_ecb = probability(x, ecb)
    bounds = {s: passed(p_ecb[sources == s], y[sources == s], ecb_threshold)[1] for s in set(sources.tolist())}
    weights = refit(x, y, ecb)
    return weights, chosen(probability(x, weights), y, sources, bounds)


def held_out(x, y, sources, ecb: np.ndarray, ecb_threshold: float) -> dict[str, dict]:
    """Each source's same-story and two-story pairs passed, the ECB+ model against the refit fitted without it."""
    out = {}
    for source in sorted(set(sources.tolist())):
        fit, test = sources != source, sources == source
        weights, threshold = fitted_and_chosen(x[fit], y[fit], sources[fit], ecb, ecb_threshold)
        out[source] = {"ecb": passed(probability(x[test], ecb), y[test], ecb_threshold),
                       "refit": passed(probability(x[test], weights), y[test], threshold), "threshold": threshold}
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    base = data["story"].get("fitted_on_ecb", data["story"])
    ecb = np.array([base["weights"].get(n, 0.0) for n in STORY_FEATURES])
    rows = [r for folder in ns.kept for r in kept_rows(folder)]
    sources = np.array([s for s, _y, _x in rows])
    y = np.array([same for _s, same, _x in rows])
    x = np.array([signs for _s, _y, signs in rows])
    weights, threshold = fitted_and_chosen(x, y, sources, ecb, base["threshold"])
    apart = held_out(x, y, sources, ecb, base["threshold"])
    for source, found in apart.items():
        print(f"{source} held out: ECB+ model {found['ecb']}, refit at {found['threshold']} {found['refit']} (same, two)")
    print(f"all: ECB+ model {passed(probability(x, ecb), y, base['threshold'])}, refit at {threshold} "
          f"{passed(probability(x, weights), y, threshold)}")
    data["story"] = {
        "features": list(STORY_FEATURES), "weights": dict(zip(STORY_FEATURES, weights.round(4).tolist())),
        "threshold": threshold,
        "fitted_on_ecb": {"weights": {n: round(float(w), 4) for n, w in zip(STORY_FEATURES, ecb)},
                          "threshold": base["threshold"]},
        "refitted_on_news": {
            "produced_by": "python -m viewer.analysis.claims.fit_story_news " + " ".join(p.name for p in ns.kept),
            "date": datetime.date.today().isoformat(),
            "data": f"{len(y)} unvetoed article pairs the gate weighed on {len(set(sources.tolist()))} sources' sets "
                    f"drawn by story ({int(y.sum())} one story)",
            "held_out": {s: {"ecb": list(f["ecb"]), "refit": list(f["refit"]), "threshold": f["threshold"]}
                         for s, f in apart.items()},
        },
    }
    ns.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
