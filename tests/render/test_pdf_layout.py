"""The Qt page layout: a heading never ends a page without the paragraph it introduces."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from viewer.export.pdf_document import PAGE_SIZES, Paragraph, Run, Section
from viewer.render.pdf_layout import render



def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in page)


@pytest.mark.parametrize("fillers", range(46, 62))
def test_a_heading_starts_the_page_of_its_first_paragraph(tmp_path, fillers):
    # However many short lines come before it (small steps, so every position near the foot of the
    # first page is tried), the heading lands on the page where its paragraph starts.
    blocks = [Paragraph([Run(f"Line {n}")], "small") for n in range(fillers)]
    blocks += [Paragraph([Run("Notes on the claims")], "h2"), Paragraph([Run("First note after the heading.")], "note")]
    target = tmp_path / "h.pdf"
    rendered = render([Section("Heading test", blocks)], target, PAGE_SIZES["A4"])
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert rendered.page_count == len(pages)
    assert _page_of(pages, "Notes on the claims") == _page_of(pages, "First note after the heading.")
