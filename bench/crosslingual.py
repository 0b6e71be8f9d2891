"""The multilingual model's figures on public parallel sentences: how the rendering threshold holds.

    python bench/crosslingual.py DATA

DATA/parallel/eng-rus.tsv, eng-ukr.tsv and rus-ukr.tsv are Tatoeba test pairs (Helsinki-NLP/Tatoeba-Challenge
data/test/eng-rus, eng-ukr and rus-ukr, CC-BY 2.0 FR; four tab-separated columns: the two languages' codes,
then the sentences; rus-ukr sets Russian against Ukrainian, as two reports' sentences meet), prepared while
developing and never committed. Each true pair is set against every other pairing of the same set: the
share of true pairs at or over the threshold of ``claims/crosslingual.json``, the share of random pairs
over it (what it lets through wrongly), and how often the true translation is the nearest of all. Run through the app's own loader (`usem_files`).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pairs(path: Path) -> list[tuple[str, str]]:
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [(row[2], row[3]) for row in rows if len(row) == 4]


def figures(english: np.ndarray, foreign: np.ndarray, threshold: float) -> dict[str, float]:
    """True-pair and random-pair shares at the threshold, and how often the translation is the nearest."""
    similar = foreign @ english.T
    n = len(english)
    true, random = np.diag(similar), similar[~np.eye(n, dtype=bool)]
    return {"pairs": n, "true": float(np.mean(true >= threshold)), "random": float(np.mean(random >= threshold)),
            "nearest": float(np.mean(similar.argmax(axis=1) == np.arange(n)))}


def main(argv: list[str]) -> None:
    from viewer.analysis.claims.foreign_units import settings
    from viewer.analysis.claims.usem_files import encoder

    folder = Path(argv[0]) / "parallel"
    threshold = float(settings()["threshold"])
    started = time.perf_counter()
    model = encoder()
    print(f"multilingual model loaded in {time.perf_counter() - started:.1f} s; rendering threshold {threshold}")
    for pair in ("eng-rus", "eng-ukr", "rus-ukr"):
        path = folder / f"{pair}.tsv"
        if not path.exists():
            print(f"{pair}: not in {path}")
            continue
        found = pairs(path)
        first, second = model.encode([e for e, _ in found]), model.encode([f for _, f in found])
        f = figures(first, second, threshold)
        print(f"{pair} ({f['pairs']} pairs): true pairs at the threshold {f['true']:.1%}, random pairs "
              f"{f['random']:.2%}; the translation is the nearest sentence {f['nearest']:.1%}")

if __name__ == "__main__":
    main(sys.argv[1:] or [__import__("os").environ.get("PROVENANCE_QUALITY_DATA", ".")])
