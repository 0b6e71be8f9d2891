"""Which pairs of claim units are worth verifying, found in time that grows with the corpus, not its square.

Two steps, each a function over independent blocks so the work can be split across machines:
first each article's nearest articles (by the mean of its units' embeddings, found exactly in a
small corpus and through random-hyperplane buckets in a large one, plus articles sharing a rare
name); then, inside each such pair of articles, the pairs of units whose embeddings are close or
that share a rare figure, name or word in the inverted index.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from viewer.analysis.claims.features import ClaimUnit

NEIGHBOURS = 30  # nearest articles kept for each article
EXACT_UP_TO = 1500  # articles compared all against all below this
_TABLES = 48
_BUCKET_TARGET = 16  # articles a hash bucket holds on average
_BUCKET_LIMIT = 4 * _BUCKET_TARGET  # a bucket or name shared by more articles is not searched
_NAME_POSTINGS = 50  # a name in more articles than this says little about one story
UNIT_COSINE = 0.35  # below this, two units' meanings are too far apart to be one claim
UNIT_BEST = 3  # a unit is compared with its few closest units in the other article
QUERIES_PER_BLOCK = 256  # articles whose nearest one block finds
POOLED_PER_BLOCK = 20_000  # centroids (30 MB) at most that one block carries
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]  # map(function, items), in order


@dataclass(frozen=True)
class Article:
    """An article as candidate search sees it: its units, their mean direction, its names and the
    figures it counts (value, what it counts)."""

    document: int
    units: np.ndarray  # indices into the corpus's unit list
    centroid: np.ndarray
    names: frozenset[str]
    figures: frozenset[tuple[float, str]] = frozenset()


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
        out.append(Article(document, members, centroid, names, article_figures(units[k] for k in members)))
    return out


def article_figures(units: Iterable[ClaimUnit]) -> frozenset[tuple[float, str]]:
    """The figures the units give with what they count ("47 dead": (47, "dead")): two reports of one
    event give the same toll, two events of one kind rarely do."""
    return frozenset((f.value, f.thing) for u in units for f in u.features.figures if f.value is not None and f.thing)


def in_reading_order(units: Iterable[ClaimUnit]) -> list[ClaimUnit]:
    """Units by document and position: the one order candidate search indexes them in."""
    return sorted(units, key=lambda u: (u.document, u.span.start, u.span.end))


def vector_of(unit: ClaimUnit) -> np.ndarray:
    """The unit's sentence vector; a unit stored before embeddings existed stops linking with what to do."""
    if unit.vector is None:
        raise ValueError(f"claim unit {unit.document}:{unit.span.start} has no embedding; analyse the document again")
    return unit.vector


def neighbouring_documents(units: Sequence[ClaimUnit], mapper: Mapper = map) -> list[tuple[int, int]]:
    """The pairs of documents (lower id first, sorted) `article_pairs` finds: what the linker
    verifies and where a claim's thread looks for updates, found once for both."""
    ordered = in_reading_order(units)
    if not ordered:
        return []
    found = articles(ordered, np.stack([vector_of(u) for u in ordered]))
    return [(found[i].document, found[j].document) for i, j in article_pairs(found, mapper=mapper)]


