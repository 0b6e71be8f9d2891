"""Search latency on a 10,000-document corpus: `search()` beside a bare FTS5 MATCH on the same file.

About 200 queries of the kinds researchers type (a word, two words, a phrase, a prefix, an OR, a
figure); prints median and 95th-percentile milliseconds for each path.
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import NOUNS, PEOPLE, PLACES, STATES, write_articles  # noqa: E402
from viewer.corpus.importing import import_paths  # noqa: E402
from viewer.corpus.search import fts_query, search, search_document_ids  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

DOCUMENTS = 10_000
QUERIES = 200


def queries(count: int) -> list[str]:
    rng = random.Random(7)
    makers = [
        lambda: rng.choice(PLACES),
        lambda: f"{rng.choice(PLACES)} {rng.choice(NOUNS).split()[0]}",
        lambda: f'"{rng.choice(STATES)}"',
        lambda: f"{rng.choice(NOUNS)[:5]}*",
        lambda: f"{rng.choice(PLACES)} OR {rng.choice(PLACES)}",
        lambda: str(rng.randint(2, 99_999)),
        lambda: f"{rng.choice(PEOPLE).split()[-1]} NOT {rng.choice(PLACES)}",
    ]
    return [rng.choice(makers)() for _ in range(count)]


def timed(run, items: list[str]) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        run(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def describe(name: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1]
    return f"  {name:<38} median {statistics.median(times):6.2f} ms | p95 {p95:6.2f} ms"


def main() -> None:
    print(f"bench_search: {QUERIES} queries on a {DOCUMENTS:,}-document corpus")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folder = write_articles(root / "articles", DOCUMENTS)
        with Corpus(root / "search.corpus") as corpus:
            import_paths(corpus, [folder])
            items = queries(QUERIES)
            bare_sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 200"
            expressions = [fts_query(item) for item in items]
            search_times = timed(lambda q: search(corpus, q), items)
            ids_times = timed(lambda q: search_document_ids(corpus, q), items)
            bare_times = timed(lambda e: corpus.db.execute(bare_sql, (e,)).fetchall(), expressions)
            hits = sum(len(search(corpus, item)) for item in items[:50]) / 50
    print(describe("search() (ranked, snippets, limit 200)", search_times))
    print(describe("search_document_ids() (every match)", ids_times))
    print(describe("bare FTS5 MATCH ... ORDER BY rank", bare_times))
    print(f"  median ratio search()/bare: {statistics.median(search_times) / statistics.median(bare_times):.1f}x;"
          f" {hits:.0f} hits per query on average (capped at 200)")
    # The generated vocabulary is tiny, so most queries match thousands of documents; the
    # selective ones (a figure, a report number) behave like names and rare words in real news.
    selective = [i for i, item in enumerate(items) if item.isdigit()]
    print(f"  selective queries only ({len(selective)}, a figure each):")
    print(describe("  search()", [search_times[i] for i in selective]))
    print(describe("  bare FTS5", [bare_times[i] for i in selective]))


if __name__ == "__main__":
    main()
