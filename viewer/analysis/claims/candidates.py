"""Which pairs of claim units are worth verifying, found in time that grows with the corpus, not its square.

Two steps, each a function over independent blocks so the work can be split across machines:
first each article's nearest articles (by the mean of its units' embeddings, found exactly in a
small corpus and through random-hyperplane buckets in a large one, plus the articles sharing the
rarest names and figures with it); then, inside each such pair of articles, the pairs of units
whose embeddings are close or that share a rare figure, name or word in the inverted index.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from viewer.analysis.claims.clock import Section, clock_sections, section_days
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.incident_days import lede
from viewer.analysis.claims.trends import trends
from viewer.analysis.distinct import distinct

NEIGHBOURS = 30  # nearest articles kept for each article
EVIDENCE_NEIGHBOURS = 10  # articles kept for each article by the rare names and figures it shares with them
EXACT_UP_TO = 1500  # articles compared all against all below this
_TABLES = 48
_BUCKET_TARGET = 16  # articles a hash bucket holds on average
_BUCKET_LIMIT = 4 * _BUCKET_TARGET  # a bucket or name shared by more articles is not searched
_NAME_POSTINGS = 50  # a name in more articles than this says little about one story
UNIT_COSINE = 0.35  # below this, two units' meanings are too far apart to be one claim
UNIT_BEST = 3  # a unit is compared with its few closest units in the other article
QUERIES_PER_BLOCK = 256  # articles whose nearest one block finds
POOLED_PER_BLOCK = 20_000  # centroids (30 MB) at most that one block carries to a worker
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]  # map(function, items), in order


@dataclass(frozen=True)
class Article:
    """An article as candidate search sees it: its units, their mean direction, its names, the
    figures it counts (value, what it counts), the months its units date what they state to, the streets its
    addresses give (`streets.stated_streets`, read by `anchors.placed_checked`) and each unit's clock section
    (`clock.clock_sections`, read by `clock_checked`)."""

    document: int
    units: np.ndarray  # indices into the corpus's unit list
    centroid: np.ndarray
    names: frozenset[str]
    figures: frozenset[tuple[float, str]] = frozenset()
    dates: frozenset[tuple[int, int]] = frozenset()  # (sentence, month 1-12) of each date stated (`dates.stated_dates`)
    streets: frozenset[str] = frozenset()
    sections: tuple[Section, ...] = ()  # each unit's clock section, in the order of ``units``
    days: tuple[frozenset[str], ...] = ()  # each unit's section's weekdays (`clock.section_days`), in that order
    lede_days: frozenset[str] = frozenset()  # the weekdays its lede gives its shooting (`incident_days.shooting_days`)
    lede_acts: frozenset[str] = frozenset()  # the acts its lede dates to a weekday (`dated_acts.dated_acts`)
    lede_trends: frozenset[str] = frozenset()  # the measures its lede tells moving up or down (`trends.trends`)
    lede_levels: frozenset[str] = frozenset()  # the levels its lede tells a measure moving to (`trend_levels`)


def articles(units: Sequence[ClaimUnit], vectors: np.ndarray) -> list[Article]:
    """One record per document, in document order."""
    by_document: dict[int, list[int]] = defaultdict(list)
    for k, unit in enumerate(units):
        by_document[unit.document].append(k)
    out = []
    for document in sorted(by_document):
        members = np.array(by_document[document])
        centroid = computed(vectors[members]).mean(axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
        names = frozenset(n for k in members for n in units[k].features.names)
        dates = frozenset((units[k].features.sentence, m) for k in members for m in units[k].features.months)
        streets = frozenset(s for k in members for s in units[k].features.streets)
        own = [units[k] for k in members]
        out.append(Article(document, members, centroid, names, article_figures(own), dates, streets, *unit_sections(own),
                           lede_days(own), lede_acts(own), lede_trends(own), lede_levels(own)))
    return out


def unit_sections(units: Sequence[ClaimUnit]) -> tuple[tuple[Section, ...], tuple[frozenset[str], ...]]:
    """Each of one article's units' clock section (`clock.clock_sections`), read sentence by sentence in the article's
    order: the times of day its sentences give and the ages its units give people, named or not; and each unit's days
    (`clock.section_days`: its section's weekdays, a lede's its own sentence's)."""
    sentences = sorted({u.features.sentence for u in units})
    given: dict[int, tuple[set[int], set[int]]] = {s: (set(), set()) for s in sentences}
    for u in units:
        times, ages = given[u.features.sentence]
        times.update(u.features.clock)
        ages.update(u.features.unnamed_ages)
        ages.update(a.age for a in u.features.ages or ())
    found = dict(zip(sentences, clock_sections([given[s] for s in sentences])))
    weekdays = {u.features.sentence: u.features.weekdays for u in units}
    days = dict(zip(sentences, section_days([found[s] for s in sentences], [weekdays[s] for s in sentences],
                                            [bool(given[s][0]) for s in sentences])))
    return tuple(found[u.features.sentence] for u in units), tuple(days[u.features.sentence] for u in units)


def lede_days(units: Sequence[ClaimUnit]) -> frozenset[str]:
    """The days one article's lede gives its shooting: what `incident_days.ledes_apart` compares of two reports."""
    return _lede_marks(units, lambda f: f.incident_days)


def lede_acts(units: Sequence[ClaimUnit]) -> frozenset[str]:
    """The acts one article's lede dates to a weekday: what `dated_acts.acts_apart` compares of two reports."""
    return _lede_marks(units, lambda f: f.dated_acts)


def lede_trends(units: Sequence[ClaimUnit]) -> frozenset[str]:
    """The measures one article's lede tells moving up or down, from its units' stored predicates: what
    `trends.trends_apart` compares of two reports."""
    return _lede_marks(units, lambda f: trends(f.predicates))


def lede_levels(units: Sequence[ClaimUnit]) -> frozenset[str]:
    """The levels one article's lede tells a measure moving to: what `trend_levels.levels_apart` compares of two
    reports."""
    return _lede_marks(units, lambda f: f.trend_levels)


def _lede_marks(units: Sequence[ClaimUnit], read: Callable[[UnitFeatures], Iterable[str]]) -> frozenset[str]:
    """What ``read`` finds in the units of one article's lede: its sentences up to `incident_days.lede`, the headline
    counted."""
    last = lede()
    return frozenset(m for u in units if u.features.sentence <= last for m in read(u.features))


def article_figures(units: Iterable[ClaimUnit]) -> frozenset[tuple[float, str]]:
    """The figures the units give with what they count ("47 dead": (47, "dead")): two reports of one
    event give the same toll, two events of one kind rarely do. A term ("sentenced to two years") is
    left out: the story model was fitted on articles read without terms, and one report of a story
    that also gives a sentence would weigh less against the others."""
    return frozenset((f.value, f.thing) for u in units for f in u.features.figures
                     if f.value is not None and f.thing and not f.term)


def in_reading_order(units: Iterable[ClaimUnit]) -> list[ClaimUnit]:
    """Units by document and position: the one order candidate search indexes them in."""
    return sorted(units, key=lambda u: (u.document, u.span.start, u.span.end))


def vector_of(unit: ClaimUnit) -> np.ndarray:
    """The unit's sentence vector; a unit stored before embeddings existed stops linking with what to do."""
    if unit.vector is None:
        raise ValueError(f"claim unit {unit.document}:{unit.span.start} has no embedding; analyse the document again")
    return unit.vector


def stacked(units: Sequence[ClaimUnit]) -> np.ndarray:
    """The units' vectors as one array, row k unit k's. The relink's units are read as the rows of one array, in
    reading order (`store.claim_units`): that array is taken as it is rather than copied (50 MB at 6,000 articles)."""
    vectors = [vector_of(u) for u in units]
    whole = vectors[0].base if vectors else None
    if isinstance(whole, np.ndarray) and whole.ndim == 2 and len(whole) == len(vectors) and all(
            v.base is whole and v.ctypes.data == whole.ctypes.data + k * whole.strides[0] for k, v in enumerate(vectors)):
        return whole
    return np.stack(vectors)


def computed(vectors: np.ndarray) -> np.ndarray:
    """Vectors as float32, the type every product and mean of them is taken in: the relink holds them fp16, as
    stored (`store.claim_units`), and casts only the rows one product takes, the same numbers as before."""
    return np.asarray(vectors, dtype=np.float32)


def neighbouring_documents(units: Sequence[ClaimUnit], mapper: Mapper = map) -> list[tuple[int, int]]:
    """The pairs of documents (lower id first, sorted) `article_pairs` finds: what the linker
    verifies and where a claim's thread looks for updates, found once for both."""
    ordered = in_reading_order(units)
    if not ordered:
        return []
    found = articles(ordered, stacked(ordered))
    return [(found[i].document, found[j].document) for i, j in article_pairs(found, mapper=mapper)]


def rare_names(found: Sequence[Article]) -> set[str]:
    """Names carried by few articles: a shared one is a sign of one story."""
    df = Counter(n for a in found for n in a.names)
    cap = _rare_cap(len(found))
    return {n for n, c in df.items() if 2 <= c <= cap}


def _rare_cap(articles: int) -> int:
    """The most articles a rare name or figure is carried by: a twentieth of a small corpus, `_NAME_POSTINGS` of a large one."""
    return max(3, min(_NAME_POSTINGS, articles // 20))


def evidence_keys(article: Article) -> set[str]:
    """What two reports of one story share and two stories of one kind seldom do: the names it gives (a town, a
    street, a victim) and the figures it counts with what they count ("4 wounded")."""
    return {"n:" + n for n in article.names} | {f"f:{value:g}:{thing}" for value, thing in article.figures}


def evidence_pairs(found: Sequence[Article], neighbours: int = EVIDENCE_NEIGHBOURS) -> np.ndarray:
    """Rows (i, j), i < j, for each article and the ``neighbours`` articles sharing the rarest evidence with it
    (`evidence_keys`, each weighted by how few articles carry it; the closer centroid first among equals).

    Among hundreds of reports of one kind (shootings, quakes), the mean of an article's units is near every other
    report's, and two reports of one incident worded apart ("Man Killed, 3 Wounded At NYE Party In Hawthorne", "Man
    killed in shooting at New Year's party in Hawthorne identified") are not among each other's nearest 30 by it;
    what tells them from the rest is the town, the street and the toll they share. Only keys carried by few
    articles (`_rare_cap`) are read, so the work grows with the corpus, not its square. The story gate still
    decides whether such a pair reports one story."""
    keys = [evidence_keys(a) for a in found]
    df = Counter(k for held in keys for k in held)
    cap = _rare_cap(len(found))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, held in enumerate(keys):
        for k in held:
            if 2 <= df[k] <= cap:
                postings[k].append(i)
    weight = {k: float(np.log(len(found) / df[k])) for k in postings}
    rows: list[tuple[int, int]] = []
    for i, held in enumerate(keys):
        shared: Counter[int] = Counter()
        for k in held & weight.keys():
            shared.update(dict.fromkeys(postings[k], weight[k]))
        shared.pop(i, None)
        rows.extend((min(i, j), max(i, j)) for j in _most_shared(found, i, shared, neighbours))
    return np.array(rows, dtype=np.int64).reshape(-1, 2)


def _most_shared(found: Sequence[Article], i: int, shared: Counter[int], count: int) -> list[int]:
    """The ``count`` articles sharing the most with article ``i``, the closer centroid first among equals: only the
    articles reaching the ``count``-th weight are compared by centroid (a common name reaches hundreds)."""
    if not shared:
        return []
    others = np.fromiter(shared.keys(), dtype=np.int64, count=len(shared))
    weights = np.fromiter(shared.values(), dtype=np.float64, count=len(shared))
    if len(others) > count:
        reaching = weights >= np.partition(weights, len(weights) - count)[len(weights) - count]
        others, weights = others[reaching], weights[reaching]
    cosines = np.stack([found[j].centroid for j in others.tolist()]) @ found[i].centroid
    return others[np.lexsort((others, -cosines, -weights))][:count].tolist()


@dataclass(frozen=True)
class NeighbourBlock:
    """Some articles (the queries) with, for each, the articles it may pair with (its pool), and
    the centroids of every article named: all a worker needs to find the queries' nearest.

    In this process a block refers to the corpus's centroid array itself (``centroids`` longer than ``members``):
    copying its members' rows for each block cost the square of the corpus, as a block's pools name nearly every
    article up to 20,000. Sent to a worker (pickled), it carries only its members' rows."""

    queries: tuple[int, ...]  # corpus-wide article indices
    pools: tuple[np.ndarray, ...] | None  # each query's pool (sorted article indices); None: every member
    members: np.ndarray  # the article indices whose centroids a worker needs, sorted
    centroids: np.ndarray  # row k members[k]'s centroid, or the whole corpus's, row i article i's
    neighbours: int

    def rows(self, articles: np.ndarray) -> np.ndarray:
        """Where the articles' centroids are in ``centroids``."""
        return np.searchsorted(self.members, articles) if len(self.centroids) == len(self.members) else articles

    def __reduce__(self):
        carried = self.centroids[self.rows(self.members)] if len(self.centroids) != len(self.members) else self.centroids
        return NeighbourBlock, (self.queries, self.pools, self.members, carried, self.neighbours)


def article_pairs(found: Sequence[Article], neighbours: int = NEIGHBOURS, mapper: Mapper = map) -> list[tuple[int, int]]:
    """Index pairs (i < j) of articles to compare: each article's nearest, by centroid cosine, among
    every article in a small corpus or its pool in a large one, and those sharing its rarest evidence
    (`evidence_pairs`). Here only the pools are cut into blocks; ``mapper`` runs `nearest_pairs` on
    each (as ``map`` would, or on a cluster). The blocks' pairs are merged as arrays: as Python tuples
    in a set, the 480,000 found at 16,000 articles cost more than finding them."""
    if len(found) < 2:
        return []
    centroids = np.stack([a.centroid for a in found])
    blocks = _exact_blocks(centroids, neighbours) if len(found) <= EXACT_UP_TO else _bucket_blocks(centroids, found, neighbours)
    parts = [np.asarray(found_pairs, dtype=np.int64).reshape(-1, 2) for found_pairs in mapper(nearest_pairs, blocks)]
    parts.append(evidence_pairs(found))
    pairs = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)
    codes = distinct(pairs[:, 0] * len(found) + pairs[:, 1])  # ordered as the (i, j) tuples are
    return list(zip((codes // len(found)).tolist(), (codes % len(found)).tolist()))


def nearest_pairs(block: NeighbourBlock) -> np.ndarray:
    """Rows (i, j), i < j, for each query and each of its ``neighbours`` nearest articles in its pool.

    A query's cosines stay one product of its pool's centroids (in index order, itself left out)
    with its own centroid: the last bit of a cosine depends on where its row sits in the product,
    and a last bit can decide a tie for the last place kept."""
    pools = [block.members] * len(block.queries) if block.pools is None else list(block.pools)
    rows = block.rows(np.concatenate(pools)) if pools else np.zeros(0, dtype=np.int64)
    own = block.rows(np.array(block.queries, dtype=np.int64))
    ends = np.cumsum([len(p) for p in pools])
    queries: list[int] = []
    partners: list[np.ndarray] = []
    for q, i in enumerate(block.queries):
        pool, pool_rows = pools[q], rows[ends[q] - len(pools[q]):ends[q]]
        others = pool != i
        if not others.any():
            continue
        pool, pool_rows = pool[others], pool_rows[others]
        scores = block.centroids[pool_rows] @ block.centroids[own[q]]
        partners.append(pool[highest(scores, block.neighbours)])
        queries.append(i)
    if not partners:
        return np.zeros((0, 2), dtype=np.int64)
    mine = np.repeat(np.array(queries, dtype=np.int64), [len(p) for p in partners])
    theirs = np.concatenate(partners).astype(np.int64)
    return np.stack([np.minimum(mine, theirs), np.maximum(mine, theirs)], axis=1)


def highest(scores: np.ndarray, count: int) -> np.ndarray:
    """The positions of the ``count`` highest scores, highest first and the first position first among equals, as
    a stable sort of every score gives them; only the scores that reach the ``count``-th highest are sorted (an
    article's pool holds ~800 articles, of which 30 are kept)."""
    negated = -scores
    if len(negated) <= count:
        return np.argsort(negated, kind="stable")
    last = np.partition(negated, count - 1)[count - 1]
    if np.isnan(last):  # fewer than ``count`` numbers: NaNs sort last either way
        return np.argsort(negated, kind="stable")[:count]
    reaching = np.flatnonzero(negated <= last)
    return reaching[np.argsort(negated[reaching], kind="stable")[:count]]


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
    block's queries share buckets, and a block carrying more than POOLED_PER_BLOCK centroids is
    halved until it does not (or holds one query)."""
    buckets = _Buckets(centroids, found)
    order = np.argsort(buckets.first_key, kind="stable")
    for start in range(0, len(order), QUERIES_PER_BLOCK):
        queries = order[start:start + QUERIES_PER_BLOCK]
        yield from _pooled_blocks(queries, buckets.pools(queries), centroids, neighbours)


def _pooled_blocks(queries: np.ndarray, pools: list[np.ndarray], centroids: np.ndarray,
                   neighbours: int) -> Iterator[NeighbourBlock]:
    members = distinct(np.concatenate(pools))  # each pool holds its own query
    if len(members) > POOLED_PER_BLOCK and len(queries) > 1:
        half = len(queries) // 2
        yield from _pooled_blocks(queries[:half], pools[:half], centroids, neighbours)
        yield from _pooled_blocks(queries[half:], pools[half:], centroids, neighbours)
        return
    yield NeighbourBlock(tuple(queries.tolist()), tuple(pools), members, centroids, neighbours)


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
        return self.pools(np.array([i]))[0]

    def pools(self, queries: np.ndarray) -> list[np.ndarray]:
        """`pool` of each query, gathered for all of them at once: the ranges of every table's
        buckets and the rare names' postings laid end to end, each entry tagged with its query,
        and sorted once (per article, its 48 slices cost more than the articles in them)."""
        n = len(self.found)
        starts, ends = self.starts[:, queries], self.ends[:, queries]  # tables × queries
        sizes = ends - starts
        kept = sizes <= _BUCKET_LIMIT
        owner = np.broadcast_to(np.arange(len(queries)), sizes.shape)[kept]
        table = np.broadcast_to(np.arange(len(sizes))[:, None], sizes.shape)[kept]
        lows, counts = starts[kept], sizes[kept]
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        entries = [self.order[np.repeat(table, counts), np.repeat(lows, counts) + offsets] + n * np.repeat(owner, counts),
                   np.arange(len(queries)) * n + queries]  # a query is in its own pool
        for q, i in enumerate(queries.tolist()):
            entries.extend(self.names[name] + n * q for name in self.found[i].names if name in self.names)
        tagged = distinct(np.concatenate(entries))
        cuts = np.searchsorted(tagged, np.arange(1, len(queries)) * n)
        return [part - n * q for q, part in enumerate(np.split(tagged, cuts))]


def unit_pairs(a: Article, b: Article, vectors: np.ndarray, indexed: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
    """(unit, unit, cosine) for the pairs worth verifying between two articles: each unit's few
    closest units in the other article above UNIT_COSINE, and the pairs the index found."""
    similarity = computed(vectors[a.units]) @ computed(vectors[b.units]).T
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
