"""A document without an outlet or a date is described by what is known, in every report."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from viewer.export.formats import export
from viewer.render.pdf_layout import render

EMPTY_SLOTS = re.compile(r"·\s*·|—,|, no date|d1\s+,|\bd1 ·\s*$|\bd1  \|", re.MULTILINE)


@pytest.fixture
def unknown_source(export_corpus):
    with export_corpus.transaction() as db:
        db.execute("UPDATE documents SET outlet = NULL, published = NULL WHERE id = 1")
    return export_corpus


def _outline(reader: PdfReader) -> list[str]:
    out = []
    for item in reader.outline:
        out += _outline_titles(item)
    return out


def _outline_titles(item) -> list[str]:
    return [t for i in item for t in _outline_titles(i)] if isinstance(item, list) else [item.title]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_leave_no_empty_slot(unknown_source, tmp_path, fmt):
    target = tmp_path / f"r.{fmt}"
    export(unknown_source, fmt, target)
    text = target.read_text(encoding="utf-8")
    assert "d1" in text
    assert not EMPTY_SLOTS.search(text), EMPTY_SLOTS.search(text)


def test_the_pdf_leaves_no_empty_slot(unknown_source, tmp_path):
    target = tmp_path / "r.pdf"
    export(unknown_source, "pdf", target, render=render)
    reader = PdfReader(target)
    text = "\n".join(page.extract_text() for page in reader.pages)
    titles = _outline(reader)
    assert any(t.startswith("d1 · Russia says") for t in titles), titles
    assert not EMPTY_SLOTS.search(text), EMPTY_SLOTS.search(text)
    assert not any(EMPTY_SLOTS.search(t) for t in titles), titles
