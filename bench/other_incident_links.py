"""How the judges read links whose sides tell another incident by their own words: each naming a different
neighbourhood (`neighbourhoods.neighbourhoods_apart`), or one side alone marking itself as another incident ("in a
separate shooting", "last year": `count_other_incidents.other_incident_marks`).

    python bench/other_incident_links.py DATA [--judged TSV ...] [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts (`wound_links.judged_rows`). Each side's
text is the judged passage. Printed: R/P/W (U apart) of the links by each sign, and of the links the judges classed
"another incident". Session 61, docs/linking.md "Another incident in a report".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from background_acts import dev_link_files  # noqa: E402
from count_other_incidents import pair_class  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.neighbourhoods import neighbourhoods_apart, stated_neighbourhoods  # noqa: E402


def link_signs(text_a: str, text_b: str) -> list[str]:
    """The signs a link's two passages give that they tell two incidents (the module docstring)."""
    signs = []
    if neighbourhoods_apart(stated_neighbourhoods(text_a), stated_neighbourhoods(text_b)):
        signs.append("neighbourhoods apart")
    marked = pair_class(text_a, text_b)
    if marked.startswith("one marked"):
        signs.append(marked)
    return signs


def judged_counts(data: Path, files: list[Path], show: bool) -> list[str]:
    """The judged links' verdicts by sign, printed lines."""
    by: dict[str, Counter] = {}
    texts: dict[tuple[str, str], str] = {}
    shown = []
    for row in judged_rows(files).values():
        sides = []
        for side in ("a", "b"):
            key = (row["set"], row[f"file_{side}"])
            if key not in texts:
                texts[key] = (data / "sets" / row["set"] / "docs" / row[f"file_{side}"]).read_text(encoding="utf-8")
            sides.append(texts[key][int(row[f"start_{side}"]):int(row[f"end_{side}"])])
        for sign in link_signs(*sides) + (["classed another incident"] if row.get("class") == "another incident" else []):
            by.setdefault(sign, Counter())[row["verdict"]] += 1
            if show and sign != "classed another incident":
                shown.append(f"[{sign}] {row['verdict']} {row['set']}\n  {sides[0][:200]}\n  {sides[1][:200]}")
    lines = [f"{sign:45} " + "  ".join(f"{v} {c[v]}" for v in "RPWU") for sign, c in sorted(by.items())]
    return lines + shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--show", action="store_true")
    ns = parser.parse_args()
    print("\n".join(judged_counts(ns.data, dev_link_files(ns.judged), ns.show)))


if __name__ == "__main__":
    main()
