"""Letters no font of the system draws are printed as empty boxes, and the PDF export says so, by script."""
from __future__ import annotations

import pytest

from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.pdf import export_pdf, undrawn_said
from viewer.render.glyphs import undrawn_letters
from viewer.render.pdf_layout import FAMILY, ensure_gui, render

LINEAR_A = "\U00010600\U00010601\U00010602"  # letters of a script next to no system has a font for


def test_the_message_names_the_scripts_and_how_to_mend_it():
    said = undrawn_said(frozenset("台风袭击한국ひらがな，"))
    assert said is not None and said.startswith("10 different letters (CJK, Hangul, Hiragana) are printed as empty boxes")
    assert "Noto Sans CJK" in said
    assert undrawn_said(frozenset("，。")) is None and undrawn_said(frozenset()) is None


def test_a_pdf_of_an_article_in_a_script_no_font_draws_says_so(tmp_path):
    ensure_gui()
    if not undrawn_letters(LINEAR_A, FAMILY):
        pytest.skip("this system has a font for Linear A")
    article = tmp_path / "tablet.txt"
    article.write_text(f"Tablet found\n\nThe tablet reads {LINEAR_A} on its face, the museum said.\n", encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [article])
        summary = export_pdf(corpus, tmp_path / "report.pdf", render)
    assert "3 different letters (Linear) are printed as empty boxes" in summary.message


def test_a_pdf_all_of_whose_letters_are_drawn_says_nothing_of_fonts(tmp_path):
    article = tmp_path / "report.txt"
    article.write_text("Bridge reopens\n\nThe bridge reopened on Monday, the county said. Café owners cheered.\n",
                       encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [article])
        summary = export_pdf(corpus, tmp_path / "report.pdf", render)
    assert "empty boxes" not in (summary.message or "")
