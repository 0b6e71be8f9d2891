"""The window's bar moves while one long PDF is read, page by page, and its status line says which page: it showed
"Import: reading X (0%)" until the whole file was read."""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from hostile_files import pages_pdf  # noqa: E402
from viewer.corpus.file_progress import FileProgress  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

WORDS = "harbour road council bridge mayor repairs reopened storm damage ferry crews closure".split()


def test_the_bar_moves_inside_one_long_pdf_before_it_is_read(qtbot, tmp_path, shown_window, monkeypatch):
    rng = random.Random(7)
    reading = FileProgress.reading

    def slow_page(self, done: int, total: int, noun: str) -> None:
        time.sleep(0.01)  # a long PDF's page, not these few words: warm, all 150 read before the window's first look
        reading(self, done, total, noun)

    monkeypatch.setattr(FileProgress, "reading", slow_page)
    path = tmp_path / "long.pdf"
    path.write_bytes(pages_pdf([[" ".join(rng.choice(WORDS) for _ in range(14)) + "."] for _ in range(150)]))
    w = shown_window(Corpus(tmp_path / "c.corpus"))
    seen: list[tuple[int, int, str]] = []
    task = w.jobs.import_paths([str(path)])
    task.progressed.connect(lambda done, total, said: seen.append((w.runner.progress.value(), total, said)))
    qtbot.waitUntil(lambda: "pages read" in w.statusBar().currentMessage() and w.runner.progress.value() > 0,
                    timeout=60000)  # past the "0 of 150" said as the reading starts
    bar = w.runner.progress
    assert 0 < bar.value() < bar.maximum() // 2 and "of 150 pages read (" in w.statusBar().currentMessage()
    with qtbot.waitSignal(task.done, timeout=120000) as finished:
        pass
    assert finished.args[0] is True, finished.args[1]
    pages = [value for value, _total, said in seen if "pages read" in said]
    assert len(set(pages)) >= 2 and pages == sorted(pages)  # moved more than once while the pages were read
    assert w.corpus.document_count() == 1
    w.set_corpus(None)
