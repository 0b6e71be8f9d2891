"""Count what follows the stop of a clock time's "a.m." or "p.m.", to tell when that stop ends a sentence.

    python training/count_clock_stops.py DOCS_DIR [DOCS_DIR ...] [--examples N] [--seed S]

"… at around 3:17 p.m. as both high schools were letting out" is one sentence; the sentence reader of the
discrepancy stage (viewer/analysis/sourcing.py) cut it after "p.m.", so the sentence before the next one was a piece
naming no source ("as both high schools were letting out for the day."), and a fact carrying a source's account on
was read as the outlet's own. The word after every such stop in the texts is counted by kind: a weekday (already
read as inside the sentence), a word in lower case, a capitalised word, a number, a quotation mark or nothing
(end of line). ``--examples`` prints that many lower-case cases, drawn with ``--seed``, to read.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.times import WEEKDAYS  # noqa: E402

_CLOCK_STOP = re.compile(r"\b[ap]\.m\.([ \t]+)(\S*)", re.IGNORECASE)


def kind_of(word: str) -> str:
    """The kind of the word after a clock's stop."""
    bare = word.strip("\"“”'‘’(),;:.")
    if not word:
        return "line end"
    if bare.lower() in WEEKDAYS:
        return "weekday"
    if not bare or not bare[0].isalnum():
        return "mark"
    if bare[0].isdigit():
        return "number"
    return "lower case" if bare[0].islower() else "capitalised"


def count(folders: list[Path]) -> tuple[Counter, list[str]]:
    kinds, lower = Counter(), []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            for m in _CLOCK_STOP.finditer(text):
                kind = kind_of(m.group(2))
                kinds[kind] += 1
                if kind == "lower case":
                    lower.append(f"{path.name}: …{text[max(0, m.start() - 60):m.end() + 40]}…".replace("\n", " "))
    return kinds, lower


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--seed", type=int, default=54)
    ns = parser.parse_args()
    kinds, lower = count(ns.folders)
    for kind, n in kinds.most_common():
        print(f"{kind}\t{n}")
    for line in random.Random(ns.seed).sample(lower, min(ns.examples, len(lower))):
        print(line)


if __name__ == "__main__":
    main()
