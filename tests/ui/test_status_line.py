"""A long status message is read whole: the corpus summary steps aside for it and the bar's tooltip holds all of it."""
from __future__ import annotations

import pytest

from viewer.corpus.store import Corpus

ARTICLES = {  # plain texts naming no outlet, two outlets' names repeated, one name alone
    "mysanantonio-2016-06-01-570142.txt": "Child shot on West Side\n\nA girl, 7, was shot on Wednesday, police said.\n",
    "mysanantonio-2016-09-08-650750.txt": "Names released\n\nPolice released the names of those wounded on Sunday.\n",
    "nydailynews-2015-08-06-387194.txt": "Driver possibly threatened\n\nThe accused driver was threatened, his lawyer said.\n",
    "nydailynews-2015-09-01-387194.txt": "Fourth suspect held\n\nPolice arrested a fourth suspect in the drive-by.\n",
    "cafe-note.txt": "Café owner José Pérez said the Río Chama reached his door.\n",
    "empty.txt": "",
}


@pytest.fixture
def corpus_file(tmp_path):
    corpus = Corpus(tmp_path / "status.corpus")
    yield corpus
    corpus.close()


def test_a_long_import_message_is_shown_whole_at_laptop_width(qtbot, corpus_file, tmp_path, shown_window, finish):
    """At 1366 px the import's line stopped at "…“cafe”:" under the document count, and the step it names (Edit →
    Outlets from file names…) was never seen; "cafe" names one file, not a word the names repeat."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    w = shown_window(corpus_file)
    w.resize(1366, 768)
    w.jobs.import_paths([str(folder)])
    finish(w)
    bar = w.statusBar()
    said = bar.currentMessage()
    assert said.startswith("Imported 5 documents; skipped 1 (see the report). 5 of them name no outlet")
    assert "“mysanantonio”, “nydailynews”:" in said and "cafe" not in said
    assert bar.toolTip() == said
    assert not w.summary.isVisible()
    assert bar.fontMetrics().horizontalAdvance(said) < bar.width() - 40
    bar.clearMessage()
    assert w.summary.isVisible() and bar.toolTip() == ""
    bar.showMessage("Wrote report.pdf")
    assert w.summary.isVisible()
