"""Candidate pairs cut into blocks that carry everything verifying them needs.

Linking's heavy part is verifying: for every pair of neighbouring articles (`candidates.article_pairs`),
find the unit pairs worth comparing (close embeddings, or a rare key shared in the inverted
index), ask the story model whether the articles report one story, and score those pairs with
the pair model. A block is a run of such article pairs with their units' features, vectors and
word pieces, the term and word-piece weights, each unit's rarest index keys (read once against the
corpus-wide counts) and the rare names they carry, so `verify_block` needs nothing else: it runs the same in this process or on a
Dask worker, and its results (in corpus-wide unit indices) come back to the linker, which groups
them into claims.
"""
from __future__ import annotations

import hashlib
import pickle
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

import numpy as np

from viewer.analysis.claims.anchors import bare_checked, clock_checked, placed_checked
from viewer.analysis.claims.candidates import Article, computed, unit_pairs
from viewer.analysis.claims.clock import is_roundup
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.dated_acts import acts_apart
from viewer.analysis.claims.incident_days import ledes_apart
from viewer.analysis.claims.trend_levels import levels_apart
from viewer.analysis.claims.trends import trends_apart
from viewer.analysis.claims.index import RareKeys, shared_key_pairs
from viewer.analysis.claims.pieces import AlignedPieces, WordPieces
from viewer.analysis.claims.story_words import Told, piece_counts, story_checked, told
from viewer.analysis.claims.streets import streets_apart
from viewer.analysis.claims.verifier import (
    VETOED, PieceWeights, TermWeights, UnitSigns, Verifier, YearMonth, dated_apart, never_one_claim,
    pair_scores, recap_checked, signs_of_pair, story_features, word_checked,
)
from viewer.analysis.claims.vocabulary import term

BLOCK_PAIRS = 400  # article pairs per block: a few seconds of verifying, a few MB to send

# The story gate's vetoes, by name: each parts two articles whatever the gate model's probability (`verify_block`);
# bench/gate_fates.py reads them by name to say which one loses a pair.
STORY_VETOES: tuple[tuple[str, Callable[[Article, Article, Verifier], bool]], ...] = (
    ("lede months", lambda a, b, model: dated_apart(a.dates, b.dates, model.dated_lead)),
    ("incident days", lambda a, b, _model: ledes_apart(a.lede_days, b.lede_days)),
    ("dated acts", lambda a, b, _model: acts_apart(a.lede_acts, b.lede_acts)),
    ("trends", lambda a, b, _model: trends_apart(a.lede_trends, b.lede_trends)),
    ("trend levels", lambda a, b, _model: levels_apart(a.lede_levels, b.lede_levels)),
)


@dataclass(frozen=True)
class CandidateBlock:
    """Article pairs (by local article index) and what verifying them needs."""

    pairs: tuple[tuple[int, int], ...]
    articles: tuple[Article, ...]  # units are local indices into features/vectors
    unit_ids: np.ndarray  # the corpus-wide index of each local unit
    features: tuple[UnitFeatures, ...]
    vectors: np.ndarray
    pieces: tuple[WordPieces | None, ...]
    weights: TermWeights
    piece_weights: PieceWeights
    rare_keys: tuple[frozenset[str], ...]  # each local unit's rarest index keys (`RareKeys.of_unit`)
    rare: frozenset[str]
    model: Verifier
    published: Mapping[int, YearMonth] = field(default_factory=dict)  # the dated articles' year and month (`recap_checked`)


@dataclass(frozen=True)
class VerifiedBlock:
    # (document, document, story probability) of every pair weighed; VETOED where their leads date two months (`dated_apart`)
    stories: tuple[tuple[int, int, float], ...]
    scores: tuple[tuple[int, int, float], ...]  # (unit, unit, probability), corpus-wide indices


