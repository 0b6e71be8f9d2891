"""The passages of a document nearest in meaning to a claim it was not linked to.

Linking misses many paraphrases (recall on real coverage is 0.2–0.7), so "no passage of this
source was linked" is not "this source is silent". For a claim and a document without a mention
of it, the units of that document whose stored sentence vectors come closest to the claim's
mentions' vectors are the places a researcher should read before concluding anything. Only
units at or above `FLOOR` are offered: below it the nearest unit is, on held-out coverage, as
likely a sentence about another event (`bench/closest_floor.py` measures it). Plain Python and
numpy, no Qt: the window and every export read the same list.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from viewer.analysis import store
from viewer.analysis.model import Mention
from viewer.corpus.store import Corpus

# Best cosine (fp16 MiniLM unit vectors) at which a document's nearest unit is offered, chosen with
# `bench/closest_floor.py` (hand gold of the sample and of the heldout, gva and basil sets): at 0.55,
# 90% of the 547 (claim, document) pairs the gold says carry the claim get a hint (the right passage
# first in 62%, in the best three in 78%), against 4% of 10,695 documents of other events (heldout
# 5%, gva 8%, basil 1%); at 0.50 other events rise to 7%, at 0.60 carrying documents fall to 83%.
FLOOR = 0.55
# At or above this the passage is "very similar": documents of other events reach it in 1% or less
# on every set, while 56% of carrying documents do.
CLOSE = 0.70
COUNT = 3  # passages offered per document: enough to find a paraphrase split over two sentences


@dataclass(frozen=True)
class ClosestPassage:
    """A unit of a document near a claim it carries no mention of; never a link."""

    document: int
    start: int
    end: int
    text: str
    similarity: float  # cosine of the nearest pair of sentence vectors, 0–1 in practice

    def excerpt(self, limit: int = 140) -> str:
        """The passage short enough for a banner or a table cell, whitespace folded."""
        flat = " ".join(self.text.split())
        return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"

    def closeness(self) -> str:
        """The similarity in a researcher's words, not as a number to be over-read."""
        return "very similar" if self.similarity >= CLOSE else "somewhat similar"


def best_similarity(claim_vectors: np.ndarray, unit_vectors: np.ndarray) -> np.ndarray:
    """For each unit, the cosine to the nearest of the claim's vectors (all stored as unit vectors)."""
    if not len(claim_vectors) or not len(unit_vectors):
        return np.zeros(len(unit_vectors), dtype=np.float32)
    return (np.asarray(unit_vectors, np.float32) @ np.asarray(claim_vectors, np.float32).T).max(axis=1)


def ranked(similarity: np.ndarray, floor: float = FLOOR, count: int = COUNT) -> list[int]:
    """Indices of the best units at or above the floor, best first (ties in reading order)."""
    order = sorted(range(len(similarity)), key=lambda i: (-float(similarity[i]), i))
    return [i for i in order[:count] if similarity[i] >= floor]


def closest_passages(corpus: Corpus, claim: store.StoredClaim, document_id: int,
                     floor: float = FLOOR, count: int = COUNT) -> list[ClosestPassage]:
    """The document's passages nearest the claim, best first; none when the document carries a
    mention of it, when nothing reaches the floor, or when either side has no stored vectors
    (an analysis older than embeddings): then the caller can only say nothing was linked."""
    if claim.mentions_in(document_id):
        return []
    vectors = store.unit_vectors(corpus, sorted({*claim.documents(), document_id}))
    return _closest(corpus, claim, document_id, vectors, floor, count)


def closest_for_each(corpus: Corpus, claims: Sequence[store.StoredClaim], document_ids: Sequence[int],
                     floor: float = FLOOR) -> dict[tuple[int, int], ClosestPassage]:
    """(claim, document) → the closest passage, for every pair where the document has no mention of
    the claim and one reaches the floor: what a report's matrix shows, with the vectors read once."""
    wanted = sorted({*document_ids, *(d for c in claims for d in c.documents())})
    vectors = store.unit_vectors(corpus, wanted)
    out = {}
    for claim in claims:
        for document_id in document_ids:
            if not claim.mentions_in(document_id):
                found = _closest(corpus, claim, document_id, vectors, floor, 1)
                if found:
                    out[(claim.id, document_id)] = found[0]
    return out


def _closest(corpus: Corpus, claim: store.StoredClaim, document_id: int,
             vectors: dict[int, list[store.UnitVector]], floor: float, count: int) -> list[ClosestPassage]:
    claim_vectors = _vectors_of(claim.mentions, vectors)
    size = claim_vectors.shape[1] if len(claim_vectors) else 0
    here = [(span, v) for span, v in vectors.get(document_id, []) if v is not None and v.size == size]
    if not len(claim_vectors) or not here:
        return []
    similarity = best_similarity(claim_vectors, np.stack([v for _, v in here]))
    best = ranked(similarity, floor, count)
    text = corpus.document(document_id).text if best else ""
    return [ClosestPassage(document_id, here[i][0].start, here[i][0].end, text[here[i][0].start:here[i][0].end],
                           float(similarity[i])) for i in best]


def _vectors_of(mentions: Sequence[Mention], vectors: dict[int, list[store.UnitVector]]) -> np.ndarray:
    """The vectors of the units a claim's mentions cover (a hand-linked passage may span several)."""
    found = [v for m in mentions for span, v in vectors.get(m.document, [])
             if v is not None and span.start < m.end and m.start < span.end]
    found = [v for v in found if v.size == found[0].size]  # a damaged blob never breaks the comparison
    return np.stack(found) if found else np.zeros((0, 0), dtype=np.float32)
