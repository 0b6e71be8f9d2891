"""Count what PolNeAR's annotators give as the source of a report made by a "they", "their" or "its" whose
antecedent stands in the same sentence, against what attribution/antecedents.py takes for it.

    python training/count_antecedents.py POLNEAR_PREPARED [--cache PARSES.spacy] [--limit N] [--examples N]

Every annotated report of PolNeAR train's ``fit`` part (training/polnear_parts.py) whose cue has a plural
pronoun or "it"/"its" as its subject or possessor ("their criticism", "they ridicule") is counted once: by
whether ``subject_above`` finds a description for the pronoun, and whether the annotated source is that
description, the pronoun itself, or something else. The figures say whether giving such a report to the
description rather than to the bare pronoun matches the annotators more often than not.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.fit_cues import parse  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.attribution.antecedents import PLURAL, SINGULAR, subject_above  # noqa: E402

_HOLDERS = frozenset({"nsubj", "nsubjpass", "poss"})


def classify(attribution: dict, doc) -> tuple[str, str] | None:
    """(what ``subject_above`` makes of the cue's pronoun, what the annotators chose), or None when no
    plural pronoun or "it" holds the cue."""
    cue = {t.i for s, e in attribution["cue"] for t in (doc.char_span(s, e, alignment_mode="expand") or [])}
    pronoun = next((c for i in sorted(cue) for c in doc[i].children
                    if c.dep_ in _HOLDERS and c.lower_ in PLURAL | SINGULAR), None)
    if pronoun is None:
        return None
    source = [(s, e) for s, e in attribution["source"]]
    found = subject_above(pronoun)
    made = "description found" if found else "none found"
    if not source:
        return made, "no source annotated"
    if any(s <= pronoun.idx < e for s, e in source):
        return made, "the pronoun"
    if found and any(s < found[-1].idx + len(found[-1]) and found[0].idx < e for s, e in source):
        return made, "the description"
    return made, "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path)
    parser.add_argument("--cache", type=Path, help="parses of the articles counted (spaCy DocBin), kept for reruns")
    parser.add_argument("--limit", type=int, default=0, help="the first N fit articles (0: all)")
    parser.add_argument("--examples", type=int, default=0)
    ns = parser.parse_args()
    gold = json.loads((ns.prepared / "gold.json").read_text(encoding="utf-8"))
    names = sorted([d["name"] for d in gold["documents"] if part_of(d["name"]) == "fit"][: ns.limit or None])
    docs = parse(ns.prepared, names, ns.cache)
    counts: Counter = Counter()
    shown: Counter = Counter()
    for attribution in gold["attributions"]:
        doc = docs.get(attribution["doc"])
        kind = classify(attribution, doc) if doc is not None else None
        if kind is None:
            continue
        counts[kind] += 1
        if shown[kind] < ns.examples:
            shown[kind] += 1
            print(" / ".join(kind), "|", attribution["source_text"][:40], "|", attribution["cue_text"][:30])
    print(f"{len(names)} fit articles; reports whose cue a plural pronoun or it/its holds:")
    for (made, chosen), n in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"  {n:5d}  {made:18s} annotated source: {chosen}")


if __name__ == "__main__":
    main()
