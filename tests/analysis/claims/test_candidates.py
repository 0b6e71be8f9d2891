"""Candidate search: nearest articles (exact when small, hashed buckets when large), then close units."""
from __future__ import annotations

import pickle

import numpy as np
import pytest

from viewer.analysis.claims import candidates
from viewer.analysis.claims.candidates import Article, article_pairs, unit_pairs


def _stories(count: int, size: int, width: int = 384, spread: float = 0.6, seed: int = 0) -> list[Article]:
    """Articles in stories of ``size``: each article's direction is its story's plus noise."""
    rng = np.random.default_rng(seed)
    out = []
    for story in range(count):
        centre = rng.standard_normal(width)
        for k in range(size):
            v = centre / np.linalg.norm(centre) + spread * rng.standard_normal(width) / np.sqrt(width)
            out.append(Article(story * size + k, np.array([story * size + k]), (v / np.linalg.norm(v)).astype(np.float32), frozenset()))
    return out


@pytest.mark.parametrize("count", [20, 600])  # all against all, then hashed buckets (2,400 articles)
def test_nearest_articles_find_every_story_and_stay_near_linear(count, monkeypatch):
    monkeypatch.setattr(candidates, "EXACT_UP_TO", 1500)
    found = _stories(count, 4)
    pairs = set(article_pairs(found, neighbours=5))
    same_story = {(i, j) for i in range(len(found)) for j in range(i + 1, len(found)) if i // 4 == j // 4}
    assert len(same_story & pairs) / len(same_story) >= 0.97
    assert len(pairs) <= 5 * len(found)


def test_unit_pairs_keep_close_units_and_indexed_ones_only():
    vectors = np.eye(6, dtype=np.float32)
    vectors[3] = vectors[0]  # unit 3 (second article) means what unit 0 means
    a = Article(1, np.array([0, 1, 2]), vectors[0], frozenset())
    b = Article(2, np.array([3, 4, 5]), vectors[3], frozenset())
    assert unit_pairs(a, b, vectors) == [(0, 3, 1.0)]
    assert sorted(unit_pairs(a, b, vectors, {(1, 4)})) == [(0, 3, 1.0), (1, 4, 0.0)]


def _closest_pairs_as_defined(a: Article, b: Article, vectors: np.ndarray) -> list[tuple[int, int, float]]:
    """Unit pairs above the cosine floor where either unit is among the other's three closest."""
    similarity = vectors[a.units] @ vectors[b.units].T
    rows = np.argsort(-similarity, axis=1)[:, :3]
    columns = np.argsort(-similarity, axis=0)[:3, :]
    return [(int(a.units[x]), int(b.units[y]), float(similarity[x, y]))
            for x in range(len(a.units)) for y in range(len(b.units))
            if similarity[x, y] >= candidates.UNIT_COSINE and (y in rows[x] or x in columns[:, y])]


@pytest.mark.parametrize("sizes", [(2, 9), (5, 3), (7, 6), (12, 10)])
def test_unit_pairs_keep_each_units_closest_few_in_the_other_article(sizes):
    """Long articles: a unit pairs only with its few closest units in the other article (or is one
    of theirs); short ones: every close pair, as no unit has more than a few to choose from."""
    rng = np.random.default_rng(sum(sizes))
    left, right = sizes
    base = rng.standard_normal((1, 16))
    vectors = (base + 0.8 * rng.standard_normal((left + right, 16))).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    a = Article(1, np.arange(left), vectors[0], frozenset())
    b = Article(2, np.arange(left, left + right), vectors[left], frozenset())
    found = unit_pairs(a, b, vectors)
    assert sorted(found) == sorted(_closest_pairs_as_defined(a, b, vectors))
    assert len(found) < left * right or min(sizes) <= 3  # the limit applied where both are long


def _cut_into_blocks(found: list[Article], monkeypatch, **settings) -> tuple[list[tuple[int, int]], list]:
    """The article pairs found with these block settings, and the blocks the mapper was handed."""
    for name, value in settings.items():
        monkeypatch.setattr(candidates, name, value)
    seen = []

    def recording_map(function, blocks):
        for block in blocks:
            seen.append(block)
            yield function(block)

    return article_pairs(found, neighbours=5, mapper=recording_map), seen


@pytest.mark.parametrize("stories", [150, 600])  # all against all, then hashed buckets (2,400 articles)
def test_nearest_articles_do_not_depend_on_how_the_corpus_is_cut_into_blocks(stories, monkeypatch):
    monkeypatch.setattr(candidates, "EXACT_UP_TO", 1500)
    found = _stories(stories, 4)
    whole = article_pairs(found, neighbours=5)
    pairs, seen = _cut_into_blocks(found, monkeypatch, QUERIES_PER_BLOCK=3)
    assert pairs == whole
    assert len(seen) == len(found) // 3 and sorted(q for b in seen for q in b.queries) == list(range(len(found)))
    if len(found) > candidates.EXACT_UP_TO:  # a bucketed block carries its queries' pools, not the corpus
        assert all(set(b.members) == set(b.queries).union(*map(set, b.pools)) for b in seen)
        assert np.mean([len(b.members) for b in seen]) < len(found) / 2


@pytest.mark.parametrize("exact_up_to", [1500, 100])  # 400 articles all against all, then in hashed buckets
def test_linking_with_the_neighbouring_documents_found_once_makes_the_links_it_finds_itself(exact_up_to, monkeypatch):
    # A relink finds the neighbouring documents once, for linking and for threads: handed to the
    # linker by document id, they must give exactly the links it makes when it finds them itself.
    from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
    from viewer.analysis.claims.linking import link_claims
    from viewer.corpus.spans import Span

    monkeypatch.setattr(candidates, "EXACT_UP_TO", exact_up_to)
    rng = np.random.default_rng(4)
    units = []
    for story, article in enumerate(_stories(100, 4, spread=0.3)):
        for k in range(3):  # three sentences per article, each its story's with a little noise
            v = rng.standard_normal(384).astype(np.float32) * 0.02 + np.roll(article.centroid, k)
            features = UnitFeatures(terms=[f"t{story // 4}-{k}", f"w{k}"], names=[f"n{story // 4}"])
            units.append(ClaimUnit(article.document + 1, Span(100 * k, 100 * k + 60), features, v / np.linalg.norm(v)))
    texts = {u.document: "x" * 400 for u in units}
    near = candidates.neighbouring_documents(units)
    linked = link_claims(units, texts)
    assert len(linked) > 50
    assert link_claims(units[::-1], texts, near=near) == linked


def test_pools_found_for_a_block_at_once_are_each_articles_buckets_and_rare_names(monkeypatch):
    # A pool as defined: the articles of every bucket of the article's (a bucket above the limit
    # left out) and of every rare name it carries, itself included; gathered for many at once.
    found = [Article(a.document, a.units, a.centroid, frozenset({f"n{a.document // 8}", f"m{a.document % 5}"}))
             for a in _stories(500, 4)]
    buckets = candidates._Buckets(np.stack([a.centroid for a in found]), found)
    queries = np.array([0, 17, 399, 1999, 1234])
    for i, pool in zip(queries.tolist(), buckets.pools(queries)):
        expected = {i}
        for table in range(len(buckets.keys)):
            same = np.flatnonzero(buckets.keys[table] == buckets.keys[table][i])
            if len(same) <= candidates._BUCKET_LIMIT:
                expected.update(same.tolist())
        for name in found[i].names:
            if name in buckets.names:
                expected.update(buckets.names[name].tolist())
        assert pool.tolist() == sorted(expected)
        assert np.array_equal(buckets.pool(i), pool)


def test_a_block_carrying_too_many_centroids_is_halved_and_finds_the_same_pairs(monkeypatch):
    monkeypatch.setattr(candidates, "EXACT_UP_TO", 1500)
    found = _stories(500, 4)
    whole = article_pairs(found, neighbours=5)
    pairs, seen = _cut_into_blocks(found, monkeypatch, POOLED_PER_BLOCK=300)
    assert pairs == whole
    assert all(len(b.members) <= 300 or len(b.queries) == 1 for b in seen)
    assert sorted(q for b in seen for q in b.queries) == list(range(len(found)))


def test_a_block_sent_to_a_worker_carries_its_members_centroids_alone_and_finds_the_same_pairs(monkeypatch):
    # In this process a block refers to the corpus's centroids (a copy per block cost the square of the corpus);
    # pickled, as Dask sends it, it carries only the rows its pools name, and finds the very same nearest.
    monkeypatch.setattr(candidates, "EXACT_UP_TO", 1500)
    found = _stories(600, 4)
    whole = article_pairs(found, neighbours=5)
    monkeypatch.setattr(candidates, "QUERIES_PER_BLOCK", 3)
    sent = []

    def pickling_map(function, blocks):
        for block in blocks:
            sent.append(pickle.loads(pickle.dumps(block)))
            yield function(sent[-1])

    assert article_pairs(found, neighbours=5, mapper=pickling_map) == whole
    assert all(len(b.centroids) == len(b.members) for b in sent)
    assert np.mean([len(b.members) for b in sent]) < len(found) / 2
    centroids = np.stack([a.centroid for a in found])
    assert all(np.array_equal(b.centroids, centroids[b.members]) for b in sent)


@pytest.mark.parametrize("seed", range(40))
def test_the_highest_scores_are_those_a_stable_sort_of_every_score_keeps(seed):
    # ties (at the last place kept too), NaNs and pools shorter than the count, on made-up scores
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 80))
    scores = rng.choice(rng.standard_normal(int(rng.integers(1, 12))), size).astype(np.float32)
    if seed % 4 == 0:
        scores[rng.integers(0, size, 3)] = np.nan
    if seed % 5 == 0:
        scores[rng.integers(0, size, 2)] = -0.0
    for count in (1, 5, 30):
        expected = np.argsort(-scores, kind="stable")[:count]
        assert candidates.highest(scores, count).tolist() == expected.tolist()


