"""Analysis throughput beside the bare spaCy pipeline, and peak memory.

The ratio (ours / bare spaCy, words per second) is the figure: our overhead on top of parsing.
Target >= 0.5; peak memory for 5,000 articles < 1.5 GB.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article, word_count  # noqa: E402

from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.pipeline import analyse  # noqa: E402
from viewer.corpus.store import Corpus, now  # noqa: E402

SIZES = (100, 1000, 5000)


def fill(corpus: Corpus, texts: list[str]) -> None:
    with corpus.transaction() as db:
        db.conn.executemany(
            "INSERT INTO documents (title, language, text, sha256, source_path, imported_at) VALUES (?, 'en', ?, ?, ?, ?)",
            [(f"Article {i}", t, f"{i:064x}", f"gen/{i}.txt", now()) for i, t in enumerate(texts)],
        )


def bare_spacy(texts: list[str]) -> float:
    nlp = english()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def ours(texts: list[str]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Corpus(Path(folder) / "bench.corpus")
        fill(corpus, texts)
        start = time.perf_counter()
        analyse(corpus)
        elapsed = time.perf_counter() - start
        claims = corpus.db.execute("SELECT count(*) FROM claims").fetchone()[0]
        corpus.close()
    return elapsed, claims


def main() -> None:
    english()
    print(f"{'articles':>8} {'words':>9} {'bare w/s':>9} {'ours w/s':>9} {'ratio':>6} {'claims':>7} {'peak RSS':>9}")
    for size in SIZES:
        texts = [article(i) for i in range(size)]
        words = sum(word_count(t) for t in texts)
        bare = bare_spacy(texts)
        elapsed, claims = ours(texts)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>8} {words:>9} {words / bare:>9.0f} {words / elapsed:>9.0f} {bare / elapsed:>6.2f} {claims:>7} {peak:>7.0f}MB")
    print("target: ratio >= 0.5; peak memory for 5,000 articles < 1.5 GB (peak RSS is of this whole process)")


if __name__ == "__main__":
    main()
