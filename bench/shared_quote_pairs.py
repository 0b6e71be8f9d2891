"""How often two reports share a quoted passage, within one incident and across two, on the GVA crawl.

    python bench/shared_quote_pairs.py CORPUS [--every N] [--seed S]

Each incident of the crawl with two usable reports or more (`gva.usable_reports`, every N-th), its reports read as the
counters read them (`gva.report_text`); the passages each report quotes (`shared_quote_links.quoted_passages`, over the
whole text, not per unit). Printed: report pairs of one incident, and how many share a passage; as many pairs of two
incidents' reports drawn with a seed, and how many share one, with the passages they share (the rule measured in session 75 raised a
pair only inside one story, so this is what the story gate stands between). Session 75, recall75 (docs/linking.md).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from shared_quote_links import quote_one_passage, quoted_passages  # noqa: E402


def incidents(corpus: Path, every: int) -> list[list[frozenset[str]]]:
    """Each kept incident's reports' quoted passages."""
    return [[quoted_passages(gva.report_text(item)) for _n, item in items]
            for k, (_name, items) in enumerate(gva.usable_reports(corpus)) if len(items) >= 2 and not k % every]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--seed", type=int, default=75)
    args = parser.parse_args(argv)
    found = incidents(args.corpus, args.every)
    same = Counter()
    for reports in found:
        for a, b in combinations(reports, 2):
            same["pairs"] += 1
            same["sharing a passage"] += quote_one_passage(a, b)
    rng, other, shared = random.Random(args.seed), Counter(), Counter()
    while other["pairs"] < same["pairs"]:
        x, y = rng.sample(range(len(found)), 2)
        a, b = rng.choice(found[x]), rng.choice(found[y])
        other["pairs"] += 1
        if quote_one_passage(a, b):
            other["sharing a passage"] += 1
            shared.update(p for p in a for q in b if f" {p} " in f" {q} " or f" {q} " in f" {p} ")
    print(f"incidents {len(found)}; one incident: {dict(same)}; two incidents: {dict(other)}")
    print("passages two incidents share:", shared.most_common(20))


if __name__ == "__main__":
    main()
