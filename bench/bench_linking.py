"""Linking time as the corpus grows (1k, 2k, 4k, 8k articles): it must grow close to linearly.

Claim units come from parsing 400 generated articles once; larger corpora are made by copying
those units into new articles with their names and figures redrawn from a large vocabulary, so
the index sees realistic key frequencies without parsing 8,000 articles.
"""
from __future__ import annotations

import copy
import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article  # noqa: E402

from viewer.analysis.claims.linking import ClaimUnit, claim_units, link_claims  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402

BASE = 400
SIZES = (1000, 2000, 4000, 8000)
VOCABULARY = [f"name{i}" for i in range(20000)]


class RepeatedTexts(dict):
    """Article ``n`` has the text of base article ``n % BASE``, like its units."""

    def __missing__(self, document: int) -> str:
        self[document] = article(document % BASE)
        return self[document]


def base_units() -> list[list[ClaimUnit]]:
    texts = [article(i) for i in range(BASE)]
    parsed = parse_many(Unparsed(i, t, []) for i, t in enumerate(texts))
    return [claim_units(p) for p in parsed]


def redraw(unit: ClaimUnit, document: int, rng: random.Random) -> ClaimUnit:
    features = copy.deepcopy(unit.features)
    renamed = {n: rng.choice(VOCABULARY) for n in features.names}
    for key in ("terms", "names", "frame", "setting"):
        setattr(features, key, sorted({renamed.get(t, t) for t in getattr(features, key)}))
    features.figures = [_redrawn(f, float(rng.randint(2, 50000))) for f in features.figures]
    return ClaimUnit(document, unit.span, features)


def _redrawn(figure, value: float):
    return dataclasses.replace(figure, value=value, low=value, high=value, qualifier="exact")


def corpus_of(size: int, pool: list[list[ClaimUnit]]) -> list[ClaimUnit]:
    rng = random.Random(size)
    return [redraw(u, doc, rng) for doc in range(size) for u in pool[doc % BASE]]


def main() -> None:
    pool = base_units()
    print(f"{'articles':>8} {'units':>7} {'seconds':>8} {'µs/unit':>8} {'claims':>7}")
    previous = None
    for size in SIZES:
        units = corpus_of(size, pool)
        start = time.perf_counter()
        claims = link_claims(units, RepeatedTexts())
        elapsed = time.perf_counter() - start
        growth = f"  x{elapsed / previous:.2f} for x2 articles" if previous else ""
        print(f"{size:>8} {len(units):>7} {elapsed:>8.2f} {1e6 * elapsed / len(units):>8.0f} {len(claims):>7}{growth}")
        previous = elapsed
    print("target: close to linear (x2 articles -> about x2 time)")


if __name__ == "__main__":
    main()
