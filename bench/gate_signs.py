"""What the story gate would pass if a rare value two reports both count, each with another noun ("grew at a robust
annualized rate of 6.5%" / "grew at a 6.5% annual rate", "$1.2 trillion bill" / "$1.2 trillion package"), counted as a
shared figure: same-story pairs it would pass, by the band the gate gives them now, and pairs of two stories.

    python bench/gate_signs.py KEPT [KEPT ...] [--threshold 0.97]

KEPT is a folder `bench/gate_fates.py --keep` wrote (SET.tsv: every report pair with its fate and the gate's signs;
SET.articles.json: each article's counted figures, (value, noun) as `candidates.article_figures` keeps them). The
gate's shared-figures sign compares (value, noun), so one value counted with two nouns is shared by neither; here a
value `bare_figure_gate.rare_value` calls rare (a fraction, or 100 or more and no year) counts as shared however each
report names what it counts, and the sign is scored again with the shipped weights. Printed per source: same-story
pairs lost at the gate's model (by band) and two-story pairs weighed, how many share such a value, and how many the
widened sign takes past the threshold; and the noted misses those same-story pairs hold. Session 77, recall77.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bare_figure_gate import rare_value  # noqa: E402
from dev_sets import source_of  # noqa: E402
from viewer.analysis.claims.verifier import STORY_FEATURES, fitted  # noqa: E402

FIGURES = STORY_FEATURES.index("shared_figures")


def widened_figures(a: list, b: list) -> float:
    """The shared-figures sign with a rare value both count, under any nouns, shared: (value, noun) pairs shared plus
    rare values shared under other nouns only, over the smaller report's figures."""
    exact = {tuple(f) for f in a} & {tuple(f) for f in b}
    values = {v for v, _n in a if rare_value(v)} & {v for v, _n in b if rare_value(v)}
    extra = values - {v for v, _n in exact}
    return min(1.0, (len(exact) + len(extra)) / max(1, min(len(a), len(b))))


def other_nouns_only(a: list, b: list) -> bool:
    """Whether the reports share a rare value only under other nouns (the new sign moves the pair)."""
    return widened_figures(a, b) > len({tuple(f) for f in a} & {tuple(f) for f in b}) / max(1, min(len(a), len(b)))


def counted(folders: list[Path], threshold: float) -> Counter:
    """(source, kind, what) counts over every kept set."""
    model = fitted().story
    counts: Counter = Counter()
    for folder in folders:
        for path in sorted(folder.glob("*.tsv")):
            articles = json.loads(path.with_suffix(".articles.json").read_text(encoding="utf-8"))
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    _count(counts, source_of(row["set"]), row, articles, model, threshold)
    return counts


def _count(counts: Counter, source: str, row: dict, articles: dict, model, threshold: float) -> None:
    same = row["same"] == "1"
    if not row["probability"]:
        return
    kind = ("same, " + row["fate"]) if same and row["fate"].startswith("gate") else ("same, other" if same else "two stories")
    a, b = articles[row["file_a"]]["figures"], articles[row["file_b"]]["figures"]
    counts[source, kind, "pairs"] += 1
    if not other_nouns_only(a, b):
        return
    counts[source, kind, "value under other nouns"] += 1
    signs = [1.0] + [float(row[name]) for name in STORY_FEATURES[1:]]
    before = float(row["probability"])
    signs[FIGURES] = widened_figures(a, b)
    after = float(model.probability(np.array([signs]))[0])
    if before < threshold <= after and not row["vetoes"]:
        counts[source, kind, "passes"] += 1
        counts[source, kind, "passes: noted misses"] += int(row["noted"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path, nargs="+")
    parser.add_argument("--threshold", type=float)
    ns = parser.parse_args(argv)
    threshold = ns.threshold or fitted().story.threshold
    counts = counted(ns.kept, threshold)
    for source in sorted({s for s, _k, _w in counts}):
        print(source)
        for kind in sorted({k for s, k, _w in counts if s == source}):
            print(f"  {kind:24s} " + ", ".join(f"{w} {counts[source, kind, w]}" for w in
                                               ("pairs", "value under other nouns", "passes", "passes: noted misses")))


if __name__ == "__main__":
    main()
