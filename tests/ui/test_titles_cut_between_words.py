"""A compared article's folded title is cut between two words: BASIL's "…; Trump taps Pat…" read as a name the
article never gave, at every width of the window a researcher drags it to."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("width", [1100, 1280, 1440, 1600])
def test_folded_titles_end_on_a_whole_word(qtbot, sample_corpus, shown_window, width):
    w = shown_window(sample_corpus)
    w.resize(width, 800)
    w.compare([1, 2, 3])
    qtbot.wait(50)
    cut = [p for p in w.comparison.panes if p.title_label.elided().endswith("…")]
    assert cut, "the sample's titles are longer than a third of the window"
    for pane in cut:
        whole = " ".join(w.corpus.document(pane.document_id, with_text=False).title.split())
        head = pane.title_label.elided()[:-1]
        assert whole.startswith(head) and whole[len(head)] in " ,;:—–-", (head, whole)
        assert pane.title_label.fontMetrics().horizontalAdvance(head + "…") <= pane.title_label.contentsRect().width()