def rare_names(found: Sequence[Article]) -> set[str]:
    """Names carried by few articles: a shared one is a sign of one story."""
    df = Counter(n for a in found for n in a.names)
    cap = max(3, min(_NAME_POSTINGS, len(found) // 20))
    return {n for n, c in df.items() if 2 <= c <= cap}


@dataclass(frozen=True)
class NeighbourBlock:
    """Some articles (the queries) with, for each, the articles it may pair with (its pool), and
    the centroids of every article named: all a worker needs to find the queries' nearest."""

    queries: tuple[int, ...]  # corpus-wide article indices
    pools: tuple[np.ndarray, ...] | None  # each query's pool (sorted article indices); None: every member
    members: np.ndarray  # the article indices whose centroids the block carries, sorted
    centroids: np.ndarray
    neighbours: int


def article_pairs(found: Sequence[Article], neighbours: int = NEIGHBOURS, mapper: Mapper = map) -> list[tuple[int, int]]:
    """Index pairs (i < j) of articles to compare: each article's nearest, by centroid cosine, among
    every article in a small corpus or its pool in a large one. Here only the pools are cut into
    blocks; ``mapper`` runs `nearest_pairs` on each (as ``map`` would, or on a cluster)."""
    if len(found) < 2:
        return []
    centroids = np.stack([a.centroid for a in found])
    blocks = _exact_blocks(centroids, neighbours) if len(found) <= EXACT_UP_TO else _bucket_blocks(centroids, found, neighbours)
    pairs: set[tuple[int, int]] = set()
    for found_pairs in mapper(nearest_pairs, blocks):
        pairs.update(found_pairs)
    return sorted(pairs)


def nearest_pairs(block: NeighbourBlock) -> list[tuple[int, int]]:
    """(i, j), i < j, for each query and each of its ``neighbours`` nearest articles in its pool."""
    everyone = block.members
    pairs = []
    for q, i in enumerate(block.queries):
        members = everyone if block.pools is None else block.pools[q]
        pool = members[members != i]
        if not len(pool):
            continue
        rows = np.searchsorted(everyone, pool)
        scores = block.centroids[rows] @ block.centroids[np.searchsorted(everyone, i)]
        for j in pool[np.argsort(-scores, kind="stable")[:block.neighbours]]:
            pairs.append((min(i, int(j)), max(i, int(j))))
    return pairs


def _exact_blocks(centroids: np.ndarray, neighbours: int) -> Iterator[NeighbourBlock]:
    """Every article against every other: blocks of queries, each with all the centroids."""
    everyone = np.arange(len(centroids))
    for start in range(0, len(centroids), QUERIES_PER_BLOCK):
        yield NeighbourBlock(tuple(range(start, min(start + QUERIES_PER_BLOCK, len(centroids)))), None, everyone,
                             centroids, neighbours)


def _bucket_blocks(centroids: np.ndarray, found: Sequence[Article], neighbours: int) -> Iterator[NeighbourBlock]:
    """Each article's pool: the articles sharing a random-hyperplane bucket with it in any table,
    or a rare name. Directions are taken from the corpus mean, so a corpus about one subject still
    spreads over the buckets, and a bucket far fuller than the rest says nothing of one story and
    is left out. Only the bucket keys of the whole corpus are held here (a sorted index per
    table); pools are made for one block of queries at a time, ordered by their first key so a
    block's queries share buckets, and a block stops growing at POOLED_PER_BLOCK centroids."""
    buckets = _Buckets(centroids, found)
    order = np.argsort(buckets.first_key, kind="stable")
    queries: list[int] = []
    pools: list[np.ndarray] = []
    pooled: set[int] = set()
    for i in order.tolist():
        pool = buckets.pool(i)
        queries.append(i)
        pools.append(pool)
        pooled.update(pool.tolist())
        if len(queries) >= QUERIES_PER_BLOCK or len(pooled) >= POOLED_PER_BLOCK:
            yield _pooled_block(queries, pools, pooled, centroids, neighbours)
            queries, pools, pooled = [], [], set()
    if queries:
        yield _pooled_block(queries, pools, pooled, centroids, neighbours)


def _pooled_block(queries: list[int], pools: list[np.ndarray], pooled: set[int], centroids: np.ndarray,
                  neighbours: int) -> NeighbourBlock:
    members = np.array(sorted(pooled | set(queries)), dtype=np.int64)
    return NeighbourBlock(tuple(queries), tuple(pools), members, centroids[members], neighbours)


class _Buckets:
    """The bucket keys of every article in each hash table, and the rare names' postings."""

    def __init__(self, centroids: np.ndarray, found: Sequence[Article]) -> None:
        n, width = centroids.shape
        centred = centroids - centroids.mean(axis=0)
        centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
        bits = max(4, int(np.ceil(np.log2(n / _BUCKET_TARGET))))
        planes = np.random.default_rng(0).standard_normal((_TABLES, width, bits)).astype(np.float32)
        powers = 1 << np.arange(bits)
        self.keys = np.stack([((centred @ table) > 0).astype(np.int64) @ powers for table in planes])  # tables × n
        self.order = np.argsort(self.keys, axis=1, kind="stable")
        sorted_keys = np.take_along_axis(self.keys, self.order, axis=1)
        # each article's bucket in each table, as a range of ``order``: looked up for all at once
        self.starts = np.stack([np.searchsorted(row, keys, side="left") for row, keys in zip(sorted_keys, self.keys)])
        self.ends = np.stack([np.searchsorted(row, keys, side="right") for row, keys in zip(sorted_keys, self.keys)])
        self.first_key = self.keys[0]
        rare = rare_names(found)
        postings: dict[str, list[int]] = defaultdict(list)
        for i, article in enumerate(found):
            for name in article.names & rare:
                postings[name].append(i)
        self.names = {name: np.array(members) for name, members in postings.items() if len(members) <= _BUCKET_LIMIT}
        self.found = found

    def pool(self, i: int) -> np.ndarray:
        """The articles sharing a bucket or a rare name with article ``i`` (itself included), sorted."""
        starts, ends = self.starts[:, i].tolist(), self.ends[:, i].tolist()
        parts = [self.order[table, lo:hi] for table, (lo, hi) in enumerate(zip(starts, ends)) if hi - lo <= _BUCKET_LIMIT]
        parts.extend(self.names[name] for name in self.found[i].names if name in self.names)
        return np.unique(np.concatenate(parts)) if parts else np.array([i])


def unit_pairs(a: Article, b: Article, vectors: np.ndarray, indexed: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
    """(unit, unit, cosine) for the pairs worth verifying between two articles: each unit's few
    closest units in the other article above UNIT_COSINE, and the pairs the index found."""
    similarity = vectors[a.units] @ vectors[b.units].T
    keep = similarity >= UNIT_COSINE
    rows, columns = similarity.shape
    if rows > UNIT_BEST and columns > UNIT_BEST:  # else every unit is among its partner's closest
        closest = np.zeros_like(keep)
        closest[np.arange(rows)[:, None], np.argsort(-similarity, axis=1)[:, :UNIT_BEST]] = True
        closest[np.argsort(-similarity, axis=0)[:UNIT_BEST, :], np.arange(columns)[None, :]] = True
        keep &= closest
    if indexed:
        row_of = {int(u): x for x, u in enumerate(a.units)}
        column_of = {int(u): y for y, u in enumerate(b.units)}
        for i, j in indexed:
            x, y = (row_of.get(i), column_of.get(j)) if i in row_of else (row_of.get(j), column_of.get(i))
            if x is not None and y is not None:
                keep[x, y] = True
    xs, ys = np.nonzero(keep)
    return list(zip(a.units[xs].tolist(), b.units[ys].tolist(), similarity[xs, ys].tolist()))
