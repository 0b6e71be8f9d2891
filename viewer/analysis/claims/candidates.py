"""Which pairs of claim units are worth verifying, found in time that grows with the corpus, not its square.

Two steps, each a function over independent blocks so the work can be split across machines:
first each article's nearest articles (by the mean of its units' embeddings, found exactly in a
small corpus and through random-hyperplane buckets in a large one, plus articles sharing a rare
name); then, inside each such pair of articles, the pairs of units whose embeddings are close or
that share a rare figure, name or word in the inverted index.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.index import candidate_pairs

NEIGHBOURS = 30  # nearest articles kept for each article
EXACT_UP_TO = 1500  # articles compared all against all below this
_TABLES = 48
_BUCKET_TARGET = 16  # articles a hash bucket holds on average
_BUCKET_LIMIT = 4 * _BUCKET_TARGET  # a bucket or name shared by more articles is not searched
_NAME_POSTINGS = 50  # a name in more articles than this says little about one story
UNIT_COSINE = 0.35  # below this, two units' meanings are too far apart to be one claim
UNIT_BEST = 3  # a unit is compared with its few closest units in the other article


@dataclass(frozen=True)
class Article:
    """An article as candidate search sees it: its units, their mean direction and its names."""

    document: int
    units: np.ndarray  # indices into the corpus's unit list
    centroid: np.ndarray
    names: frozenset[str]


def articles(units: Sequence[ClaimUnit], vectors: np.ndarray) -> list[Article]:
    """One record per document, in document order."""
    by_document: dict[int, list[int]] = defaultdict(list)
    for k, unit in enumerate(units):
        by_document[unit.document].append(k)
    out = []
    for document in sorted(by_document):
        members = np.array(by_document[document])
        centroid = vectors[members].mean(axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
        names = frozenset(n for k in members for n in units[k].features.names)
        out.append(Article(document, members, centroid, names))
    return out


def rare_names(found: Sequence[Article]) -> set[str]:
    """Names carried by few articles: a shared one is a sign of one story."""
    df = Counter(n for a in found for n in a.names)
    cap = max(3, min(_NAME_POSTINGS, len(found) // 20))
    return {n for n, c in df.items() if 2 <= c <= cap}


def article_pairs(found: Sequence[Article], neighbours: int = NEIGHBOURS) -> list[tuple[int, int]]:
    """Index pairs (i < j) of articles to compare: each article's nearest, by centroid cosine."""
    if len(found) < 2:
        return []
    centroids = np.stack([a.centroid for a in found])
    pools = _exact_pools(len(found)) if len(found) <= EXACT_UP_TO else _bucket_pools(centroids, found)
    pairs = set()
    for i, pool in enumerate(pools):
        pool = np.array(sorted(pool - {i}), dtype=np.int64)
        if not len(pool):
            continue
        scores = centroids[pool] @ centroids[i]
        for j in pool[np.argsort(-scores, kind="stable")[:neighbours]]:
            pairs.add((min(i, int(j)), max(i, int(j))))
    return sorted(pairs)


def _exact_pools(n: int) -> list[set[int]]:
    everyone = set(range(n))
    return [everyone for _ in range(n)]


def _bucket_pools(centroids: np.ndarray, found: Sequence[Article]) -> list[set[int]]:
    """Articles sharing a random-hyperplane bucket in any table, or a rare name. Directions are
    taken from the corpus mean, so a corpus about one subject still spreads over the buckets, and
    a bucket far fuller than the rest says nothing of one story and is left out."""
    n, width = centroids.shape
    centred = centroids - centroids.mean(axis=0)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    bits = max(4, int(np.ceil(np.log2(n / _BUCKET_TARGET))))
    planes = np.random.default_rng(0).standard_normal((_TABLES, width, bits)).astype(np.float32)
    pools: list[set[int]] = [set() for _ in range(n)]
    powers = 1 << np.arange(bits)
    for table in planes:
        codes = ((centred @ table) > 0).astype(np.int64) @ powers
        _pool_by_key(pools, codes.tolist())
    rare = rare_names(found)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(found):
        for name in article.names & rare:
            postings[name].append(i)
    for members in postings.values():
        if len(members) > _BUCKET_LIMIT:
            continue
        for i in members:
            pools[i].update(members)
    return pools


def _pool_by_key(pools: list[set[int]], keys: list[int]) -> None:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[key].append(i)
    for members in groups.values():
        if len(members) > _BUCKET_LIMIT:
            continue
        for i in members:
            pools[i].update(members)


def unit_pairs(a: Article, b: Article, vectors: np.ndarray, indexed: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
    """(unit, unit, cosine) for the pairs worth verifying between two articles: each unit's few
    closest units in the other article above UNIT_COSINE, and the pairs the index found."""
    similarity = vectors[a.units] @ vectors[b.units].T
    keep = similarity >= UNIT_COSINE
    rows = np.zeros_like(keep)
    np.put_along_axis(rows, np.argsort(-similarity, axis=1)[:, :UNIT_BEST], True, axis=1)
    columns = np.zeros_like(keep)
    np.put_along_axis(columns, np.argsort(-similarity, axis=0)[:UNIT_BEST, :], True, axis=0)
    keep &= rows | columns
    row_of = {int(u): x for x, u in enumerate(a.units)}
    column_of = {int(u): y for y, u in enumerate(b.units)}
    for i, j in indexed:
        x, y = (row_of.get(i), column_of.get(j)) if i in row_of else (row_of.get(j), column_of.get(i))
        if x is not None and y is not None:
            keep[x, y] = True
    return [(int(a.units[x]), int(b.units[y]), float(similarity[x, y])) for x, y in zip(*np.nonzero(keep))]


def indexed_pairs(units: Sequence[ClaimUnit]) -> set[tuple[int, int]]:
    """Unit pairs sharing a rare figure, name or word (the inverted index), whatever their cosine."""
    return set(candidate_pairs([u.features for u in units], [u.document for u in units]))
