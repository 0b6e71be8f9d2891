"""Import speed: generated ~4 KB .txt articles through `import_paths`, beside bare SQLite + FTS5.

Prints docs/s at 1,000 and 10,000 documents, the ratio to bare inserts of the same rows, and
how the rate holds up as the corpus grows (the near-duplicate index must not go quadratic).
"""
from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.corpus.importing import import_paths  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

SIZES = (1_000, 10_000)
PLACES = "Mariupol Kharkiv Odesa Kyiv Donetsk Zaporizhzhia Mykolaiv Lviv Sumy Kherson Dnipro Poltava Chernihiv".split()
PEOPLE = ("the mayor", "the ministry", "a spokesman", "the governor", "the regional council", "an adviser",
          "the army", "the prosecutor's office", "a deputy minister", "the Red Cross", "the agency", "witnesses")
VERBS = ("said", "reported", "claimed", "announced", "denied", "confirmed", "told reporters", "wrote on Telegram")
NOUNS = ("corridor", "convoy", "evacuation", "ceasefire", "shelling", "negotiations", "prisoner exchange",
         "power cut", "water supply", "hospital", "railway station", "bridge", "steel plant", "port", "checkpoint")
STATES = ("was blocked", "had resumed", "was delayed", "had been damaged", "was still under way", "had failed",
          "was expected on Thursday", "had not been confirmed", "was being prepared", "had stopped overnight")
BARE_SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
                        source_path TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',
                                              tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""


def article(number: int) -> str:
    """A made-up English report of about 4 KB; every number gives different words."""
    rng = random.Random(number)
    paragraphs = []
    while sum(map(len, paragraphs)) < 3900:
        sentences = [
            f"In {rng.choice(PLACES)}, {rng.choice(PEOPLE)} {rng.choice(VERBS)} that the {rng.choice(NOUNS)}"
            f" {rng.choice(STATES)} and that {rng.randint(2, 99_999)} people were affected on {rng.choice(PLACES)}'s"
            f" {rng.choice(['northern', 'southern', 'eastern', 'western'])} side."
            for _ in range(rng.randint(2, 4))
        ]
        paragraphs.append(" ".join(sentences))
    return f"{rng.choice(PLACES)}: {rng.choice(NOUNS)} {rng.choice(STATES)}, report {number}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"article-{number:05d}.txt").write_text(article(number), encoding="utf-8")
    return folder


def import_rate(folder: Path, corpus_path: Path) -> tuple[float, float, int]:
    """(wall docs/s, CPU docs/s, near-duplicates flagged): CPU shows the cost on a busy machine."""
    with Corpus(corpus_path) as corpus:
        start, cpu = time.perf_counter(), time.process_time()
        report = import_paths(corpus, [folder])
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert not report.failed and not report.skipped, report.summary()
        return len(report.imported) / elapsed, len(report.imported) / cpu, len(report.near_duplicates)


def bare_rate(folder: Path, database: Path) -> tuple[float, float]:
    rows = [(path.read_text(encoding="utf-8"), str(path)) for path in sorted(folder.iterdir())]
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.executescript(BARE_SCHEMA)
    start, cpu = time.perf_counter(), time.process_time()
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO documents (title, text, sha256, source_path, imported_at) VALUES (?, ?, ?, ?, '2024-01-01')",
        [(text.split("\n", 1)[0], text, str(i), path) for i, (text, path) in enumerate(rows)],
    )
    connection.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    connection.close()
    return len(rows) / elapsed, len(rows) / cpu


def main() -> None:
    print("bench_import: ~4 KB .txt articles, one import_paths() batch into a fresh corpus file")
    rates = {}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for size in SIZES:
            folder = write_articles(root / f"articles-{size}", size)
            ours, ours_cpu, near = import_rate(folder, root / f"import-{size}.corpus")
            bare, bare_cpu = bare_rate(folder, root / f"bare-{size}.sqlite")
            rates[size] = ours
            print(f"  {size:>6} docs: import_paths {ours:6.0f} docs/s ({ours_cpu:.0f}/CPU-s)"
                  f" | bare sqlite3+FTS5 {bare:6.0f} docs/s ({bare_cpu:.0f}/CPU-s)"
                  f" | ratio {ours / bare:.2f} | near-duplicates flagged {near}")
    small, large = SIZES
    print(f"  growth: {rates[large] / rates[small]:.2f}x the {small}-doc rate at {large} docs (1.00 = linear)")


if __name__ == "__main__":
    main()
