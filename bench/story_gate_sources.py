"""How often the story gate lets two reports of one event into one story, and two events' reports, by source.

    python bench/story_gate_sources.py DATA OUT --sets wcepA,basil,gva [--thresholds 0.9,0.95,0.97]
    python bench/story_gate_sources.py DATA OUT --refit   # reads OUT's kept signs only

DATA holds ``sets/NAME`` drawn by event (`bench/gva.py`, `bench/basil.py`, `bench/wcep.py`: ``events.json`` names each
report's event); the story gate's labels need no hand judging. Each set is parsed into claim units (cached under
OUT/cache, keyed by the unit code, `fit_cache`) and read as one corpus, as the product reads it. Its signs
(`fit_shapes.story_examples`: the article pairs the linker weighs) are kept in OUT/SET.npz. Printed per source (GVA,
BASIL, WCEP, by the set's name): same-event pairs (all of them, the weighed ones, those the shipped gate passes at each
threshold) and other pairs (weighed, passed). ``--refit`` fits the gate's logistic model on the kept signs of
GVA's sets and scores BASIL's and WCEP's with it (held out by source), and on every other set by name against the rest
and the other way round (held out by set), printing the same counts at the threshold at which the refit passes no
more other pairs than the shipped gate does on the fitting part. Run in session 68 on wcepA-D, basil, basilB-E,
gva, gvaB, gvaC and gvaG (docs/linking.md).
"""
from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dev_sets import SOURCES, source_of  # noqa: E402
from viewer.analysis.claims.fit_cache import cached  # noqa: E402
from viewer.analysis.claims.fit_shapes import story_examples  # noqa: E402
from viewer.analysis.claims.fit_verifier import fit_logistic  # noqa: E402
from viewer.analysis.claims.imported_texts import imported, parse_key  # noqa: E402
from viewer.analysis.claims.units import claim_units  # noqa: E402
from viewer.analysis.claims.verifier import fitted  # noqa: E402
from viewer.analysis.segment import parse_many  # noqa: E402


def event_set(data: Path, out: Path, name: str) -> dict:
    """The set's reports parsed into claim units, each document with its event (no annotated chains: news sets have none)."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
    names = sorted(events["documents"])
    read = imported([data / "sets" / name / "docs" / n for n in names])
    units = cached(out / "cache", f"news_{name}", lambda: [u for parsed in parse_many(read) for u in claim_units(parsed)],
                   parse_key(read))
    return {"names": names, "documents": [events["documents"][n] for n in names], "units": units}


def same_event_pairs(found: dict) -> int:
    """Every pair of the set's reports that tell one event, weighed by the linker or not."""
    events = [d["event"] for d in found["documents"]]
    return sum(a == b for a, b in combinations(events, 2))


def keep_signs(data: Path, out: Path, name: str) -> None:
    found = event_set(data, out, name)
    rows, labels = story_examples(found, fitted())
    np.savez(out / f"{name}.npz", rows=rows, labels=labels, same=same_event_pairs(found))


def counts(rows: np.ndarray, labels: np.ndarray, weights: np.ndarray, threshold: float) -> tuple[int, int]:
    """(same-event pairs passed, other pairs passed) by a logistic gate."""
    if not len(labels):
        return 0, 0
    passed = 1.0 / (1.0 + np.exp(-(rows @ weights))) >= threshold
    return int((passed & (labels == 1)).sum()), int((passed & (labels == 0)).sum())


def kept(out: Path) -> dict[str, tuple[np.ndarray, np.ndarray, int]]:
    return {p.stem: (np.load(p)["rows"], np.load(p)["labels"], int(np.load(p)["same"])) for p in sorted(out.glob("*.npz"))}


def stacked(sets: dict, names: list[str]) -> tuple[np.ndarray, np.ndarray, int]:
    parts = [sets[n] for n in names if len(sets[n][1])]
    return np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]), sum(sets[n][2] for n in names)


def report(title: str, rows: np.ndarray, labels: np.ndarray, same: int, weights: np.ndarray, thresholds: list[float]) -> None:
    weighed = int(labels.sum())
    line = " ".join(f"@{t:.3f}: {a}/{b}" for t in thresholds for a, b in [counts(rows, labels, weights, t)])
    print(f"  {title}: same-event {same} (weighed {weighed}), others weighed {int((labels == 0).sum())}; passed same/other {line}")


def shipped_weights() -> np.ndarray:
    return fitted().story.weights


def by_source(sets: dict, thresholds: list[float]) -> None:
    print("shipped gate, by source (each set one corpus)")
    for source in SOURCES:
        names = [n for n in sets if source_of(n) == source]
        if names:
            report(f"{source} ({len(names)} sets)", *stacked(sets, names), shipped_weights(), thresholds)


def matched_threshold(weights: np.ndarray, rows: np.ndarray, labels: np.ndarray) -> float:
    """The lowest threshold at which ``weights`` passes no more other pairs of the fitting part than the shipped gate."""
    shipped = counts(rows, labels, shipped_weights(), fitted().story.threshold)[1]
    grid = [0.5 + k / 200 for k in range(100)] + [0.999, 0.9999]
    return next((t for t in grid if counts(rows, labels, weights, t)[1] <= shipped), 1.0)


def held_out(sets: dict, fit_on: list[str], test_on: list[str], title: str) -> None:
    rows, labels, same = stacked(sets, fit_on)
    weights = fit_logistic(rows, labels)
    threshold = matched_threshold(weights, rows, labels)
    print(f"{title}: refit on {','.join(fit_on)} (threshold {threshold:.3f}, weights {np.round(weights, 2).tolist()})")
    test = stacked(sets, test_on)
    report("shipped on the test sets", *test, shipped_weights(), [fitted().story.threshold])
    report("refit on the test sets", *test, weights, [threshold])


def refits(sets: dict) -> None:
    gva = [n for n in sets if source_of(n) == "gva"]
    others = [n for n in sets if source_of(n) != "gva"]
    if gva and others:
        held_out(sets, gva, others, "held out by source (fit on GVA, test on BASIL and WCEP)")
    halves = ([n for k, n in enumerate(sorted(sets)) if k % 2 == 0], [n for k, n in enumerate(sorted(sets)) if k % 2 == 1])
    held_out(sets, halves[0], halves[1], "held out by set (every other set)")
    held_out(sets, halves[1], halves[0], "held out by set (the other half)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--thresholds", default="0.9,0.95,0.97")
    parser.add_argument("--refit", action="store_true")
    ns = parser.parse_args(argv)
    ns.out.mkdir(parents=True, exist_ok=True)
    for name in filter(None, ns.sets.split(",")):
        if not (ns.out / f"{name}.npz").exists():
            keep_signs(ns.data, ns.out, name)
            print(f"kept {name}", file=sys.stderr, flush=True)
    sets = kept(ns.out)
    by_source(sets, [float(t) for t in ns.thresholds.split(",")])
    if ns.refit:
        refits(sets)


if __name__ == "__main__":
    main()
