"""How the judges read links where one side tells a shooting it dates before its report's time and the other one it
does not ("Last year, four men were wounded in a shooting on the same block" / this shooting's "four other people …
were seriously wounded … Monday night"): the links `recalled.recalled_beside_incident` parts.

    python bench/recalled_links.py DATA [--judged TSV ...] [--base EXPORTS] [--show]
    python bench/recalled_links.py DATA --many [--judged TSV ...] [--base EXPORTS]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts. Only links with a time before the report's
(`recalled.PAST`) in a judged passage can be parted, so only their documents are parsed, whole and cut into units as
the pipeline does (`patient_links.document_units`); a judged side is read as the unit of its span. Printed: R/P/W of
the links with such a time on one side, of those whose unit dates its main act so (`recalls_incident`), of those the
veto parts, and of those among them the exports in ``--base`` make. ``--many``: the reading measured and not built
beside it, a passage telling many incidents (`MANY`: "killed in shootings") beside one telling a shooting and no
several incidents, and one telling a year's count so (`YEARS`: "this year", "so far"), by the judged passages' words
alone. Session 63, docs/linking.md "A shooting a report recalls from before its own time".
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, judged_arguments, made_links  # noqa: E402
from patient_links import document_units, unit_of_span  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.recalled import marked, recalled_beside_incident  # noqa: E402


MANY = re.compile(r"\b(?:shootings|homicides|killings|incidents|murders)\b", re.IGNORECASE)
_ONE = re.compile(r"\b(?:shooting|homicide|killing|incident|murder|shot|killed|wounded)\b", re.IGNORECASE)
YEARS = re.compile(r"\b(?:this year|so far|since (?:January|the start)|in 20\d\d|last year)\b", re.IGNORECASE)


def many_beside_one(x: str, y: str) -> bool:
    """Whether passage ``x`` tells many incidents and ``y`` one and no several."""
    return bool(MANY.search(x) and not MANY.search(y) and _ONE.search(y))


def many_counts(data: Path, files: list[Path], base: Path | None) -> list[str]:
    """R/P/W (and of those ``base`` makes) of the judged links one side of which tells many incidents, the other one."""
    texts: dict[Path, str] = {}
    made = made_links(base) if base else set()
    counts = Counter()
    for key, row in judged_rows(files).items():
        x, y = (_passage(data, row, s, texts) for s in "ab")
        for label, holds in (("many incidents beside one", many_beside_one),
                             ("a year's count beside one", lambda p, q: many_beside_one(p, q) and bool(YEARS.search(p))
                              and not YEARS.search(q))):
            if holds(x, y) or holds(y, x):
                counts[(label, row["verdict"])] += 1
                counts[(label + ", made", row["verdict"])] += key in made
    labels = [f"{k}{m}" for k in ("many incidents beside one", "a year's count beside one") for m in ("", ", made")]
    return [f"  {k}: " + " ".join(f"{v} {counts[(k, v)]}" for v in "RPWU") for k in labels if base or "made" not in k]


def _path(data: Path, row: dict, side: str) -> Path:
    return data / "sets" / row["set"] / "docs" / row[f"file_{side}"]


def _passage(data: Path, row: dict, side: str, texts: dict[Path, str]) -> str:
    """The judged span's text, each document read once."""
    path = _path(data, row, side)
    if path not in texts:
        texts[path] = path.read_text(encoding="utf-8")
    return texts[path][int(row[f"start_{side}"]):int(row[f"end_{side}"])]


def judged_counts(data: Path, files: list[Path], base: Path | None, show: bool) -> list[str]:
    """R/P/W of the judged links by how far the reading goes (the module docstring)."""
    texts: dict[Path, str] = {}
    rows = {key: row for key, row in judged_rows(files).items()
            if any(marked(_passage(data, row, s, texts)) for s in "ab")}
    units = document_units(sorted({_path(data, r, s) for r in rows.values() for s in "ab"}))
    made = made_links(base) if base else set()
    counts, shown = Counter(), []
    for key, row in rows.items():
        a, b = (unit_of_span(units[_path(data, row, s)], int(row[f"start_{s}"]), int(row[f"end_{s}"])) for s in "ab")
        counts[("a past time in a passage", row["verdict"])] += 1
        counts[("one side dates its main act so", row["verdict"])] += a.features.recalled != b.features.recalled
        if not recalled_beside_incident(a.features, b.features):
            continue
        counts[("parted", row["verdict"])] += 1
        counts[("parted, made", row["verdict"])] += key in made
        if show:
            shown.append(f"{row['verdict']} {row['set']} {row.get('class', '')}\n  A {_passage(data, row, 'a', texts)[:200]!r}"
                         f"\n  B {_passage(data, row, 'b', texts)[:200]!r}")
    kinds = ["a past time in a passage", "one side dates its main act so", "parted"] + (["parted, made"] if base else [])
    return shown + [f"judged links with a past time on a side: {len(rows)}"] + \
        [f"  {k}: " + " ".join(f"{v} {counts[(k, v)]}" for v in "RPWU") for k in kinds]


def main(argv: list[str] | None = None) -> None:
    parser = judged_arguments(__doc__.splitlines()[0])
    parser.add_argument("--many", action="store_true")
    args = parser.parse_args(argv)
    files = dev_link_files(args.judged)
    print("\n".join(many_counts(args.data, files, args.base) if args.many else
                    judged_counts(args.data, files, args.base, args.show)))


if __name__ == "__main__":
    main()