def _shooting_reports(seed: int = 0) -> list[Article]:
    """40 reports of 20 shootings, all worded alike (one direction plus noise), each naming its town and street:
    the two reports of incident 0 are worded furthest apart of all, and share only their rare street and town."""
    rng = np.random.default_rng(seed)
    kind = rng.standard_normal(64)
    common = {"police", "shooting"}
    out = []
    for k in range(40):
        incident = k // 2
        v = kind / np.linalg.norm(kind) + 0.5 * rng.standard_normal(64) / 8
        if k in (0, 1):  # worded apart: each leans away from the kind, opposite ways
            v = v + (1.5 if k == 0 else -1.5) * rng.standard_normal(64) / 8
        names = common | {f"street{incident}", f"town{incident}"}
        out.append(Article(k, np.array([k]), (v / np.linalg.norm(v)).astype(np.float32), frozenset(names)))
    return out


def test_two_reports_of_one_incident_worded_apart_are_compared_through_the_rare_street_they_share():
    found = _shooting_reports()
    centroids = np.stack([a.centroid for a in found])
    ranks = np.argsort(-(centroids @ centroids[0]))
    assert 1 not in ranks[1:6].tolist()  # not among the first report's five nearest by meaning
    centroid_only = set(map(tuple, np.concatenate(list(map(candidates.nearest_pairs, candidates._exact_blocks(centroids, 5))))))
    assert (0, 1) not in centroid_only
    assert (0, 1) in set(article_pairs(found, neighbours=5))


def test_names_every_report_carries_pair_nothing_and_each_report_keeps_its_few_best():
    found = _shooting_reports()
    pairs = {tuple(p) for p in candidates.evidence_pairs(found, neighbours=3).tolist()}
    assert pairs == {(k, k + 1) for k in range(0, 40, 2)}  # "police" and "shooting" are in every report
    crowd = [Article(k, np.array([k]), found[k].centroid, frozenset({"lakewood"} | ({"elm"} if k < 2 else set())))
             for k in range(40)]
    assert {tuple(p) for p in candidates.evidence_pairs(crowd, neighbours=3).tolist()} == {(0, 1)}
