"""Write the nouns that speak for the person a possessive pronoun stands for ("his campaign", "her office").

    python training/count_owned_sources.py PREPARED [--out viewer/resources/attribution/owned_sources.json]

"Blumenthal's campaign disputed the report…, according to his campaign": news names a person's campaign,
team or office by "his" or "her" once it has named the person. Which nouns speak so is read from the
sources PolNeAR's annotators marked on the ``fit`` part of its train split (training/polnear_parts.py):
a source of exactly two words, "his" or "her" and a noun, counted by the noun. Nouns marked so at least
``MIN_COUNT`` times are kept with their counts; whether one names a person ("his wife"), a document
("his message") or a thing is left to the tables that say so, where the table is read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import write_table  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402

MIN_COUNT = 2
PRONOUNS = ("his", "her")


def owned_sources(gold: dict) -> dict[str, int]:
    """Nouns after "his"/"her" in two-word gold sources of the fit part, with how often each was marked."""
    counts = Counter()
    for attribution in gold["attributions"]:
        if part_of(attribution["doc"]) != "fit":
            continue
        words = (attribution.get("source_text") or "").lower().split()
        if len(words) == 2 and words[0] in PRONOUNS and words[1].isalpha():
            counts[words[1]] += 1
    return {noun: n for noun, n in sorted(counts.items()) if n >= MIN_COUNT}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path, help="PolNeAR train as ../shared/eval/polnear.py prepare writes it")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "owned_sources.json")
    args = parser.parse_args()
    nouns = owned_sources(json.loads((args.prepared / "gold.json").read_text(encoding="utf-8")))
    write_table(args.out, "count_owned_sources.py", {
        "data": "PolNeAR v1.0.0 train split, articles of the 'fit' part (training/polnear_parts.py)",
        "rule": f"sources of two words, {' or '.join(PRONOUNS)} and a noun, marked at least {MIN_COUNT} times",
        "counts": "noun: times annotators marked it as such a source"}, "nouns", nouns)
    print(f"{len(nouns)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
