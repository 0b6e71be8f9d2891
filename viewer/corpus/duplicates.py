"""Near-duplicate detection: the same article captured twice, modulo whitespace and page junk.

Each document gets a bottom-k MinHash sketch of its word 5-grams (boilerplate left out); an
inverted index from sketch values to documents finds candidates, so a new document is compared
with the few that share shingles, never with the whole corpus.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
THRESHOLD = 0.8
_MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")

Sketch = tuple[int, ...]


def sketch(text: str, boilerplate: Iterable[Span] = ()) -> Sketch:
    """The k smallest hashes of the text's word 5-grams; () when too short to judge."""
    words = _WORD.findall(_without(text, boilerplate).lower())
    shingles = {hash(tuple(words[i:i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}
    if len(shingles) < _MIN_SHINGLES:
        return ()
    return tuple(sorted(heapq.nsmallest(SKETCH_SIZE, shingles)))


def similarity(a: Sketch, b: Sketch) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    union = heapq.nsmallest(SKETCH_SIZE, set(a) | set(b))
    shared = set(a) & set(b)
    return sum(1 for value in union if value in shared) / len(union) if union else 0.0


def _without(text: str, spans: Iterable[Span]) -> str:
    parts, position = [], 0
    for span in sorted(spans):
        parts.append(text[position:span.start])
        position = max(position, span.end)
    parts.append(text[position:])
    return " ".join(parts)


class SketchIndex:
    """Sketch value -> documents holding it; `find` returns the most similar earlier document."""

    def __init__(self) -> None:
        self.sketches: dict[int, Sketch] = {}
        self._postings: defaultdict[int, list[int]] = defaultdict(list)

    def add(self, document_id: int, value: Sketch) -> None:
        if not value:
            return
        self.sketches[document_id] = value
        for item in value:
            self._postings[item].append(document_id)

    def candidates(self, value: Sketch) -> Counter[int]:
        counts: Counter[int] = Counter()
        for item in value:
            counts.update(self._postings.get(item, ()))
        return counts

    def find(self, value: Sketch, *others: "SketchIndex") -> int | None:
        if not value:
            return None
        best: tuple[float, int] | None = None
        for index in (self, *others):
            for document_id, shared in index.candidates(value).items():
                if shared < len(value) * THRESHOLD * 0.5:
                    continue
                score = similarity(value, index.sketches[document_id])
                if score >= THRESHOLD and (best is None or (score, -document_id) > (best[0], -best[1])):
                    best = (score, document_id)
        return best[1] if best else None

    def merge(self, other: "SketchIndex") -> None:
        for document_id, value in other.sketches.items():
            self.add(document_id, value)


_CACHE: WeakKeyDictionary[Corpus, tuple[tuple[int, int], SketchIndex]] = WeakKeyDictionary()


def corpus_index(corpus: Corpus) -> SketchIndex:
    """The index of the corpus's documents, kept between imports while the corpus is unchanged."""
    state = _state(corpus)
    cached = _CACHE.get(corpus)
    if cached and cached[0] == state:
        return cached[1]
    index = SketchIndex()
    spans: defaultdict[int, list[Span]] = defaultdict(list)
    for document_id, start, end in corpus.db.execute('SELECT document_id, start, "end" FROM boilerplate'):
        spans[document_id].append(Span(start, end))
    for document_id, text in corpus.db.execute("SELECT id, text FROM documents"):
        index.add(document_id, sketch(text, spans.get(document_id, ())))
    _CACHE[corpus] = (state, index)
    return index


def remember(corpus: Corpus, index: SketchIndex, added: SketchIndex) -> None:
    """After a committed import: fold the batch into the cached index."""
    index.merge(added)
    _CACHE[corpus] = (_state(corpus), index)


def _state(corpus: Corpus) -> tuple[int, int]:
    row = corpus.db.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone()
    return row[0], row[1]

