"""A timeline row's Figures cell says what the claim's other sources give for a thing its source counts, where they give
another figure: the row tells how its figure stands without reading the others."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import analysed_corpus
from viewer.analysis import store
from viewer.provenance.rows import SOURCE_COLUMNS, source_row
from viewer.provenance.timeline import timeline

REPORTS = {
    "a.txt": "Blast hits Ridgeway market\n\nRIDGEWAY, March 3, 2021 — A bomb blast at a crowded market in Ridgeway killed"
             " 33 people on Tuesday, police said.\n",
    "b.txt": "Ridgeway market bombing\n\nRIDGEWAY, March 4, 2021 — A bomb blast at a crowded market in Ridgeway killed"
             " 37 people on Tuesday, police said.\n",
    "c.txt": "Market blast in Ridgeway\n\nRIDGEWAY, March 4, 2021 — A bomb blast at a crowded market in Ridgeway killed"
             " 37 people on Tuesday, officials said.\n",
}
FIGURES = SOURCE_COLUMNS.index("Figures")


@pytest.fixture
def blast(tmp_path: Path):
    corpus = analysed_corpus(tmp_path / "blast", REPORTS)
    yield corpus
    corpus.close()


def test_a_source_row_names_the_other_sources_figure_where_it_differs(blast):
    claim = next(c for c in store.claims(blast) if len(c.documents()) == 3)
    t = timeline(blast, claim.id)
    cells = {s.document_id: source_row(s, t.sources)[FIGURES] for s in t.sources}
    assert cells == {1: "33 · d2, d3: 37", 2: "37 · d1: 33", 3: "37 · d1: 33"}
    assert source_row(t.sources[0])[FIGURES] == "33"  # without the claim's sources, its own figure alone


def test_provenance_show_names_the_other_sources_figure_too(blast):
    from viewer.provenance.plain_text import timeline_text
    claim = next(c for c in store.claims(blast) if len(c.documents()) == 3)
    text = timeline_text(timeline(blast, claim.id), width=200)
    assert "figures: 33 · d2, d3: 37" in text and "figures: 37 · d1: 33" in text


def test_a_figure_its_article_gives_anew_shows_its_later_figure(tmp_path):
    reports = {**REPORTS, "a.txt": REPORTS["a.txt"].replace("police said.", "police said. The death toll has since"
                                                                                 " risen to 37, hospital officials said.")}
    corpus = analysed_corpus(tmp_path / "docs", reports)
    try:
        claim = next(c for c in store.claims(corpus) if len(c.documents()) == 3)
        t = timeline(corpus, claim.id)
        cells = {s.document_id: source_row(s, t.sources)[FIGURES] for s in t.sources}
    finally:
        corpus.close()
    assert cells == {1: "33, later 37", 2: "37 · d1: 33, later 37", 3: "37 · d1: 33, later 37"}
