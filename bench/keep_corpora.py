"""Analyse sets with this checkout and keep each one's corpus, the input of the line reruns.

    python bench/keep_corpora.py DATA OUT --sets A,B,...

Each set of DATA/sets is imported into a fresh corpus and analysed by the real pipeline (`quality.analysed_export`);
the corpus is kept as OUT/NAME.corpus and its export as OUT/NAME.json. `bench/rerun_lines.py`,
`bench/discrepancy_signs.py` and `bench/source_named_lines.py` run the discrepancy stage again on such corpora (STEM
OUT/NAME), so a line fix is measured in seconds; the export is what `bench/discrepancy_lines.py` scores. Kept in the
repository because those scripts need corpora and the machines keep none between sessions.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import analysed_export  # noqa: E402


def keep_set(data: Path, name: str, out: Path) -> float:
    """Analyse one set and keep its corpus and export in ``out``; the seconds the analysis took."""
    folder = data / "sets" / name
    names = sorted(json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"])
    with tempfile.TemporaryDirectory() as tmp:
        export, seconds = analysed_export([folder / "docs" / n for n in names], Path(tmp))
        shutil.copyfile(Path(tmp) / "set.corpus", out / f"{name}.corpus")
    (out / f"{name}.json").write_text(json.dumps(export), encoding="utf-8")
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", required=True, help="comma-separated sets under DATA/sets")
    ns = parser.parse_args(argv)
    ns.out.mkdir(parents=True, exist_ok=True)
    for name in ns.sets.split(","):
        print(f"{name}: analysed in {keep_set(ns.data, name, ns.out):.0f} s", flush=True)


if __name__ == "__main__":
    main()
