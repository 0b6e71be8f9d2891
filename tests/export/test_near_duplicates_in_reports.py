"""A near-duplicate says so in every report: two articles of one title sharing every claim, each in the list of
articles and in its own facts, with the one it repeats (seen on GVA coverage: "Group 1 of 6: d1, d22 (45 claims)"
and no word of why)."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.conftest import SAMPLE_DIR
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.formats import export
from viewer.render.pdf_layout import render

ORIGINAL = SAMPLE_DIR / "002_fa0ffd6030053c64.txt"


@pytest.fixture
def with_a_copy(tmp_path):
    copy = tmp_path / "saved again.txt"
    copy.write_text(ORIGINAL.read_text(encoding="utf-8"), encoding="utf-16")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [ORIGINAL])
        import_paths(corpus, [copy])
        yield corpus


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_reports_name_what_a_copy_repeats(with_a_copy, tmp_path, fmt):
    target = tmp_path / f"r.{fmt}"
    export(with_a_copy, fmt, target)
    text = target.read_text(encoding="utf-8")
    assert text.count("near-duplicate of d1") == 1  # d2 in the list of articles; d1 repeats nothing
    assert "d1: the import found the same article already there, so the two share every claim" in text


def test_the_pdf_names_it_on_the_cover_and_the_article(with_a_copy, tmp_path):
    export(with_a_copy, "pdf", tmp_path / "r.pdf", render=render)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "r.pdf").pages]
    assert "near-duplicate of d1" in pages[0]
    assert any("Near-duplicate of: d1: the import found the same article already there" in page for page in pages[1:])
