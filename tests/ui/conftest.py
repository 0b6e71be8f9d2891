"""UI fixtures: the sample articles with a hand-written analysis, in memory or in a file."""
from __future__ import annotations

import pytest

import handmade_corpus


@pytest.fixture
def analysed_corpus(memory_corpus):
    handmade_corpus.build(memory_corpus)
    return memory_corpus


@pytest.fixture
def analysed_corpus_file(tmp_path):
    from viewer.corpus.store import Corpus

    path = tmp_path / "handmade.corpus"
    with Corpus(path) as corpus:
        handmade_corpus.build(corpus)
    return path


@pytest.fixture(scope="module")
def reports_corpus_file(request, tmp_path_factory):
    """A corpus file of the test module's ``REPORTS`` (file name → text), imported and analysed once per module."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.creating import create
    from viewer.corpus.importing import import_paths

    folder = tmp_path_factory.mktemp("reports")
    for name, text in request.module.REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")

    def build(corpus) -> None:
        import_paths(corpus, sorted(folder.glob("*.txt")))
        analyse(corpus)

    path = folder / "reports.corpus"
    create(path, build)
    return path


@pytest.fixture
def tree_rows():
    """The first-column texts of a model's rows under ``parent`` (the top level when None)."""
    from PySide6.QtCore import QModelIndex

    def rows(model, parent=None) -> list[str]:
        parent = parent or QModelIndex()
        return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]

    return rows


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def finish(qtbot):
    """Wait for a background task (or the one a window runs now) to end well; returns its change record."""

    def wait(window_or_task, timeout: int = 60000):
        task = window_or_task.runner.task if hasattr(window_or_task, "runner") else window_or_task
        assert task is not None, "the work should run as a background task"
        with qtbot.waitSignal(task.done, timeout=timeout) as done:
            pass
        assert done.args[0] is True, done.args[1]
        return task.result

    return wait


@pytest.fixture
def shown_attribution_panel(qtbot):
    """Open an attribution panel on an analysed corpus file; the panel lets the corpus go at the end."""
    from viewer.corpus.store import Corpus
    from viewer.ui.attribution_panel import AttributionPanel

    shown = []

    def show(path):
        corpus = Corpus(path, create=False)
        panel = AttributionPanel(corpus)
        panel.reload()
        qtbot.addWidget(panel)
        shown.append((panel, corpus))
        return panel

    yield show
    for panel, corpus in shown:
        panel.set_corpus(None)
        corpus.close()


@pytest.fixture
def shown_comparison(qtbot):
    """Open the comparison of these documents of a corpus, shown and exposed."""
    from viewer.ui.comparison_view import ComparisonView

    def show(corpus, documents, height=700):
        view = ComparisonView(corpus)
        qtbot.addWidget(view)
        view.resize(1400, height)
        view.set_documents(documents)
        view.show()
        qtbot.waitExposed(view)
        return view

    return show


@pytest.fixture
def shown_window(qtbot, settings):
    """Open a main window on a corpus, shown and exposed; windows let go of their corpus afterwards."""
    from viewer.ui.main_window import MainWindow

    opened = []

    def show(corpus):
        w = MainWindow(corpus, settings)
        qtbot.addWidget(w)
        w.resize(1500, 900)
        w.show()
        qtbot.waitExposed(w)
        opened.append(w)
        return w

    yield show
    for w in opened:
        leaked = w.runner.task is not None and w.runner.task.is_running()
        queued = list(w.runner.waiting)
        w.runner.waiting.clear()
        if leaked:
            w.runner.task.cancel()
            w.runner.task.wait()
        w.set_corpus(None)
        assert not leaked, "a background task was still running when its test ended"
        assert not queued, "a queued job never ran"


@pytest.fixture
def two_windows(qtbot, shown_window, analysed_corpus_file):
    """Two windows on one file, both on c4."""
    from viewer.corpus.store import Corpus

    first, second = (shown_window(Corpus(analysed_corpus_file, create=False)) for _ in range(2))
    for w in (first, second):
        w.compare([1, 2], 4)
    yield first, second
    for w in (first, second):
        corpus = w.corpus
        w.set_corpus(None)
        corpus.close()
