"""A statement whose words open with the article's own quotation mark ("Trump later tweeted that “we have
defeated ISIS…") is quoted once in every report: BASIL's PDF printed "Trump (indirect) ““we have defeated…"."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.conftest import _analysed_reports
from viewer.analysis import store
from viewer.corpus.store import Corpus
from viewer.export.formats import export
from viewer.export.pdf import export_pdf
from viewer.render.pdf_layout import render

REPORTS = {
    "a.txt": "Harbour plan approved\n\nThe mayor later wrote that “the harbour will reopen in June, whatever the cost"
             " to the city.”\n\nThe council voted on Monday.\n",
    "b.txt": "Council backs harbour\n\nThe mayor said the harbour would reopen in June. The council voted on Monday.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    with Corpus(_analysed_reports(tmp_path_factory, "quoted_statements", REPORTS), create=False) as opened:
        yield opened


def test_a_statement_opening_with_its_own_quotation_mark_is_quoted_once(corpus, tmp_path):
    opening = [a for a in store.attributions(corpus)
               if corpus.document(a.document_id).text[a.content.start:a.content.end].startswith("“the harbour")]
    assert opening, "the analysis reads the mayor's written words as a statement"
    export(corpus, "md", tmp_path / "r.md")
    export(corpus, "html", tmp_path / "r.html")
    export_pdf(corpus, tmp_path / "r.pdf", render)
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "r.pdf").pages)
    for name, text in (("Markdown", (tmp_path / "r.md").read_text(encoding="utf-8")),
                       ("HTML", (tmp_path / "r.html").read_text(encoding="utf-8")), ("PDF", pdf)):
        assert "“the harbour will reopen" in text, name
        assert "““" not in text, f"{name} doubles the statement's opening mark"
