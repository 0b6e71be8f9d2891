"""Near-duplicate detection: the same article captured twice, modulo whitespace and page junk.

Each document gets a bottom-k MinHash sketch of its word 5-grams (boilerplate left out); an
inverted index from sketch values to documents finds candidates, so a new document is compared
with the few that share shingles, never with the whole corpus.

Hashes are stable, not the built-in `hash()`, which Python salts per process: the same pair must
score the same in every run, and a sketch must mean the same thing if it is ever stored. Each
distinct word is hashed once with BLAKE2b; a shingle's hash combines its five word hashes in
unsigned 64-bit arithmetic (a polynomial, then the splitmix64 finaliser to spread the bits),
vectorised with numpy: hashing every shingle with BLAKE2b in Python cost 0.5 ms per article.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from weakref import WeakKeyDictionary

import numpy as np

from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
THRESHOLD = 0.8
_MIN_SHINGLES = 20
_HOT_POSTINGS = 50  # a shingle in this many sketches is a stock phrase, not evidence of a copy
_WORD = re.compile(r"\w+")

_POLYNOMIAL = np.uint64(0x100000001B3)
_MIX = (np.uint64(30), np.uint64(0xBF58476D1CE4E5B9), np.uint64(27), np.uint64(0x94D049BB133111EB), np.uint64(31))

Sketch = tuple[int, ...]


def sketch(text: str, boilerplate: Iterable[Span] = ()) -> Sketch:
    """The k smallest hashes of the text's word 5-grams; () when too short to judge."""
    words = _WORD.findall(_without(text, boilerplate).lower())
    count = len(words) - SHINGLE_WORDS + 1
    if count < _MIN_SHINGLES:
        return ()
    hashed = {word: _word_hash(word) for word in set(words)}
    values = np.array([hashed[word] for word in words], dtype=np.uint64)
    shingles = values[:count].copy()
    for k in range(1, SHINGLE_WORDS):
        shingles = shingles * _POLYNOMIAL + values[k:k + count]
    distinct = np.unique(_spread(shingles))  # sorted
    if len(distinct) < _MIN_SHINGLES:
        return ()
    return tuple(distinct[:SKETCH_SIZE].tolist())


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _spread(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit moves every output bit (arrays wrap modulo 2**64)."""
    first, times, second, again, last = _MIX
    values = (values ^ (values >> first)) * times
    values = (values ^ (values >> second)) * again
    return values ^ (values >> last)


def similarity(a: Sketch, b: Sketch) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    shared = set(a).intersection(b)
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
            postings = self._postings.get(item, ())
            if postings and len(postings) <= _HOT_POSTINGS:
                counts.update(postings)
        return counts

    def find(self, value: Sketch) -> int | None:
        if not value:
            return None
        best: tuple[float, int] | None = None
        for document_id, shared in self.candidates(value).items():
            if shared < len(value) * THRESHOLD * 0.5:
                continue
            score = similarity(value, self.sketches[document_id])
            if score >= THRESHOLD and (best is None or (score, -document_id) > (best[0], -best[1])):
                best = (score, document_id)
        return best[1] if best else None


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


def remember(corpus: Corpus, index: SketchIndex) -> None:
    """After a committed import: the index, grown by the batch, matches the corpus again."""
    _CACHE[corpus] = (_state(corpus), index)


def forget(corpus: Corpus) -> None:
    """After a failed import: the index holds documents that were never stored."""
    _CACHE.pop(corpus, None)


def _state(corpus: Corpus) -> tuple[int, int]:
    row = corpus.db.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone()
    return row[0], row[1]

