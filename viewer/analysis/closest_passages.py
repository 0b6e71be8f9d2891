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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from viewer.analysis import store
from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus
from viewer.excerpts import cut_at_word

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
UPDATE_WORDS = "may be an update of its count"  # the thread holds it: the same thing counted, other figures


@dataclass(frozen=True)
class ClosestPassage:
    """A unit of a document near a claim it carries no mention of; never a link."""

    document: int
    start: int
    end: int
    text: str
    similarity: float  # cosine of the nearest pair of sentence vectors, 0–1 in practice
    update: bool = False  # the passage is in the claim's thread: it counts the claim's thing, with other figures

    def excerpt(self, limit: int = 140) -> str:
        """The passage short enough for a banner or a table cell, whitespace folded."""
        return cut_at_word(self.text, limit)

    def closeness(self) -> str:
        """The similarity in a researcher's words, not as a number to be over-read; and when the passage is one of
        the claim's possible updates, that too: the sample's d5 offered its May count of 959 as a "very similar"
        passage for the April claim of "more than 1,000", inviting a link of two counts that cannot both hold."""
        close = "very similar" if self.similarity >= CLOSE else "somewhat similar"
        return f"{close}; {UPDATE_WORDS}" if self.update else close


def best_similarity(claim_vectors: np.ndarray, unit_vectors: np.ndarray) -> np.ndarray:
    """For each unit, the cosine to the nearest of the claim's vectors (all stored as unit vectors)."""
    if not len(claim_vectors) or not len(unit_vectors):
        return np.zeros(len(unit_vectors), dtype=np.float32)
    return (np.asarray(unit_vectors, np.float32) @ np.asarray(claim_vectors, np.float32).T).max(axis=1)


def ranked(similarity: np.ndarray, floor: float = FLOOR, count: int = COUNT) -> list[int]:
    """Indices of the best units at or above the floor, best first (ties in reading order).

    Only the units at or above the floor are sorted, in Python: a report's matrix ranks every unit of
    every column for every claim, and most units of most columns are far below the floor."""
    above = np.flatnonzero(np.asarray(similarity) >= floor).tolist()
    return sorted(above, key=lambda i: (-float(similarity[i]), i))[:count]


def closest_passages(corpus: Corpus, claim: store.StoredClaim, document_id: int,
                     floor: float = FLOOR, count: int = COUNT) -> list[ClosestPassage]:
    """The document's passages nearest the claim, best first; none when the document carries a
    mention of it, when nothing reaches the floor, or when either side has no stored vectors
    (an analysis older than embeddings): then the caller can only say nothing was linked."""
    return ClosestIndex(corpus).passages(claim, document_id, floor, count)


