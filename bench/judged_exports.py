"""The hand-judged link precision of exports already kept (`bench/quality.py --keep DIR`), under the verdicts given:
to read a run made before a verdict was read again under the same verdicts as a new run, without analysing again.

    python bench/judged_exports.py DIR [--judged TSV ...] [--old-verdicts]

Without ``--judged`` every training/judged/links*.tsv is read but the blind draws' (`background_acts.BLIND`), then every ``*_rejudged.tsv``
beside them (its ``new_verdict`` over the old one), as `bench/quality.py` reads them. Prints, per ``DIR/SET.json``, the
line `quality.hand_judged` prints and the line without the links between copies of one story.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path



def _bench(name: str):
    """bench/NAME.py, loaded by its path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lines(folder: Path, judged: list[Path], old: bool = False) -> list[str]:
    """Per kept export, its hand-judged lines under ``judged`` (and the re-judged files beside, unless ``old``)."""
    quality = _bench("quality")
    verdicts = quality.read_verdicts(judged if old else judged + quality.rejudged_beside(judged))
    out = []
    for path in sorted(folder.glob("*.json")):
        export = json.loads(path.read_text(encoding="utf-8"))
        if "claims" not in export:
            continue
        whole = quality.hand_judged(export, verdicts)
        if whole:
            out += [f"{path.stem}: {whole}",
                    f"  without copies: {quality.hand_judged(export, verdicts, quality.copy_pairs(export))}"]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--old-verdicts", action="store_true")
    args = parser.parse_args(argv)
    print("\n".join(lines(args.folder, _bench("background_acts").dev_link_files(args.judged), args.old_verdicts)))


if __name__ == "__main__":
    main()
