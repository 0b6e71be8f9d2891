"""The discrepancy lines one run's exports write that another's do not, set by set, each with both passages to judge.

    python bench/discrepancy_diff.py BASE_DIR NEW_DIR [--sets A,B,...] [--context N]

BASE_DIR and NEW_DIR hold a set's export each (`bench/quality.py --keep DIR` writes DIR/NAME.json). A line is its kind,
explanation and both mentions by file and span (`discrepancy_lines.export_lines`): lines only in NEW are printed with
``+``, lines only in BASE with ``-``, each with N characters around both mentions, so a change's new lines are read by
hand before it is scored, and a change meant to add lines shows it took none away.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_lines import export_lines  # noqa: E402


def _around(texts: dict[str, str], mention: tuple[str, int, int], context: int) -> str:
    name, start, end = mention
    text = texts[name]
    return " ".join(f"{text[max(0, start - context):start]}[{text[start:end]}]{text[end:end + context]}".split())


def diff(base: Path, new: Path, context: int) -> tuple[int, int]:
    """Print the lines only one of two exports of a set writes; return how many were added and taken away."""
    exports = [json.loads(p.read_text(encoding="utf-8")) for p in (base, new)]
    texts = {Path(d["source"]["path"]).name: d["text"] for d in exports[1]["documents"]}
    before, after = (set(export_lines(e)) for e in exports)
    for sign, lines in (("-", before - after), ("+", after - before)):
        for kind, explanation, a, b in sorted(lines, key=lambda line: (line[2], line[3])):
            print(f"{sign} {kind:12} {a[0]}:{a[1]} {b[0]}:{b[1]}  {explanation}")
            print(f"      {_around(texts, a, context)}\n      {_around(texts, b, context)}")
    return len(after - before), len(before - after)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--sets", help="comma-separated set names (every NEW_DIR/*.json BASE_DIR also holds)")
    parser.add_argument("--context", type=int, default=80)
    ns = parser.parse_args(argv)
    names = ns.sets.split(",") if ns.sets else sorted(p.stem for p in ns.new.glob("*.json"))
    for name in names:
        if (ns.base / f"{name}.json").exists() and (ns.new / f"{name}.json").exists():
            print(f"== {name}")
            added, gone = diff(ns.base / f"{name}.json", ns.new / f"{name}.json", ns.context)
            print(f"{name}: {added} added, {gone} gone")


if __name__ == "__main__":
    main()
