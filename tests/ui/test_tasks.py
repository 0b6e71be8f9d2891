"""A job's thread makes no Qt call at all: PySide holds the GIL through Qt's calls, and a Qt lock the window's
thread holds while it waits for the GIL (deleting a Python-wrapped object) hangs both (CI, session 33)."""
from __future__ import annotations

import sys

from viewer.corpus.importing import import_job
from viewer.corpus.store import Corpus
from viewer.ui.tasks import BackgroundTask

from handmade_corpus import SAMPLE


def test_an_import_reports_its_progress_and_ends_without_its_thread_calling_qt(qtbot, tmp_path):
    path = tmp_path / "c.corpus"
    Corpus(path).close()
    called_qt: list[str] = []

    def watch(frame, event, arg):
        if event == "c_call":
            owner = type(getattr(arg, "__self__", None))
            if owner.__module__.startswith(("PySide6", "shiboken6")):
                called_qt.append(f"{owner.__name__}.{arg.__name__}")

    importing = import_job([str(SAMPLE)])

    def watched(corpus, state):
        sys.setprofile(watch)  # on the thread that runs the job, to its end
        return importing(corpus, state)

    task = BackgroundTask("Importing", path, watched)
    steps = []
    task.progressed.connect(lambda done, total, what: steps.append((done, total, what)))
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        task.start()
    assert done.args[0] is True, done.args[1]
    assert any(text.startswith("reading ") for _, _, text in steps), steps
    assert not task.is_running() and called_qt == []
    with Corpus(path, create=False) as corpus:
        assert corpus.document_count() == 5
