"""A report's cover says what was selected: the documents chosen by id, the whole corpus in words (BASIL's 60
documents filled the cover with "d1, d2, … d60", which the list of articles below gives with their titles)."""
from __future__ import annotations

from viewer.export.formats import export


def test_the_cover_lists_chosen_documents_and_names_the_whole_corpus(sample_corpus, tmp_path):
    export(sample_corpus, "md", tmp_path / "all.md")
    cover = (tmp_path / "all.md").read_text(encoding="utf-8").split("## ", 1)[0]
    assert "**Selection:** 5 documents (all documents)\n" in cover, cover
    export(sample_corpus, "md", tmp_path / "two.md", documents=[1, 2])
    cover = (tmp_path / "two.md").read_text(encoding="utf-8").split("## ", 1)[0]
    assert "**Selection:** 2 documents (selected documents: d1, d2)" in cover, cover
