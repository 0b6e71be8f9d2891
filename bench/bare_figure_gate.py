"""What the story gate would pass if a figure no noun counts ("nonfarm payrolls up … 559,000", "fell to 5.8%") counted
as shared where the other report gives the same value, by source and on ECB+ train's twin events.

    python bench/bare_figure_gate.py DATA OUT --sets allsidesA,basilC,gvaC [--ecb train] [--thresholds 0.95,0.97]

The gate's shared-figures sign (`candidates.article_figures`) compares (value, noun) and leaves out every figure whose
noun the sentence does not name, so two reports of May's jobs report that give "559,000 jobs" and "payrolls up …
559,000" and both "5.8%" share nothing there (allsidesK 5983, session 74). This keeps each weighed article pair's signs
(`fit_shapes.weighed_pairs`, units cached under OUT/cache) and scores the gate with the sign read three ways: as
shipped; with a bare figure of a rare value (`rare_value`) shared where the other report gives that value, counted or
bare, added to the shared count and to each report's figures; and the same with only the shared count raised
(denominators as shipped). Printed per source: same-event pairs (all, weighed) and, at each threshold, the same-event
and other pairs the gate passes each way; with ``--ecb``, the same on ECB+ train's corpora in `fit_shapes`' shapes
(several events of 5 and of 3 reports a topic fold, twins among them: what `fit_verifier` bounds). Session 74, recall74.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dev_sets import source_of  # noqa: E402
from story_gate_sources import event_set, same_event_pairs  # noqa: E402
from viewer.analysis.claims.candidates import article_figures  # noqa: E402
from viewer.analysis.claims.fit_cache import cached  # noqa: E402
from viewer.analysis.claims.fit_shapes import REPORTS_PER_EVENT, shaped_folds, weighed_pairs  # noqa: E402
from viewer.analysis.claims.imported_texts import imported, parse_key  # noqa: E402
from viewer.analysis.claims.units import claim_units  # noqa: E402
from viewer.analysis.claims.verifier import STORY_FEATURES, fitted  # noqa: E402
from viewer.analysis.segment import parse_many  # noqa: E402

FIGURES = STORY_FEATURES.index("shared_figures")
WAYS = ("shipped", "bare shared", "bare, numerator only")


def rare_value(value: float) -> bool:
    """A value two reports rarely give by chance: 100 or more that is no year, or one with a fraction ("5.8%", "0.22%",
    "$3.5 trillion" read as 3.5); small whole numbers ("two people", "3 dead") every report of a kind gives."""
    if value != int(value):
        return True
    return value >= 100 and not 1900 <= value <= 2100


def bare_values(units) -> frozenset[float]:
    """The rare values one report gives with no noun counting them (a count, no term, no price)."""
    return frozenset(f.value for u in units for f in u.features.figures
                     if f.value is not None and not f.thing and not f.priced and f.count and not f.term and rare_value(f.value))


def shared_bare(a: frozenset, b: frozenset, bare_a: frozenset, bare_b: frozenset) -> int:
    """Values one report gives bare that the other gives, counted or bare, not already shared as (value, noun)."""
    counted = {v for v, _t in a & b}
    values_a, values_b = {v for v, _t in a} | bare_a, {v for v, _t in b} | bare_b
    return len({v for v in (bare_a & values_b) | (bare_b & values_a) if v not in counted})


def figure_signs(a, b, bare_a, bare_b) -> tuple[float, float, float]:
    """The shared-figures sign each of `WAYS`."""
    shared = len(a & b)
    extra = shared_bare(a, b, bare_a, bare_b)
    shipped = shared / max(1, min(len(a), len(b)))
    own_a = len(bare_a - {v for v, _t in a})
    own_b = len(bare_b - {v for v, _t in b})
    widened = (shared + extra) / max(1, min(len(a) + own_a, len(b) + own_b))
    numerator = min(1.0, (shared + extra) / max(1, min(len(a), len(b))))
    return shipped, widened, numerator


def corpus_rows(corpus: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows (signs), labels (one event) and the three figure signs of every weighed article pair of a corpus."""
    rows, _dates = weighed_pairs(corpus, fitted())
    by_document = defaultdict(list)
    for u in corpus["units"]:
        by_document[u.document].append(u)
    figures = {d: article_figures(us) for d, us in by_document.items()}
    bare = {d: bare_values(us) for d, us in by_document.items()}
    events = [d["event"] for d in corpus["documents"]]
    signs = [figure_signs(figures[x], figures[y], bare[x], bare[y]) for x, y, _r in rows]
    labels = [int(events[x] == events[y]) for x, y, _r in rows]
    return (np.array([r for _x, _y, r in rows]).reshape(len(rows), len(STORY_FEATURES)), np.array(labels, dtype=int),
            np.array(signs).reshape(len(rows), 3))


def passed(rows: np.ndarray, signs: np.ndarray, way: int, threshold: float) -> np.ndarray:
    changed = rows.copy()
    if len(rows):
        changed[:, FIGURES] = signs[:, way]
    return fitted().story.probability(changed) >= threshold if len(rows) else np.zeros(0, dtype=bool)


def ecb_corpora(data: Path, out: Path, name: str) -> list[dict]:
    """ECB+ train's corpora of several events in `fit_shapes`' shapes (each fold, 5 and 3 reports an event)."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
    names = sorted(events["documents"])
    read = imported([data / "sets" / name / "docs" / n for n in names])
    _n, _e, units = cached(out / "cache", f"ecb_{name}", lambda: (names, events, [u for p in parse_many(read) for u in claim_units(p)]),
                           parse_key(read))
    found = {"names": names, "documents": [events["documents"][n] for n in names], "units": units,
             "chains": [None] * len(units)}
    return [fold.several for reports in REPORTS_PER_EVENT for fold in shaped_folds(found, reports)]


def count(title: str, parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], same: int, thresholds: list[float]) -> None:
    rows = np.vstack([p[0] for p in parts if len(p[1])] or [np.zeros((0, len(STORY_FEATURES)))])
    labels = np.concatenate([p[1] for p in parts])
    signs = np.vstack([p[2] for p in parts if len(p[1])] or [np.zeros((0, 3))])
    print(f"{title}: same-event {same} (weighed {int(labels.sum())}), others weighed {int((labels == 0).sum())}")
    for t in thresholds:
        cells = []
        for way, label in enumerate(WAYS):
            ok = passed(rows, signs, way, t)
            cells.append(f"{label} {int((ok & (labels == 1)).sum())}/{int((ok & (labels == 0)).sum())}")
        print(f"  @{t:.3f} passed same/other: " + "; ".join(cells))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--ecb", default="")
    parser.add_argument("--thresholds", default="0.95,0.97")
    ns = parser.parse_args(argv)
    thresholds = [float(t) for t in ns.thresholds.split(",")]
    by_source: dict[str, list] = defaultdict(list)
    same: dict[str, int] = defaultdict(int)
    for name in filter(None, ns.sets.split(",")):
        corpus = event_set(ns.data, ns.out, name)
        by_source[source_of(name)].append(corpus_rows(corpus))
        same[source_of(name)] += same_event_pairs(corpus)
        print(f"# {name}", file=sys.stderr, flush=True)
    for source, parts in by_source.items():
        count(source, parts, same[source], thresholds)
    if ns.ecb:
        corpora = ecb_corpora(ns.data, ns.out, ns.ecb)
        count(f"ECB+ {ns.ecb}, corpora of several events", [corpus_rows(c) for c in corpora], 0, thresholds)


if __name__ == "__main__":
    main()
