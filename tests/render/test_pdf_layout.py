"""The Qt page layout: a heading never ends a page without the paragraph it introduces."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from viewer.export.pdf_document import PAGE_SIZES, Paragraph, Run, Section
from viewer.render.pdf_layout import render

REPO = Path(__file__).resolve().parents[2]


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


SPECIMEN_DRIVER = r'''
import sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtSvg
from viewer.corpus.store import Corpus
from viewer.export.formats import export
from viewer.render.pdf_layout import ensure_gui, render, settle_types

ensure_gui()
settle_types()
modules = (PySide6.QtCore, PySide6.QtGui, PySide6.QtSvg)
before = [set(vars(module)) for module in modules]  # PySide6 adds a type to its module's namespace when first used
with Corpus(sys.argv[1]) as corpus:
    export(corpus, "pdf", sys.argv[2], render=render)
print(" ".join(sorted(name for module, seen in zip(modules, before) for name in set(vars(module)) - seen)))
'''


def test_the_specimen_creates_every_qt_type_a_real_export_lays_out_with(sample_corpus_file, tmp_path):
    # The window settles the types on its own thread before a PDF job starts: PySide6 creates a type on
    # first use, not thread-safely, and a job once failed with "type object 'QGradient' has no
    # attribute 'Preset'" while the window painted.
    corpus = shutil.copy(sample_corpus_file, tmp_path / "sample.corpus")
    run = subprocess.run([sys.executable, "-c", SPECIMEN_DRIVER, str(corpus), str(tmp_path / "r.pdf")],
                         cwd=REPO, capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == [], "types the specimen leaves for the job thread to create"
    assert len(PdfReader(tmp_path / "r.pdf").pages) >= 3