def candidate_blocks(
    pairs: Sequence[tuple[int, int]], found: Sequence[Article], units: Sequence[ClaimUnit], vectors: np.ndarray,
    keys: RareKeys, weights: tuple[TermWeights, PieceWeights], rare: set[str], model: Verifier, size: int = BLOCK_PAIRS,
    published: Mapping[int, YearMonth] | None = None,
) -> Iterator[CandidateBlock]:
    """The article ``pairs`` (indices into ``found``), ``size`` at a time, made self-contained
    (``published``: each dated document's year and month of publication). A unit's
    rarest keys are read once, when its first block is cut: an article sits in the blocks of all its
    neighbours, and reading its units' keys again in each was a fifth of cutting the blocks."""
    rare_keys = _RareKeysOfUnits(units, keys)
    for start in range(0, len(pairs), size):
        yield _block(pairs[start:start + size], found, units, vectors, rare_keys, weights, rare, model, published or {})


class _RareKeysOfUnits:
    """Each unit's `RareKeys.of_unit`, worked out at the first asking and kept."""

    def __init__(self, units: Sequence[ClaimUnit], keys: RareKeys) -> None:
        self.units, self.keys = units, keys
        self.found: list[frozenset[str] | None] = [None] * len(units)

    def __getitem__(self, unit: int) -> frozenset[str]:
        found = self.found[unit]
        if found is None:
            found = self.found[unit] = self.keys.of_unit(self.units[unit].features)
        return found


def _block(chunk, found, units, vectors, rare_keys: _RareKeysOfUnits, weights: tuple[TermWeights, PieceWeights],
           rare: set[str], model: Verifier, published: Mapping[int, YearMonth]) -> CandidateBlock:
    involved = sorted({k for x, y in chunk for k in (x, y)})
    local_article = {k: n for n, k in enumerate(involved)}
    unit_ids = np.concatenate([found[k].units for k in involved])
    articles, offset = [], 0
    for k in involved:
        a = found[k]
        articles.append(replace(a, units=np.arange(offset, offset + len(a.units))))
        offset += len(a.units)
    features = tuple(units[int(u)].features for u in unit_ids)
    block_pairs = tuple((local_article[x], local_article[y]) for x, y in chunk)
    names = frozenset(n for a in articles for n in a.names) & rare
    terms = {t for f in features for t in f.terms}
    pieces = tuple(units[int(u)].pieces for u in unit_ids)
    return CandidateBlock(block_pairs, tuple(articles), unit_ids, features, vectors[unit_ids], pieces, weights[0].restricted(terms),
                          weights[1].restricted(pieces), tuple(rare_keys[int(u)] for u in unit_ids), names, model,
                          {a.document: published[a.document] for a in articles if a.document in published})


def verify_block(block: CandidateBlock) -> VerifiedBlock:
    """For each article pair: its candidate unit pairs, the story gate (which refuses, whatever its
    probability, by `STORY_VETOES`, two articles whose leads date what they report to different months, `dated_apart`, date one act to
    days that cannot be one, `dated_acts.acts_apart`, tell one measure moving opposite ways, `trends.trends_apart`, or
    reaching levels none of which is the other's, `trend_levels.levels_apart`),
    then the pair model (and its veto, `never_one_claim`) on the unit pairs of those that pass, and the checks after it
    (the last two, `anchors.bare_checked` and `anchors.placed_checked`, read all the article pair's accepted unit pairs
    at once, the second with the streets each article's units give). A
    unit's signs are worked out once, when it first meets another (it meets dozens)."""
    stories, scores = [], []
    ids, story, pair = block.unit_ids, block.model.story, block.model.pair
    signs: list[UnitSigns | None] = [None] * len(block.features)
    aligned: list[AlignedPieces | None] = [None] * len(block.features)
    counts: dict[int, Counter] = {}  # each article's `story_words.piece_counts`, by document
    for a, b, found, row in _article_pairs(block):
        probability = float(story.probability(np.array([row]))[0])
        if any(apart(a, b, block.model) for _name, apart in STORY_VETOES):
            probability = VETOED
        stories.append((a.document, b.document, probability))
        if probability < story.threshold:
            continue
        rows = np.array([signs_of_pair(_signs(signs, i, block), _signs(signs, j, block), c, block.weights) for i, j, c in found])
        conflicts = [never_one_claim(block.features[i], block.features[j]) for i, j, _c in found]
        checked = word_checked(pair_scores(pair, rows, conflicts), block.model,
                               lambda k: (_pieces(aligned, found[k][0], block), _pieces(aligned, found[k][1], block)))
        dated = (block.published.get(a.document), block.published.get(b.document))
        checked = recap_checked(checked, block.model, lambda k: (block.features[found[k][0]], block.features[found[k][1]]),
                                lambda _k: dated)
        checked = story_checked(checked, pair.threshold, block.model.story_words,
                                lambda k: (_told(aligned, found[k][0], block, _counts(counts, a, block)),
                                           _told(aligned, found[k][1], block, _counts(counts, b, block))),
                                block.model.lead)
        keyed = partial(_keyed_pair, block, found)
        checked = bare_checked(checked, pair.threshold, keyed, block.rare)
        checked = placed_checked(checked, pair.threshold, keyed, block.rare, streets_apart(a.streets, b.streets))
        roundups = is_roundup(a.sections) and is_roundup(b.sections)
        checked = clock_checked(checked, pair.threshold, keyed, block.rare,
                                _of_units(a, b, found, "sections") if roundups else None,
                                _people(a, b, block) if roundups else frozenset(),
                                _of_units(a, b, found, "days") if roundups and a.days and b.days else None)
        scores.extend((int(ids[i]), int(ids[j]), float(p)) for (i, j, _c), p in zip(found, checked))
    return VerifiedBlock(tuple(stories), tuple(scores))


