"""Write how often reports of one event and of different events share a number of each shape.

    python training/count_shared_values.py DATA [--set train] [--out viewer/analysis/claims/shared_values.json]

DATA holds the ECB+ sets made by ``bench/ecbplus.py`` (``sets/NAME``: articles from many outlets with
each article's event and topic), read and cached as ``fit_verifier`` reads them. Every pair of
articles of one topic is counted by the shape of the numbers they give (`shared_values.value_shape`):
for each shape, the pairs in which both give a number of it, and those in which both give the same
one, apart for pairs of one event and of the topic's other event (its twin: another quake in the
region, another arrest of a player). A shape's evidence is the log of the ratio of the two rates of
sharing, each smoothed by one pair shared in two: the story gate weighs a shared number by it
(`shared_values.shared_value_evidence`). Only pairs within a topic are counted, as the linker weighs
only reports near each other; reports of unrelated stories share numbers less often still.
"""
from __future__ import annotations

import argparse
import datetime
import itertools
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.fit_verifier import ecb_set  # noqa: E402
from viewer.analysis.claims.shared_values import TABLE_FILE, article_values, value_shape  # noqa: E402


def shape_counts(found: dict) -> dict[str, Counter]:
    """For each shape, over the pairs of articles of one topic: pairs of one event and of two where
    both give a number of the shape ("same_both", "other_both"), and where both give the same one
    ("same_shared", "other_shared")."""
    by_document = defaultdict(list)
    for unit in found["units"]:
        by_document[unit.document].append(unit)
    values = {d: article_values(units) for d, units in by_document.items()}
    documents = found["documents"]
    counts: dict[str, Counter] = defaultdict(Counter)
    for a, b in itertools.combinations(range(len(documents)), 2):
        if documents[a]["topic"] != documents[b]["topic"]:
            continue
        kind = "same" if documents[a]["event"] == documents[b]["event"] else "other"
        shapes_a, shapes_b = _by_shape(values.get(a, frozenset())), _by_shape(values.get(b, frozenset()))
        for shape in shapes_a.keys() & shapes_b.keys():
            counts[shape][f"{kind}_both"] += 1
            counts[shape][f"{kind}_shared"] += bool(shapes_a[shape] & shapes_b[shape])
    return counts


def _by_shape(values: frozenset[float]) -> dict[str, set[float]]:
    out: dict[str, set[float]] = defaultdict(set)
    for v in values:
        out[value_shape(v)].add(v)
    return out


def evidence(row: Counter) -> float:
    """The log of how much more often pairs of one event share a number of the shape than pairs of two do."""
    same = (row["same_shared"] + 1) / (row["same_both"] + 2)
    other = (row["other_shared"] + 1) / (row["other_both"] + 2)
    return round(math.log(same / other), 3)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--set", default="train")
    parser.add_argument("--out", type=Path, default=TABLE_FILE)
    ns = parser.parse_args(argv)
    counts = shape_counts(ecb_set(ns.data, ns.set))
    table = {
        "produced_by": f"python training/count_shared_values.py DATA --set {ns.set}",
        "date": datetime.date.today().isoformat(),
        "data": f"the pairs of articles of one topic of ECB+ {ns.set} (bench/ecbplus.py), of one event or of the topic's "
                "twin event, by the shapes of the numbers both give (shared_values.value_shape); evidence: the log of the "
                "ratio of the rates at which the two kinds of pairs share a number of the shape, each smoothed (+1 / +2)",
        "shapes": {shape: {**dict(sorted(row.items())), "evidence": evidence(row)} for shape, row in sorted(counts.items())},
    }
    ns.out.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(table["shapes"], indent=1))


if __name__ == "__main__":
    main()
