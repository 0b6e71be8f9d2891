"""The judged dev links of class "another detail of the incident" that kept exports still make, with both texts, and the
count of every made judged link by verdict and class: the list session 65 grouped by shape by hand before building
`claims.residences` (docs/linking.md "Where someone lives").

    python bench/detail_wrongs.py DATA --base DIR [--judged TSV ...] [--class CLASS]

Every judged dev link (`background_acts.dev_link_files`, the re-judged files' verdicts and classes over the first
ones) that an export of ``--base`` (SET.json, `bench/quality.py --keep`) makes; texts read from DATA/sets/SET/docs. Run
in session 65 on main's exports of that session (/work/data/final65/base): 84 W of the class.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from stage_wrongs import _classes, _key  # noqa: E402
from wound_links import judged_rows  # noqa: E402

DETAIL_CLASS = "another detail of the incident"


def wrongs(data: Path, base: Path, files: list[Path], wanted: str = DETAIL_CLASS) -> list[str]:
    """One line pair per made W of class ``wanted`` (its set, judged file and two texts), then verdict and class counts."""
    made, classes, counts, shown = made_links(base), _classes(), Counter(), []
    for key, row in judged_rows(files).items():
        if key not in made:
            continue
        cls = classes.get(_key(row)) or row.get("class") or ""
        counts[(row["verdict"], cls)] += 1
        if row["verdict"] == "W" and cls == wanted:
            texts = [" ".join((data / "sets" / key[0] / "docs" / name).read_text(encoding="utf-8")[s:e].split())
                     for name, s, e in key[1:]]
            shown.append(f"{len(shown) // 2 + 1}. [{key[0]} {row['file']}] A: {texts[0]}")
            shown.append(f"    B: {texts[1]}")
    return shown + [f"{v} {c or '(no class)'}: {n}" for (v, c), n in sorted(counts.items(), key=lambda x: -x[1])]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--class", dest="wanted", default=DETAIL_CLASS)
    args = parser.parse_args(argv)
    print("\n".join(wrongs(args.data, args.base, dev_link_files(args.judged), args.wanted)))


if __name__ == "__main__":
    main()
