"""The comparison area of a new corpus says what to do first: it told a researcher with no documents to
double-click a document in the browser, which held none."""
from __future__ import annotations

from viewer.corpus.store import Corpus


def _hint(window) -> str:
    return window.comparison.hint.text()


def test_a_new_corpus_says_to_import_then_to_open_articles_and_no_corpus_says_to_start_one(
        qtbot, tmp_path, shown_window, finish):
    corpus = Corpus(tmp_path / "new.corpus")
    w = shown_window(corpus)
    assert "holds no documents yet" in _hint(w) and "Import files" in _hint(w)
    assert w.comparison.hint.isVisible()
    article = tmp_path / "port.txt"
    article.write_text("Port talks resume\n\nThe harbour authority said on Tuesday that talks would resume.\n",
                       encoding="utf-8")
    w.jobs.import_paths([str(article)])
    finish(w)
    qtbot.waitUntil(lambda: "Open two or more articles" in _hint(w))
    w.set_corpus(None)
    assert "No corpus is open" in _hint(w) and "New corpus" in _hint(w)
    corpus.close()
