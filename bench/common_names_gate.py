"""Whether leaving the names common to news out of the story gate's shared-names sign moves the gate above its own
curve: same-story and two-story pairs passing at each threshold, as shipped and with the common names out.

    python bench/common_names_gate.py KEPT [--share 0.2] [--counted pooled|family]

KEPT is a folder `bench/gate_fates.py --keep` wrote. A name is common where more than ``share`` of the reports of the
other sets carry it (``pooled``: every other set; ``family``: the sets of other sources only, so that no list counted
on a source decides that source); the shared-names sign is then the share of the smaller report's names both give,
common ones left out, and the gate is scored again with the shipped weights. Near the bar, AllSides' two-story pairs
share the names every political report gives ("united states", "president", "biden"), its same-story pairs their
meaning and rare names; a curve above the shipped one would pass more same-story pairs for as many two-story ones.
Session 77, recall77: it does not (docs/linking.md).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dev_sets import source_of  # noqa: E402
from viewer.analysis.claims.verifier import STORY_FEATURES, fitted  # noqa: E402

THRESHOLDS = (0.90, 0.93, 0.95, 0.96, 0.97, 0.98)
NAMES = STORY_FEATURES.index("shared_names")


def common_names(articles: dict[str, dict], name: str, share: float, counted: str) -> set[str]:
    """The names more than ``share`` of the other sets' reports carry (``articles``: set → file → readings)."""
    others = [a for s, found in articles.items() if s != name and (counted == "pooled" or source_of(s) != source_of(name))
              for a in found.values()]
    frequency = Counter(n for a in others for n in set(a["names"]))
    return {n for n, c in frequency.items() if c > share * max(1, len(others))}


def rescored(kept: Path, share: float, counted: str) -> dict[str, list[tuple[bool, float, float]]]:
    """(same story, shipped probability, probability with common names out) of every weighed, unvetoed pair, by source."""
    model = fitted().story
    articles = {p.stem: json.loads(p.with_suffix(".articles.json").read_text(encoding="utf-8")) for p in sorted(kept.glob("*.tsv"))}
    scored = defaultdict(list)
    for name, found in articles.items():
        common = common_names(articles, name, share, counted)
        with (kept / f"{name}.tsv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["probability"] in ("", "nan") or row["vetoes"]:
                    continue
                a, b = set(found[row["file_a"]]["names"]), set(found[row["file_b"]]["names"])
                signs = [1.0] + [float(row[n]) for n in STORY_FEATURES[1:]]
                signs[NAMES] = len((a & b) - common) / max(1, min(len(a), len(b)))
                scored[source_of(name)].append((row["same"] == "1", float(row["probability"]),
                                                float(model.probability(np.array([signs]))[0])))
    return scored


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path)
    parser.add_argument("--share", type=float, default=0.2)
    parser.add_argument("--counted", choices=("pooled", "family"), default="pooled")
    ns = parser.parse_args(argv)
    for source, pairs in sorted(rescored(ns.kept, ns.share, ns.counted).items()):
        print(source)
        for t in THRESHOLDS:
            passed = lambda k, same: sum(1 for p in pairs if p[0] == same and p[k] >= t)  # noqa: E731
            print(f"  {t:.2f}: shipped same {passed(1, True)} two {passed(1, False)}; "
                  f"common names out same {passed(2, True)} two {passed(2, False)}")


if __name__ == "__main__":
    main()
