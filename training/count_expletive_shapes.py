"""Count the shapes of a subject "it" on PolNeAR train, and how often the annotators made it part of a source.

    python training/count_expletive_shapes.py PREPARED CACHE

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (train split only), CACHE the parses
``bench/polnear_reader.py --cache`` pickled. For each subject "it" (nsubj, nsubjpass, expl): its shape as
``attribution.expletives.expletive_shape`` reads it ("other" for none, "other, clause" for a verb with a clause of its
own: "It said that…"), how many there are, how many have their verb inside an annotated cue, and how many lie inside
an annotated source. A shape the annotators never make a source names no one (session 81, speakers81).
"""
from __future__ import annotations

import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.attribution.expletives import expletive_shape  # noqa: E402


def shape(token) -> str | None:
    """The expletive shape of a subject "it", else "other, clause" or "other"; None for an "it" that is no subject."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return None
    found = expletive_shape(token)
    if found:
        return found
    return "other, clause" if any(c.dep_ == "ccomp" for c in token.head.children) else "other"


def count(gold: list[dict], parsed: dict) -> Counter:
    """(shape, "n" | "cue" | "source") counts over every article of ``parsed``."""
    sources, cues = defaultdict(list), defaultdict(list)
    for attribution in gold:
        sources[attribution["doc"]] += attribution["source"]
        cues[attribution["doc"]] += attribution["cue"]
    counts: Counter = Counter()
    for name, article in parsed.items():
        for token in article.doc:
            found = shape(token)
            if found:
                counts[found, "n"] += 1
                counts[found, "cue"] += any(a <= token.head.idx < b for a, b in cues[name])
                counts[found, "source"] += any(a <= token.idx < b for a, b in sources[name])
    return counts


def main() -> None:
    prepared, cache = Path(sys.argv[1]), Path(sys.argv[2])
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))["attributions"]
    counts = count(gold, pickle.loads(cache.read_bytes()))
    for found in sorted({key for key, _ in counts}):
        print(f"{found:14} {counts[found, 'n']:5} subject 'it's, {counts[found, 'cue']:4} with their verb in a cue, "
              f"{counts[found, 'source']:3} in a source")


if __name__ == "__main__":
    main()
