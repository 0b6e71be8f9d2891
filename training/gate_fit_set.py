"""Write the GVA set the story gate can also be fitted on (``fit_verifier --story-set``), apart from the sets it is checked on.

    python training/gate_fit_set.py DATA/sets/gva500 DATA/sets/gvafit --exclude DATA/sets/gva

``bench/gva.py``'s first large draw (``sets/gva500``: 167 incidents, three reports each) is the one GVA set every later
draw (gvaB to gvaJ, the blind ones) left out, so fitting on it reads nothing they hold. It shares incidents with the
first small draw (``sets/gva``), a check set: ``--exclude`` drops the incidents of the sets named. A fresh draw is not
used instead: ``bench/gva.py``'s fixed seed would give the incidents a blind draw made with the same exclusions took.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a set drawn by bench/gva.py (events.json and docs/)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="a check set whose incidents are left out")
    ns = parser.parse_args(argv)
    index = json.loads((ns.source / "events.json").read_text(encoding="utf-8"))
    checked = {i for other in ns.exclude for i in json.loads((other / "events.json").read_text(encoding="utf-8"))["incidents"]}
    kept = {name: record for name, record in index["documents"].items() if record["event"] not in checked}
    (ns.out / "docs").mkdir(parents=True, exist_ok=True)
    for name in kept:
        shutil.copy(ns.source / "docs" / name, ns.out / "docs" / name)
    incidents = sorted({record["event"] for record in kept.values()})
    written = {**{k: v for k, v in index.items() if k != "documents"}, "incidents": incidents,
               "made_from": f"{ns.source.name} without the incidents of {', '.join(p.name for p in ns.exclude) or 'no set'}",
               "documents": kept}
    (ns.out / "events.json").write_text(json.dumps(written, indent=1), encoding="utf-8")
    print(f"{len(kept)} articles of {len(incidents)} incidents ({len(set(index['incidents']) & checked)} incidents left out)")


if __name__ == "__main__":
    main()
