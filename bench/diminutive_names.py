"""How often two reports of one GVA crawl incident write one surname after a given name and its diminutive.

`discrepancies._misspelt` reads a given name and its diminutive ("Kenny" / "Kenneth", the `nicknames` table that
`speakers.given_names` reads) as one name; `discrepancies._one_writing` reads them so inside a longer name too
("Officer Joseph Silva" / "Officer Joe Silva"), where a line had named them two ways. This counts, over every crawl
incident with two usable reports, the pairs of reports' "Given Surname" writings with one surname and two given names,
and how many of those given names are a name and its diminutive, with the pairs so read.

    python bench/diminutive_names.py CORPUS_DIR [--show N]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gva import incidents_with_two  # noqa: E402

from viewer.analysis.discrepancies import _spelt  # noqa: E402
from viewer.analysis.speakers.given_names import same_given_name  # noqa: E402

_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]{2,})\b")


def names(item: dict) -> set[tuple[str, str]]:
    """The report's capitalised two-word writings (an initial between allowed) as (given name, surname)."""
    return set(_NAME.findall(f"{item['title']}\n{item['text']}"))


def one_surname_pairs(reports: list[set[tuple[str, str]]]) -> set[frozenset[tuple[str, str]]]:
    """The writings of two reports with one surname and two given names, each pair once."""
    return {frozenset((x, y)) for i, first in enumerate(reports) for second in reports[i + 1:]
            for x in first for y in second if x[1] == y[1] and x[0] != y[0]}


def diminutive(pair: frozenset[tuple[str, str]]) -> bool:
    """Whether the pair's two given names are a name and its diminutive, as the discrepancy stage reads them."""
    (a, _s), (b, _t) = sorted(pair)
    return same_given_name(_spelt(a), _spelt(b), _spelt)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", type=int, default=20)
    ns = parser.parse_args(argv)
    tally, shown = Counter(), []
    for items in incidents_with_two(ns.corpus, 100000):
        for pair in one_surname_pairs([names(item) for _n, item in items]):
            kept = diminutive(pair)
            tally["a name and its diminutive" if kept else "other given names"] += 1
            shown += [" / ".join(" ".join(x) for x in sorted(pair))] if kept else []
    print(f"one surname, two given names, across two reports of one incident: {sum(tally.values())}")
    for key, n in tally.most_common():
        print(f"  {key}: {n}")
    print("\n".join("    " + s for s in shown[:ns.show]))


if __name__ == "__main__":
    sys.exit(main())
