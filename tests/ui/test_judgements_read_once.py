"""A redraw of the window reads the researcher's judgements (every whole-article correction and the claims
holding its passages) once: the comparison, the claims table and its note of stranded corrections share them."""
from __future__ import annotations

from viewer.analysis import claim_sources, operations, store


def _counting(monkeypatch) -> list[int]:
    reads = []
    original = claim_sources.judgements

    def counted(corpus):
        reads.append(1)
        return original(corpus)

    monkeypatch.setattr(claim_sources, "judgements", counted)
    return reads


def test_a_redraw_reads_the_judgements_once_and_the_table_still_shows_them(sample_corpus, shown_window, monkeypatch):
    store.record_correction(sample_corpus, operations.not_carried(store.claim(sample_corpus, 1), 2))
    window = shown_window(sample_corpus)
    reads = _counting(monkeypatch)
    window.compare([1, 2])
    assert len(reads) == 1
    reads.clear()
    window.comparison.refresh()
    assert len(reads) == 1
    panel = window.claims_panel
    assert panel.model._judged.keys() == window.comparison.state.not_carried.keys() != set()
    reads.clear()
    window.comparison.select_claim(1)  # selecting reads none
    assert reads == []


def test_the_claims_table_alone_reads_them_once_and_not_without_open_articles(sample_corpus, shown_window, monkeypatch):
    window = shown_window(sample_corpus)
    window.compare([1, 2])
    reads = _counting(monkeypatch)
    window.claims_panel.scope.setChecked(False)  # the whole corpus's claims, the open articles' columns
    assert len(reads) == 1
    reads.clear()
    window.compare([])
    window.claims_panel.reload()
    assert reads == [1]  # the comparison's own; the table, with no article open, needs none
