"""The "stated as fact" lines of kept exports whose fact's sentence tells someone's reading, each with its hand verdict.

    python bench/reading_lines.py RUN/*.json

Each export is a set's, kept by a run (`bench/dev_sets.py run`, RUN/SET.json). An attribution line's first mention is the
fact; the stage withholds the line when that mention's sentence (`sourcing._sentence_of`) tells someone's reading in
its own words (`reported_readings.reports_a_reading`: "Later, police were able to determine that…"), as the fact's unit
recorded it from its article's parse (`UnitFeatures.reading`). That check only takes lines away and the stage is the
last of the analysis, so the lines it takes from a run made without it are these, found without analysing anything
again; this parses the sentence alone, which may read a sentence otherwise than its article's parse did, so a run
confirms them (session 72: the same 5 lines). Each is printed with its verdict (R, W with its class, "?" unjudged,
from the readable training/judged/discrepancies*.tsv) and its fact's sentence, then the count by verdict. Written in
session 72 (lines72); run on main's exports of that session (/work/data/final72/base).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_lines import export_lines  # noqa: E402
from judged_lines import judged_rows  # noqa: E402

from viewer.analysis.model import Mention  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.reported_readings import reports_a_reading  # noqa: E402
from viewer.analysis.sourcing import _sentence_of  # noqa: E402


def verdicts() -> dict[tuple, str]:
    """Each judged line's verdict ("W: class" for a wrong one) by set, kind and its two mentions either way."""
    out = {}
    for r in judged_rows():
        a, b = ((r[f"file_{s}"], int(r[f"start_{s}"]), int(r[f"end_{s}"])) for s in "ab")
        out[(r["set"], r["kind"], frozenset((a, b)))] = r["verdict"] + (f": {r['class']}" if r.get("class") else "")
    return out


def taken(export: dict, name: str, judged: dict[tuple, str]) -> list[tuple[str, str]]:
    """(verdict, fact's sentence) of each attribution line of ``export`` whose fact's sentence tells a reading."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    out = []
    for kind, _why, fact, partner in export_lines(export):
        if kind != "attribution":
            continue
        text = texts[fact[0]]
        sentence = _sentence_of(Mention(0, fact[1], fact[2], text[fact[1]:fact[2]]), text)
        if reports_a_reading(english()(sentence)):
            out.append((judged.get((name, kind, frozenset((fact, partner))), "?"), " ".join(sentence.split())))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exports", type=Path, nargs="+", help="kept exports, each named SET.json")
    judged, tally = verdicts(), Counter()
    for path in parser.parse_args(argv).exports:
        for verdict, sentence in taken(json.loads(path.read_text(encoding="utf-8")), path.stem, judged):
            tally[verdict.split(":")[0]] += 1
            print(f"{path.stem}\t{verdict}\t{sentence[:200]}")
    print("taken: " + ", ".join(f"{v} {n}" for v, n in sorted(tally.items())))


if __name__ == "__main__":
    sys.exit(main())