def _of_units(a: Article, b: Article, found: Sequence[tuple[int, int, float]], field: str) -> Callable[[int], tuple]:
    """The k-th candidate pair's two units' entries of an article's per-unit ``field`` (``sections``: `clock`'s
    sections, ``days``: `clock.section_days`): what `anchors.clock_checked` compares of two round-ups."""
    of = {int(u): x for article in (a, b) for u, x in zip(article.units, getattr(article, field))}
    return lambda k: (of[found[k][0]], of[found[k][1]])


def _people(a: Article, b: Article, block: CandidateBlock) -> frozenset[str]:
    """The surnames (as names are keyed, `vocabulary.term`) of the people either article gives an age: whom a name
    `anchors.clock_checked` lets join two round-ups' sentences must be."""
    return frozenset(term(person.surname) for article in (a, b) for u in article.units
                     for person in block.features[int(u)].ages or ())


def _keyed_pair(block: CandidateBlock, found: Sequence[tuple[int, int, float]],
                k: int) -> tuple[tuple[UnitFeatures, frozenset[str]], ...]:
    """The k-th candidate pair's two units, each as its features and its rarest index keys: what the checks after
    the pair model compare."""
    return tuple((block.features[u], block.rare_keys[u]) for u in found[k][:2])


# Blocks verified in this process, by what they hold, once `keep_verified_blocks` is called (None before): a hand link
# relinks the whole corpus, but its blocks are those of the link before (a link changes what is joined, not what is
# compared), and verifying them was half of a link's CPU.
_VERIFIED: dict[bytes, VerifiedBlock] | None = None
VERIFIED_KEPT = 256  # blocks; a relink cuts a few per hundred articles


def keep_verified_blocks() -> None:
    """From here on, keep what each block verified gives for this process's next relinks: the window's (a hand link
    relinks again and again). Not where a process relinks once, as `provenance analyze` or a fit does: there no block
    is ever asked for again, and digesting each was 8 % of the relink."""
    global _VERIFIED
    if _VERIFIED is None:
        _VERIFIED = {}


def verified_blocks(spread: Callable[[Callable, Iterable], Iterable[VerifiedBlock]],
                    cut: Iterable[CandidateBlock]) -> Iterator[VerifiedBlock]:
    """`verify_block` of each block, in order, through ``spread`` for those not verified before in this process
    (every block, unless `keep_verified_blocks` was called).
    A block is known by the digest of all it holds, its model's weights too: each relink reads the model afresh, and
    a fit tries thousands of models on the same blocks. Blocks are cut, known and verified one at a time as ``spread``
    asks for them, as without the kept blocks: holding every block of a relink at once took its peak at 2,000 bench
    articles from 240 to 487 MB."""
    kept = _VERIFIED
    if kept is None:
        yield from spread(verify_block, cut)
        return
    parts: dict[int, tuple[object, bytes]] = {}
    order: deque[tuple[bytes, bool]] = deque()  # each block's key, and whether it goes to ``spread``, as cut

    def unknown() -> Iterator[CandidateBlock]:
        for block in cut:
            key = content_key(block, parts)
            order.append((key, key not in kept))
            if order[-1][1]:
                yield block

    for verified in spread(verify_block, unknown()):
        yield from _known_before(order, kept)
        kept[order.popleft()[0]] = verified
        yield verified
    yield from _known_before(order, kept)
    for key in list(kept)[:max(0, len(kept) - VERIFIED_KEPT)]:  # the oldest go
        del kept[key]


