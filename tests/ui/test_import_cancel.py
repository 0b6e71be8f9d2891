"""Cancel in the window stops an import part-way through a folder, or inside its long PDF, and keeps nothing of it:
the corpus holds what it held, and the status line says so in the words the command line uses for Ctrl-C."""
from __future__ import annotations

import random
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from hostile_files import pages_pdf  # noqa: E402
from viewer.corpus.importing import NOTHING_ADDED, import_paths  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.jobs import TaskState  # noqa: E402

WORDS = "harbour road council bridge mayor repairs reopened storm damage ferry crews closure".split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."


def _folder(tmp_path: Path, pages: int) -> Path:
    rng = random.Random(5)
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(20):
        (folder / f"a{number:02d}.txt").write_text(" ".join(_sentence(rng) for _ in range(8)), encoding="utf-8")
    (folder / "zz-long.pdf").write_bytes(pages_pdf([[_sentence(rng)] for _ in range(pages)]))
    return folder


def _corpus_of_one(tmp_path: Path) -> Corpus:
    first = tmp_path / "first.txt"
    first.write_text("The ferry crews met the mayor on Friday. The harbour road stays closed.", encoding="utf-8")
    path = tmp_path / "c.corpus"
    with Corpus(path) as corpus:
        import_paths(corpus, [first])
    return Corpus(path, create=False)


@pytest.fixture
def held_at_long_pdf(monkeypatch):
    """Holds the import's thread the first time it says it reads zz-long.pdf, until the event returned is set. The
    window hears only a job's latest word, every 25 ms: on a fast machine, or while the window's thread is held up,
    the whole file can be read between two hearings, the name never shows and the cancel comes after the end."""
    reading, release = threading.Event(), threading.Event()
    said = TaskState.progress

    def progress(state, done, total, text=""):
        said(state, done, total, text)
        if "zz-long.pdf" in text and not reading.is_set():
            reading.set()
            release.wait(60)

    monkeypatch.setattr(TaskState, "progress", progress)
    yield release
    release.set()


def test_cancel_part_way_through_a_folder_keeps_the_corpus_as_it_was(qtbot, tmp_path, shown_window, held_at_long_pdf):
    folder = _folder(tmp_path, pages=150)
    w = shown_window(_corpus_of_one(tmp_path))
    task = w.jobs.import_paths([str(folder)])
    qtbot.waitUntil(lambda: "zz-long.pdf" in w.statusBar().currentMessage(), timeout=60000)  # 20 files read
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        w.runner.cancel_button.click()
        held_at_long_pdf.set()
    assert done.args == [False, f"Cancelled: {NOTHING_ADDED}"]
    assert w.statusBar().currentMessage() == f"Cancelled: {NOTHING_ADDED}"
    assert w.corpus.document_count() == 1 and w.browser.model.rowCount() == 1
    assert not w.runner.cancel_button.isVisible() and w.actions["file.import_folder"].isEnabled()
    again = w.jobs.import_paths([str(folder)])
    with qtbot.waitSignal(again.done, timeout=120000) as finished:
        pass
    assert finished.args[0] is True, finished.args[1]
    assert w.corpus.document_count() == 22 and w.browser.model.rowCount() == 22
    w.set_corpus(None)
