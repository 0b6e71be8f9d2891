"""The hand-judged wrong discrepancy lines by class and kind, each group with two short quotes of its two sides.

    python bench/wrong_lines.py DATA [--run RUN] [--quotes N]

DATA is the quality folder (DATA/sets/SET/docs/FILE holds each judged line's articles). Every W row of the readable
judged line files (`dev_sets.dev_files`, training/judged/discrepancies*.tsv) is grouped by its class and kind, the
largest groups first, and the first ``--quotes`` of each group (two unless told) are printed as "side a | side b",
each side shortened. With ``--run`` (a folder of kept exports, RUN/SET.json) only the lines that run still writes are
counted, and beside them the R lines it writes, so a group's mend is weighed against what it would cost. Written in
session 72 (lines72) to choose which wrong lines to mend first; run on main's exports of that session
(/work/data/final72/base).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from judged_lines import judged_rows  # noqa: E402
from veto_counts import shortened  # noqa: E402

Row = dict[str, str]


def still_written(rows: list[Row], run: Path) -> list[Row]:
    """The rows whose line ``run``'s kept exports still write (see `judged_lines.read`)."""
    from judged_lines import read
    made = read(run, rows)
    kept = [r for r in rows if (run / f"{r['set']}.json").exists()]
    return [r for r, m in zip(kept, made) if m[1] == "made"]


def groups(rows: list[Row]) -> dict[tuple[str, str], list[Row]]:
    """The W rows by (class, kind), largest group first; a W row without a class is "(no class)"."""
    found: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r["verdict"] == "W":
            found[(r.get("class") or "(no class)", r["kind"])].append(r)
    return dict(sorted(found.items(), key=lambda item: (-len(item[1]), item[0])))


def sides(row: Row, data: Path, length: int = 90) -> str:
    """The row's two sides, each its article's span cut to ``length`` characters."""
    def side(s: str) -> str:
        text = (data / "sets" / row["set"] / "docs" / row[f"file_{s}"]).read_text(encoding="utf-8")
        return shortened(text[int(row[f"start_{s}"]):int(row[f"end_{s}"])], length)
    return " | ".join(side(s) for s in "ab")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--run", type=Path, help="count only the lines this run's kept exports write")
    parser.add_argument("--quotes", type=int, default=2)
    ns = parser.parse_args(argv)
    rows = judged_rows()
    if ns.run:
        rows = still_written(rows, ns.run)
    right = sum(r["verdict"] == "R" for r in rows)
    print(f"{len(rows)} judged lines, R {right}, W {sum(r['verdict'] == 'W' for r in rows)}")
    for (why, kind), members in groups(rows).items():
        print(f"{len(members):4}  {kind:12} {why}")
        for r in members[:ns.quotes]:
            print(f"        {r['set']}: {sides(r, ns.data)}")


if __name__ == "__main__":
    sys.exit(main())
