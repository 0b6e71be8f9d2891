"""The noted misses put down by what a kept run did to their two reports, by source, without analysing anything again.

    python bench/miss_pairs_kept.py RUN [--misses TSV ...]

RUN holds a kept run's exports (`bench/dev_sets.py run`: RUN/SET.json). Each noted claim (training/judged/misses*.tsv,
verdict M; every file but the blind draws', `background_acts.BLIND`, where none is given) is read against its set's
export: linked (one claim holds a mention over each noted span), or its two reports share other claims (the pair model,
a veto, the grouping or no unit lost it: `bench/miss_stages.py` tells which), or they share no claim at all (the
article-level stages, nearly all the story gate: session 61 put 314 of its 318 there). Printed by source (GVA, BASIL,
WCEP, read from the set's name). Run in session 68 on /work/data/final68/base.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import BLIND  # noqa: E402
from dev_sets import source_of  # noqa: E402

OUTCOMES = ("linked", "reports share other claims", "reports share no claim")


def default_misses() -> list[Path]:
    judged = ROOT / "training" / "judged"
    return [p for p in sorted(judged.glob("misses*.tsv")) if BLIND not in p.name and not p.name.endswith(".documents.tsv")]


def claims_by_file(export: dict) -> list[dict[str, list[tuple[int, int]]]]:
    """Each claim's mention spans keyed by the file name of their document."""
    files = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    kept = []
    for claim in export["claims"]:
        spans: dict[str, list[tuple[int, int]]] = {}
        for mention in claim["mentions"]:
            spans.setdefault(files[mention["document"]], []).append((mention["start"], mention["end"]))
        kept.append(spans)
    return kept


def _over(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def outcome(claims: list[dict[str, list[tuple[int, int]]]], row: dict) -> str:
    a, b = row["file_a"], row["file_b"]
    shared = [c for c in claims if a in c and b in c]
    if any(_over(c[a], int(row["start_a"]), int(row["end_a"])) and _over(c[b], int(row["start_b"]), int(row["end_b"]))
           for c in shared):
        return OUTCOMES[0]
    return OUTCOMES[1] if shared else OUTCOMES[2]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--misses", type=Path, action="append")
    ns = parser.parse_args(argv)
    rows = [r for path in ns.misses or default_misses()
            for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t") if r["verdict"] == "M"]
    exports: dict[str, list] = {}
    counts: Counter = Counter()
    for row in rows:
        if row["set"] not in exports:
            path = ns.run / f"{row['set']}.json"
            exports[row["set"]] = claims_by_file(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else None
        if exports[row["set"]] is not None:
            counts[source_of(row["set"]), outcome(exports[row["set"]], row)] += 1
    for source in sorted({s for s, _o in counts}):
        total = sum(n for (s, _o), n in counts.items() if s == source)
        print(f"{source}: {total} noted; " + ", ".join(f"{o} {counts[source, o]}" for o in OUTCOMES))


if __name__ == "__main__":
    main()
