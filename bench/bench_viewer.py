"""Viewer figures: start-up to an interactive window, memory on 10,000 documents, claim-click latency, lazy rows."""
from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from run import load  # noqa: E402

WORDS = "the ministry said soldiers port city officials reported forces talks civilians convoy evacuation".split()


def build_large(path: Path, documents: int = 10_000) -> None:
    """A generated corpus, rows inserted directly in one transaction (import would take minutes)."""
    from viewer.corpus.store import Corpus, now

    with Corpus(path) as corpus, corpus.transaction() as db:
        stamp = now()
        rows = []
        for i in range(1, documents + 1):
            text = " ".join(WORDS[(i * j) % len(WORDS)] for j in range(400)) + "."
            rows.append((i, f"Report {i}", f"Outlet {i % 40}", f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}", "en", text,
                         hashlib.sha256(f"{i}".encode()).hexdigest(), f"/gen/{i}.txt", "txt", stamp))
        db.conn.executemany(
            """INSERT INTO documents (id, title, outlet, published, language, text, sha256, source_path, source_format,
               imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
        corpus.rebuild_search_index()


STARTUP = """
import sys, time, os
t0, c0 = time.perf_counter(), time.process_time()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from viewer.ui.qt_messages import quieten_harmless_messages
quieten_harmless_messages()
app = QApplication([])
from viewer.corpus.store import Corpus
from viewer.ui.main_window import MainWindow
w = MainWindow(Corpus(sys.argv[1], create=False), QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.show(); app.processEvents()
elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
import psutil
print(elapsed, psutil.Process().memory_info().rss, w.browser.model.rows_fetched, w.browser.model.rowCount(), cpu)
"""


def startup(corpus: Path, workdir: Path) -> tuple[float, float, int, int, float]:
    """A fresh process, as the researcher sees it: interpreter already up, Qt and corpus not.
    Wall seconds, RSS MB, rows fetched, rows listed, and the CPU seconds of the same span (a
    shared machine's other programs lengthen the wall clock, much less the CPU time)."""
    out = subprocess.run([sys.executable, "-c", STARTUP, str(corpus), str(workdir / "s.ini")],
                         capture_output=True, text=True, cwd=REPO, check=True).stdout.split()
    return float(out[0]), int(out[1]) / 2**20, int(out[2]), int(out[3]), float(out[4])


def click_latency(clicks: int = 100) -> tuple[float, float]:
    """Median and worst ms from a claim click to four long panes highlighted and scrolled."""
    sys.path.insert(0, str(REPO / "tests" / "ui"))
    import handmade_corpus
    from PySide6.QtCore import QSettings  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from viewer.corpus.store import Corpus
    from viewer.ui.comparison_view import ComparisonView
    from viewer.ui.qt_messages import quieten_harmless_messages

    quieten_harmless_messages()
    app = QApplication.instance() or QApplication([])
    corpus = Corpus.in_memory()
    handmade_corpus.build(corpus)
    for document_id in (1, 2, 3, 5):
        handmade_corpus.long_article(corpus, document_id, [], paragraphs=800)
    view = ComparisonView(corpus)
    view.resize(1600, 900)
    view.set_documents([1, 2, 3, 5])
    view.show()
    app.processEvents()
    claims = sorted(view.state.claims)
    times = []
    for n in range(clicks):
        claim_id = claims[n % len(claims)]
        start = time.perf_counter()
        view.select_claim(claim_id)
        app.processEvents()  # repaint included
        times.append((time.perf_counter() - start) * 1000)
        assert all(p.mention_visible(claim_id) for p in view.panes if view.state.carries(p.document_id, claim_id))
    view.close()
    corpus.close()
    return statistics.median(times), max(times)


def main() -> None:
    from viewer.sample import ensure_sample_corpus

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["PROVENANCE_DATA_DIR"] = str(work / "data")
        sample = ensure_sample_corpus(work / "sample.corpus")
        t, rss, fetched, rows, cpu = startup(sample, work)
        print(f"start to interactive window, sample corpus: {t:.2f} s, CPU {cpu:.2f} s (target < 1.5 s; {load()})")
        large = work / "large.corpus"
        t0 = time.perf_counter()
        build_large(large)
        print(f"generated 10,000-document corpus in {time.perf_counter() - t0:.1f} s")
        t, rss, fetched, rows, cpu = startup(large, work)
        print(f"start to interactive window, 10,000 documents: {t:.2f} s, CPU {cpu:.2f} s (target < 2 s; {load()})")
        print(f"memory after opening it: {rss:.0f} MB RSS (target < 300 MB)")
        print(f"document list: {rows} rows listed, {fetched} fetched from the corpus to show the first screen")
        marked_count(large)
    median, worst = click_latency()
    print(f"claim click → 4 long panes highlighted and scrolled: median {median:.1f} ms, worst {worst:.1f} ms "
          "over 100 clicks (target < 50 ms)")
    scroll_rows()


def marked_count(path: Path, times: int = 5) -> None:
    """The ↻ count a pane's header and a row's menu ask each time they are drawn (every generated document was read
    by a reader whose version was not kept, as in an upgraded corpus)."""
    from viewer.corpus.store import Corpus
    from viewer.corpus.text_reader import older_reader_count

    with Corpus(path, create=False) as corpus:
        spans = []
        for _ in range(times):
            start = time.perf_counter()
            count = older_reader_count(corpus)
            spans.append(time.perf_counter() - start)
    print(f"↻ count, 10,000 documents ({count} marked): median {statistics.median(spans) * 1000:.1f} ms"
          f" over {times} counts ({load()})")


def scroll_rows() -> None:
    """Scroll the 10,000-row list from top to bottom and count rows actually read."""
    from PySide6.QtWidgets import QApplication, QTableView

    from viewer.corpus.store import Corpus
    from viewer.ui.document_table import DocumentTableModel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.corpus"
        build_large(path)
        corpus = Corpus(path, create=False)
        model = DocumentTableModel(corpus)
        view = QTableView()
        view.setModel(model)
        view.resize(800, 600)
        view.show()
        app.processEvents()
        bar = view.verticalScrollBar()
        start = time.perf_counter()
        steps = 0
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep() * 20)
            app.processEvents()
            steps += 1
        elapsed = time.perf_counter() - start
        print(f"scrolling 10,000 documents in {steps} jumps: {elapsed * 1000:.0f} ms, "
              f"{model.rows_fetched} rows fetched of {model.rowCount()}")
        view.close()
        corpus.close()


if __name__ == "__main__":
    main()