class ClosestIndex:
    """Closest passages for many (claim, document) pairs of one corpus, as a report's matrix asks
    for them: each claim's vectors and each document's are read and stacked once, not per pair,
    and nothing is read for a pair nobody asks about (a CSV export asks for none).

    Given ``chunks`` (the claims cut as the export traces them, `timeline.in_chunks`), the first
    claim of a chunk asked about reads, in one go, the units of every document the chunk's claims
    are in: the chunk's claims' vectors are cut from them, and the compared documents among them
    (``texts``, a report's columns) are stacked from the same rows. A report then reads a few
    hundred claims' vectors at a time, not one claim and one document at a time, and holds one
    chunk's rows at once besides what it keeps (each claim's own vectors, each column's stack).
    The chunks are taken as the claims are asked about, not all at once, so a chunking that
    reports progress and hears a cancel (the export's own state) does so as the reads happen.
    """

    def __init__(self, corpus: Corpus, texts: Mapping[int, str] | None = None,
                 chunks: Iterable[Sequence[store.StoredClaim]] = ()) -> None:
        self._corpus = corpus
        self._claims: dict[int, np.ndarray] = {}
        self._documents: dict[tuple[int, int], tuple[list[Span], np.ndarray]] = {}
        self._texts: dict[int, str] = dict(texts or {})  # the caller's, or read once a document however many cells ask
        self._compared = list(self._texts)  # the documents a report's cells ask about, in its order
        self._chunks = iter(chunks)
        self._chunk_of: dict[int, Sequence[store.StoredClaim]] = {}
        self._threads: dict[int, list[tuple[int, int, int]]] = {}  # each claim's thread passages asked about

    def passages(self, claim: store.StoredClaim, document_id: int,
                 floor: float = FLOOR, count: int = COUNT) -> list[ClosestPassage]:
        """What `closest_passages` says of this pair."""
        if claim.mentions_in(document_id):
            return []
        claim_vectors = self._claim_vectors(claim)
        if not len(claim_vectors):
            return []
        spans, matrix = self._units(document_id, claim_vectors.shape[1])
        if not spans:
            return []
        similarity = best_similarity(claim_vectors, matrix)
        best = ranked(similarity, floor, count)
        if best and document_id not in self._texts:
            self._texts[document_id] = self._corpus.document(document_id).text
        text = self._texts.get(document_id, "")
        updates = self._updates(claim.id, document_id) if best else []
        return [ClosestPassage(document_id, spans[i].start, spans[i].end, text[spans[i].start:spans[i].end],
                               float(similarity[i]), any(s < spans[i].end and spans[i].start < e for s, e in updates))
                for i in best]

    def _updates(self, claim_id: int, document_id: int) -> list[tuple[int, int]]:
        """The spans of the document that the claim's thread holds (its possible updates), read once a claim."""
        if claim_id not in self._threads:
            self._threads[claim_id] = [(m.document, m.start, m.end) for m in store.thread_spans(self._corpus, claim_id)]
        return [(start, end) for document, start, end in self._threads[claim_id] if document == document_id]

    def _claim_vectors(self, claim: store.StoredClaim) -> np.ndarray:
        """The vectors of the units a claim's mentions cover (a hand-linked passage may span several)."""
        if claim.id not in self._claims:
            self._read([c for c in self._chunk(claim) if c.id not in self._claims])
        return self._claims[claim.id]

    def _chunk(self, claim: store.StoredClaim) -> Sequence[store.StoredClaim]:
        """The chunk the claim is in, taking chunks until it comes; the claim alone if none holds it."""
        while claim.id not in self._chunk_of:
            chunk = next(self._chunks, None)
            if chunk is None:
                return [claim]
            self._chunk_of.update((c.id, chunk) for c in chunk)
        return self._chunk_of[claim.id]

    def _read(self, claims: Sequence[store.StoredClaim]) -> None:
        """These claims' vectors, and the stacked units of the compared documents among theirs, from
        one read of the units of the documents they are in."""
        rows = store.unit_vectors(self._corpus, sorted({d for claim in claims for d in claim.documents()}))
        for claim in claims:
            found = [v for m in claim.mentions for span, v in rows.get(m.document, [])
                     if v is not None and span.start < m.end and m.start < span.end]
            found = [v for v in found if v.size == found[0].size]  # a damaged blob never breaks the comparison
            self._claims[claim.id] = np.stack(found) if found else np.zeros((0, 0), dtype=np.float32)
        sizes = {vectors.shape[1] for vectors in self._claims.values() if vectors.size}
        for document_id in self._compared:
            for size in sizes if document_id in rows else ():
                self._stack(document_id, size, rows[document_id])

    def _units(self, document_id: int, size: int) -> tuple[list[Span], np.ndarray]:
        """The document's unit spans with a stored vector of the claim's length, and those vectors
        stacked. A compared document no claim read so far is in (most are in no claim at all) is
        read with every other such one: a report's matrix stacks them all and keeps them anyway."""
        key = (document_id, size)
        if key not in self._documents:
            unread = [d for d in self._compared if d != document_id and (d, size) not in self._documents]
            rows = store.unit_vectors(self._corpus, [document_id, *unread])
            for document in [document_id, *unread]:
                self._stack(document, size, rows.pop(document))
        return self._documents[key]

    def _stack(self, document_id: int, size: int, rows: list[store.UnitVector]) -> None:
        key = (document_id, size)
        if key not in self._documents:
            here = [(span, v) for span, v in rows if v is not None and v.size == size]
            self._documents[key] = ([span for span, _ in here], np.stack([v for _, v in here]) if here else np.zeros((0, size)))
