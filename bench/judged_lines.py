"""Every hand-judged discrepancy line beside a run's kept exports: still written or no longer, its verdict and class,
and the verdict of the link under it.

    python bench/judged_lines.py RUN [--sets A,B,...]

RUN is a folder of kept exports (`bench/dev_sets.py run` or `bench/keep_corpora.py`, RUN/SET.json). Each line of the
readable judged files (`dev_sets.dev_files`, training/judged/discrepancies*.tsv) whose set RUN holds is printed as
"made" or "gone" with its kind, verdict (R, W, M a line wanted), class and, for a line still written, the verdict and
class of the hand-judged link between its two mentions ("-" unjudged): a wrong line on a wrong link is the linker's,
not the line reader's. Then the counts by those fields. Written in session 68 (lines68) to group main's wrong lines
by cause before building; run on main's exports of the 35 line-judged sets.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality  # noqa: E402
from dev_sets import classes, dev_files  # noqa: E402
from discrepancy_lines import export_lines  # noqa: E402


def judged_rows(sets: set[str] | None = None) -> list[dict[str, str]]:
    """The rows of the readable judged line files, of ``sets`` when given."""
    rows = []
    for path in dev_files("discrepancies*.tsv"):
        with path.open(encoding="utf-8", newline="") as f:
            rows += [r for r in csv.DictReader(f, delimiter="\t") if "verdict" in r and (not sets or r["set"] in sets)]
    return rows


def link_reading(export: dict, a: tuple, b: tuple, verdicts: dict, wrong_class: dict) -> str:
    """The hand verdict of the link between two mentions (file, start, end) of an export, with its class when W."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    verdict = quality.verdict_of(verdicts, (a[0], texts[a[0]][a[1]:a[2]], *a[1:]), (b[0], texts[b[0]][b[1]:b[2]], *b[1:]))
    return f"W ({wrong_class.get(a + b, 'unclassed')})" if verdict == "W" else verdict or "-"


def read(run: Path, rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    """(set, made or gone, kind, verdict, class, link verdict) for every judged row whose set ``run`` holds."""
    files = dev_files("links*.tsv")
    files += quality.rejudged_beside(files)
    verdicts, wrong_class = quality.read_verdicts(files), classes(files)
    exports: dict[str, dict | None] = {}
    out = []
    for r in rows:
        if r["set"] not in exports:
            path = run / f"{r['set']}.json"
            exports[r["set"]] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        export = exports[r["set"]]
        if export is None:
            continue
        a, b = ((r[f"file_{s}"], int(r[f"start_{s}"]), int(r[f"end_{s}"])) for s in "ab")
        made = any(kind == r["kind"] and {m, n} == {a, b} for kind, _why, m, n in export_lines(export))
        link = link_reading(export, a, b, verdicts, wrong_class) if made else ""
        out.append((r["set"], "made" if made else "gone", r["kind"], r["verdict"], r.get("class") or "", link))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--sets", help="comma-separated set names (default: every set the judged files name)")
    ns = parser.parse_args(argv)
    found = read(ns.run, judged_rows(set(ns.sets.split(",")) if ns.sets else None))
    for row in sorted(found, key=lambda r: r[1:] + r[:1]):
        print("\t".join(row))
    for key, n in sorted(Counter(r[1:] for r in found).items()):
        print(f"{n:4}  " + " | ".join(key))


if __name__ == "__main__":
    sys.exit(main())
