"""Whether a change left a run's output as it was: two runs' exports of each set compared, apart from paths and times.

    python bench/same_exports.py OLD_DIR NEW_DIR --sets A,B,...

OLD_DIR and NEW_DIR hold a set's export each (`bench/quality.py --keep DIR` or `bench/dev_sets.py run` writes
DIR/NAME.json; an export made by `provenance export --format json` named NAME.json does too). Prints per set
"identical" or the sections that differ (documents, claims, speakers, attributions) with a few entries only in one run,
so a speed change shows it changed no output. Session 68 (speed68) ran it on gvaJ, basilC, wcepB and gvaC (main's run
in /work/data/final68/base against the headline batches' run) and on the sample corpus's export: all identical.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

SECTIONS = ("documents", "claims", "speakers", "attributions")
_VOLATILE = re.compile(r'"(created|imported_at|path)": "[^"]*"')  # where and when a run made its corpus


def comparable(export: dict) -> dict[str, set[str]]:
    """Each section's entries as text, the corpus's path and the import times blanked."""
    return {name: {_VOLATILE.sub(r'"\1": ""', json.dumps(entry, sort_keys=True)) for entry in export[name]}
            for name in SECTIONS}


def differences(old: dict, new: dict) -> dict[str, tuple[set[str], set[str]]]:
    """The sections that differ, each with its entries only in ``old`` and only in ``new``."""
    a, b = comparable(old), comparable(new)
    return {name: (a[name] - b[name], b[name] - a[name]) for name in SECTIONS if a[name] != b[name]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--sets", required=True, help="comma-separated set names")
    parser.add_argument("--shown", type=int, default=3, help="entries shown per side of a differing section")
    ns = parser.parse_args(argv)
    for name in ns.sets.split(","):
        old, new = (json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for folder in (ns.old, ns.new))
        found = differences(old, new)
        print(f"{name}: {'identical' if not found else 'differs in ' + ', '.join(found)} "
              f"({len(old['claims'])} → {len(new['claims'])} claims)")
        for section, (gone, added) in found.items():
            for sign, entries in (("-", gone), ("+", added)):
                for entry in sorted(entries)[:ns.shown]:
                    print(f"  {sign} {section} {entry[:300]}")


if __name__ == "__main__":
    main()
