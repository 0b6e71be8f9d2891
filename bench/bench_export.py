"""PDF export time and size for 5, 50 and 500 articles (target: 50 articles in under 10 s, linear in pages).

Wall seconds are the target's figure; this process's CPU seconds, and CPU seconds a page, are printed beside them with
the machine's load, since a busy machine slows the wall time and not the work (a section laid out again shows in CPU)."""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from run import load  # noqa: E402

from viewer.analysis import store  # noqa: E402
from viewer.analysis.documents import DocumentAnalysis  # noqa: E402
from viewer.analysis.model import Claim, Discrepancy, Mention  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.resources import sample_articles  # noqa: E402


def make_corpus(path: Path, count: int) -> None:
    """``count`` articles varied from the five samples, each sharing two claims with its neighbour."""
    samples = [p.read_text(encoding="utf-8") for p in sorted(sample_articles().glob("*.txt"))]
    corpus = Corpus(path)
    with corpus.transaction() as db:
        texts = []
        for i in range(count):
            text = f"Report {i}. " + samples[i % 5]
            texts.append(text)
            db.execute(
                "INSERT INTO documents (id, title, outlet, published, language, text, sha256, source_path, imported_at)"
                " VALUES (?, ?, ?, '2022-04-13', 'en', ?, ?, ?, '2024-05-01T10:00:00+00:00')",
                (i + 1, f"Generated article {i + 1}", f"Outlet {i % 17}", text,
                 hashlib.sha256(text.encode()).hexdigest(), f"article-{i}.txt"),
            )
            store.write_documents(corpus, [DocumentAnalysis(i + 1)], "bench")
        claims = []
        for i in range(0, count - 1):
            a, b = texts[i], texts[i + 1]
            first = Mention(i + 1, 0, len(f"Report {i}."), f"Report {i}.")
            second = Mention(i + 2, 0, len(f"Report {i + 1}."), f"Report {i + 1}.")
            sentence_a = a.find(". ", 40) + 1
            mentions = [first, second, Mention(i + 1, len(f"Report {i}. "), sentence_a, a[len(f"Report {i}. "):sentence_a])]
            claims.append(Claim(f"claim {i}", mentions, [Discrepancy("number", "bench", [first, second])]))
        store.write_claims(corpus, dict(enumerate(claims, start=1)))
    corpus.close()


def main() -> None:
    from viewer.export.pdf import export_pdf
    from viewer.render.pdf_layout import render

    print(load())
    print(f"{'articles':>8} {'pages':>6} {'seconds':>8} {'s/page':>7} {'CPU s':>7} {'CPU/page':>8} {'MiB':>6} {'highlights':>10}")
    for count in (5, 50, 500):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.corpus"
            make_corpus(path, count)
            with Corpus(path) as corpus:
                started, cpu = time.perf_counter(), time.process_time()
                summary = export_pdf(corpus, Path(folder) / "out.pdf", render)
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            size = (Path(folder) / "out.pdf").stat().st_size / 2**20
            print(f"{count:>8} {summary.pages:>6} {elapsed:>8.2f} {elapsed / summary.pages:>7.3f} {cpu:>7.2f} {cpu / summary.pages:>8.4f} {size:>6.1f} {summary.highlights:>10}")


if __name__ == "__main__":
    main()