def _known_before(order: deque[tuple[bytes, bool]], kept: dict[bytes, VerifiedBlock]) -> Iterator[VerifiedBlock]:
    """The kept results of the blocks cut before the next one sent to be verified."""
    while order and not order[0][1]:
        yield kept[order.popleft()[0]]


def content_key(block: CandidateBlock, parts: dict[int, tuple[object, bytes]]) -> bytes:
    """The sha256 of the pickled block, each unit's features and word pieces stood for by their own digest.

    A unit sits in the blocks of all its article's neighbours (a dozen on average), and pickling its features
    again in each was four fifths of the digest. ``parts`` keeps each one's digest by object for one relink (and
    the object, so its id is not reused while it is kept)."""
    standing = replace(block, features=_digests(block.features, parts), pieces=_digests(block.pieces, parts))
    return hashlib.sha256(pickle.dumps(standing, protocol=5)).digest()


def _digests(items: Sequence[object], parts: dict[int, tuple[object, bytes]]) -> tuple[bytes, ...]:
    found = []
    for item in items:
        known = parts.get(id(item))
        if known is None:
            known = parts[id(item)] = (item, hashlib.sha256(pickle.dumps(item, protocol=5)).digest())
        found.append(known[1])
    return tuple(found)


def story_rows(block: CandidateBlock) -> list[tuple[int, int, list[float]]]:
    """(document, document, story signs) of each article pair that has candidate unit pairs: what the
    story model is fitted on, read as the gate in `verify_block` reads it."""
    return [(a.document, b.document, row) for a, b, _found, row in _article_pairs(block)]


def _article_pairs(block: CandidateBlock) -> Iterator[tuple[Article, Article, list[tuple[int, int, float]], list[float]]]:
    """Each article pair with candidate unit pairs, those pairs, and the pair's story signs."""
    rare_keys = block.rare_keys
    vectors = computed(block.vectors)  # cast once for the block: a unit meets dozens of articles in it
    for x, y in block.pairs:
        a, b = block.articles[x], block.articles[y]
        left, right = a.units.tolist(), b.units.tolist()
        shared = shared_key_pairs([rare_keys[i] for i in left], [rare_keys[j] for j in right])
        found = unit_pairs(a, b, vectors, [(left[i], right[j]) for i, j in shared])
        if not found:
            continue
        best = max(c for _i, _j, c in found)
        yield a, b, found, story_features(float(a.centroid @ b.centroid), best, a.names, b.names, block.rare, a.figures, b.figures)


def _signs(signs: list[UnitSigns | None], unit: int, block: CandidateBlock) -> UnitSigns:
    found = signs[unit]
    if found is None:
        found = signs[unit] = UnitSigns.of(block.features[unit], block.weights)
    return found


def _counts(counts: dict[int, Counter], article: Article, block: CandidateBlock) -> Counter:
    """The article's `story_words.piece_counts`, once: an article meets a dozen others in a block."""
    found = counts.get(article.document)
    if found is None:
        found = counts[article.document] = piece_counts(block.pieces[int(k)] for k in article.units)
    return found


def _told(aligned: list[AlignedPieces | None], unit: int, block: CandidateBlock, counts: Counter) -> Told:
    """The unit as `story_words.story_checked` reads it."""
    return told(_pieces(aligned, unit, block), block.pieces[unit], counts, block.features[unit].sentence)


def _pieces(aligned: list[AlignedPieces | None], unit: int, block: CandidateBlock) -> AlignedPieces:
    """The unit's word pieces decoded, once, and only for units in a pair the pair model accepts."""
    found = aligned[unit]
    if found is None:
        found = aligned[unit] = block.piece_weights.aligned(block.pieces[unit])
    return found
