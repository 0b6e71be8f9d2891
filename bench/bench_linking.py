"""Linking time as the corpus grows (1k, 2k, 4k, 8k articles): it must grow close to linearly.

Claim units come from parsing and embedding 400 generated articles once; larger corpora are made
by copying those units into new articles with their names and figures redrawn from a large
vocabulary, so the index sees realistic key frequencies without parsing 16,000 articles. Each
story is STORY copies of one base article, their vectors a little noisy; stories made from the
same base article in different rounds are turned by a random rotation of the embedding space, so
they read as unrelated and a story keeps its size whatever the size of the corpus.
"""
from __future__ import annotations

import copy
import dataclasses
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article  # noqa: E402

from viewer.analysis.claims.linking import ClaimUnit, claim_units, link_claims  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402

BASE = 400
STORY = 4
SIZES = (1000, 2000, 4000, 8000, 16000)
VOCABULARY = [f"name{i}" for i in range(20000)]


class RepeatedTexts(dict):
    """Article ``n`` has the text of its base article, like its units."""

    def __missing__(self, document: int) -> str:
        self[document] = article(base_of(document))
        return self[document]


def base_units() -> list[list[ClaimUnit]]:
    texts = [article(i) for i in range(BASE)]
    parsed = parse_many(Unparsed(i, t, []) for i, t in enumerate(texts))
    return [claim_units(p) for p in parsed]


def rotation(round_: int, width: int) -> np.ndarray:
    q, _r = np.linalg.qr(np.random.default_rng(round_).standard_normal((width, width)))
    return q.astype(np.float32)


def redraw(unit: ClaimUnit, document: int, turn: np.ndarray) -> ClaimUnit:
    """A copy of the unit in ``document``: the names and figures of its story (the articles of one
    story share them), its vector turned with its round and a little noisy."""
    features = copy.deepcopy(unit.features)
    story = random.Random(document // STORY)
    renamed = {n: story.choice(VOCABULARY) for n in sorted(features.names)}
    for key in ("terms", "names", "frame", "setting"):
        setattr(features, key, sorted({renamed.get(t, t) for t in getattr(features, key)}))
    features.figures = [_redrawn(f, float(story.randint(2, 50000))) for f in features.figures]
    noise = np.random.default_rng(document).standard_normal(unit.vector.shape).astype(np.float32) * 0.02
    vector = turn @ (unit.vector + noise)
    return ClaimUnit(document, unit.span, features, vector / np.linalg.norm(vector))


def _redrawn(figure, value: float):
    return dataclasses.replace(figure, value=value, low=value, high=value, qualifier="exact")


def base_of(document: int) -> int:
    return (document // STORY) % BASE


def corpus_of(size: int, pool: list[list[ClaimUnit]]) -> list[ClaimUnit]:
    turns = {}
    out = []
    for doc in range(size):
        round_ = doc // (STORY * BASE)
        if round_ not in turns:
            turns[round_] = rotation(round_, len(pool[0][0].vector)) if round_ else np.eye(len(pool[0][0].vector), dtype=np.float32)
        out += [redraw(u, doc, turns[round_]) for u in pool[base_of(doc)]]
    return out


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
