"""Count the units each shape of viewer/analysis/claims/reader_address.py removes, and draw some to read by hand.

    python training/count_reader_address.py NAME=FOLDER ... [--draw N --seed S --out DRAWN.tsv] [--write]

Each FOLDER holds .txt articles (a set's docs/). The articles are cut into units as the analysis cuts them, and every
unit ``reader_address`` names a shape for is counted by set and shape; ``--draw`` writes N of them, drawn by the seed,
with their shape and text, to judge claim or not. ``--write`` stores the counts in reader_address.json.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import units  # noqa: E402
from viewer.analysis.claims.reader_address import reader_address  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.segment import parse_many  # noqa: E402

TABLE = ROOT / "viewer/analysis/claims/reader_address.json"


def removed(folder: Path) -> list[tuple[str, str, str]]:
    """(article, shape, text) of every unit the shapes remove from the folder's articles."""
    found: list[tuple[str, str, str]] = []
    names = sorted(p.name for p in folder.glob("*.txt"))
    current = {"name": ""}

    def recording(tokens):
        shape = reader_address(tokens)
        if shape is not None:
            found.append((current["name"], shape, " ".join(tokens.text.split())))
        return shape

    units.reader_address = recording
    for k, parsed in enumerate(parse_many(imported([folder / n for n in names]))):
        current["name"] = names[k]
        units.found_units(parsed)
    units.reader_address = reader_address
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", help="NAME=FOLDER")
    parser.add_argument("--draw", type=int, default=0)
    parser.add_argument("--seed", type=int, default=47)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows, counts = [], {}
    for spec in args.sets:
        name, folder = spec.split("=", 1)
        found = removed(Path(folder))
        counts[name] = dict(sorted(Counter(shape for _, shape, _ in found).items()))
        print(name, len(list(Path(folder).glob("*.txt"))), "articles", counts[name], flush=True)
        rows += [(name, *row) for row in found]
    if args.draw and args.out:
        with args.out.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f, delimiter="\t").writerows(random.Random(args.seed).sample(rows, min(args.draw, len(rows))))
    if args.write:
        table = json.loads(TABLE.read_text(encoding="utf-8"))
        table["counts"] = counts
        TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
