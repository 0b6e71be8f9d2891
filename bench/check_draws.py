"""Check that the drawn sets under DATA hold, byte for byte, the articles the hand judgements were made on.

    python bench/check_draws.py DATA [--judged DIR]

Machines are wiped between sessions and the sets under DATA/sets are drawn again from the public sources
(bench/prepare_gva_draws.sh for GVA); the verdicts in training/judged/ are kept by file and span only, so a
draw that came out differently would put them on the wrong words. Every ``*.documents.tsv`` there lists
``sets/NAME/docs/FILE`` and its SHA-256; this prints, per set, how many files match, differ or are missing.
Exit code 1 when any file differs, or is missing from a set that was drawn (a set with no folder under
DATA/sets is reported as not drawn: another source's builder may not have run yet).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

JUDGED = Path(__file__).resolve().parent.parent / "training" / "judged"


def listed_documents(judged: Path) -> dict[str, str]:
    """Each listed path (``sets/NAME/docs/FILE``) and its SHA-256, over every documents list; a path listed twice
    with two sums is an error in the lists themselves."""
    listed: dict[str, str] = {}
    for tsv in sorted(judged.glob("*.documents.tsv")):
        with open(tsv, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                path, digest = row["document"], row["sha256"]
                if listed.setdefault(path, digest) != digest:
                    raise ValueError(f"{tsv.name}: {path} is listed with two SHA-256 sums")
    return listed


def check(data: Path, listed: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """Per set, the listed files that match, differ or are missing under ``data``."""
    result: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"matched": [], "differing": [], "missing": []})
    for path, digest in sorted(listed.items()):
        name = Path(path).parts[1]
        file = data / path
        if not file.is_file():
            result[name]["missing"].append(path)
        elif hashlib.sha256(file.read_bytes()).hexdigest() == digest:
            result[name]["matched"].append(path)
        else:
            result[name]["differing"].append(path)
    return dict(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the folder holding sets/NAME/docs")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="where the *.documents.tsv lists are")
    parser.add_argument("--verbose", action="store_true", help="name every differing or missing file")
    ns = parser.parse_args(argv)
    failed = False
    for name, files in sorted(check(ns.data, listed_documents(ns.judged)).items()):
        drawn = (ns.data / "sets" / name).is_dir()
        counts = ", ".join(f"{len(files[k])} {k}" for k in ("matched", "differing", "missing"))
        print(f"{name}: {counts}{'' if drawn else ' (not drawn)'}")
        if files["differing"] or (drawn and files["missing"]):
            failed = True
        if ns.verbose:
            for kind in ("differing", "missing"):
                for path in files[kind]:
                    print(f"  {kind} {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
