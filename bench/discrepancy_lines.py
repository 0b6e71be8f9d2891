"""Hand-judged precision of the discrepancy lines an export writes, by kind.

    python bench/discrepancy_lines.py EXPORT.json --set NAME --judged FILE [--judged FILE ...] [--show]

EXPORT.json is a set's export (`bench/quality.py --keep DIR` keeps one per set, DIR/NAME.json). Each line of its claims'
discrepancies is looked up, by its kind and its two mentions' files and spans (either order), among the judged lines
of training/judged/discrepancies*.tsv for the set: R right, W wrong (with the judge's class). Lines nobody judged are
counted apart, and ``--show`` prints them with the wrong ones, so a change that writes new lines is read before it is
scored. Kept in the repository because the judged files hold spans only and a machine keeps no scorer between
sessions.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import verdicts  # noqa: E402

Mention = tuple[str, int, int]


def export_lines(export: dict) -> list[tuple[str, str, Mention, Mention]]:
    """Every two-mention discrepancy line of an export: kind, explanation and both mentions by file and span."""
    files = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    out = []
    for claim in export["claims"]:
        for line in claim.get("discrepancies", []):
            mentions = [(files[m["document"]], m["start"], m["end"]) for m in line["mentions"]]
            if len(mentions) == 2:
                out.append((line["kind"], line["explanation"], mentions[0], mentions[1]))
    return out


def score(lines: list[tuple[str, str, Mention, Mention]],
          judged: dict[tuple[str, str, Mention, Mention], tuple[str, str]], name: str) -> tuple[Counter, Counter, list[str]]:
    """Verdicts by kind (R, W or "unjudged"), wrong lines by class, and the lines worth reading (wrong, unjudged)."""
    by_kind, wrong, shown = Counter(), Counter(), []
    for kind, explanation, a, b in lines:
        verdict, why = judged.get((name, kind, a, b), ("unjudged", ""))
        by_kind[(kind, verdict)] += 1
        if verdict == "W":
            wrong[why or "(no class)"] += 1
        if verdict != "R":
            shown.append(f"{verdict:8} {kind:12} {a[0]}:{a[1]} {b[0]}:{b[1]}  {explanation[:140]}  {why}")
    return by_kind, wrong, shown


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--set", required=True, help="the set's name in the judged files")
    parser.add_argument("--judged", type=Path, action="append", required=True)
    parser.add_argument("--show", action="store_true", help="print the wrong and unjudged lines")
    ns = parser.parse_args(argv)
    by_kind, wrong, shown = score(export_lines(json.loads(ns.export.read_text(encoding="utf-8"))),
                                  verdicts([str(p) for p in ns.judged]), ns.set)
    right, judged = sum(n for (_k, v), n in by_kind.items() if v == "R"), sum(n for (_k, v), n in by_kind.items()
                                                                               if v in ("R", "W"))
    unjudged = sum(n for (_k, v), n in by_kind.items() if v == "unjudged")
    print(f"{ns.set}: {right}/{judged} judged lines right" + (f" ({right / judged:.3f})" if judged else "")
          + f", {unjudged} unjudged")
    for kind in sorted({k for k, _v in by_kind}):
        print(f"  {kind}: R {by_kind[(kind, 'R')]} W {by_kind[(kind, 'W')]} unjudged {by_kind[(kind, 'unjudged')]}")
    for why, n in wrong.most_common():
        print(f"  W {n:3} {why}")
    if ns.show:
        print("\n".join(shown))


if __name__ == "__main__":
    sys.exit(main())
