"""The researcher's word that an article does not carry a claim, in every export: the claim's JSON record, the matrix
cell of the Markdown, HTML and PDF reports ("not carried", never "not found"), and, for a claim gone since, a list
of corrections that apply to no claim now."""
from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from viewer.analysis import operations, store
from viewer.export.formats import export
from viewer.jobs import TaskState
from viewer.render.pdf_layout import render


@pytest.fixture
def corrected(sample_corpus):
    """d2 does not carry claim 1 (the surrender, which d1 and d5 carry) nor claim 2 (d1's and d2's alone: gone)."""
    steps = [operations.not_carried(store.claim(sample_corpus, 1), 2), operations.not_carried(store.claim(sample_corpus, 2), 2)]
    operations.correction_job(steps)(sample_corpus, TaskState())
    assert [c.id for c in store.claims(sample_corpus) if len(c.documents()) > 1] == [1, 3]  # and the wounded counts
    return sample_corpus


def test_json_puts_the_correction_on_its_claim_and_keeps_the_one_whose_claim_is_gone(corrected, tmp_path):
    export(corrected, "json", tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    (claim,) = [c for c in data["claims"] if c.get("corrections")]
    assert claim["id"] == "c1" and {m["document"] for m in claim["mentions"]} == {"d1", "d5"}
    (said,) = claim["corrections"]
    assert said["kind"] == "not-carried" and said["document"] == "d2" and said["corrected"]
    (kept,) = data["stranded_corrections"]
    assert (kept["kind"], kept["document"], kept["claim"]) == ("not-carried", "d2", "c2")
    assert kept["label"] == "Of those who surrendered, 162 were officers and 47 were women."


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_markdown_and_html_say_not_carried_in_the_cell_and_list_the_stranded_correction(corrected, tmp_path, fmt):
    export(corrected, fmt, tmp_path / f"r.{fmt}", documents=[1, 2])
    page = (tmp_path / f"r.{fmt}").read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")  # Markdown's
    assert "not carried (your correction of" in page  # d2's cell of claim 1, shown though only d1 of the two carries it
    assert "not carried: the researcher judged that the source does not carry the claim" in page
    assert "Corrections that apply to no claim now (1)" in page
    assert "d2 does not carry claim [2]" in page and "left with d1 alone" in page


def test_the_pdf_matrix_says_not_carried_and_lists_the_stranded_correction(corrected, tmp_path):
    export(corrected, "pdf", tmp_path / "r.pdf", documents=[1, 2], render=render)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "not carried (your correction of" in text
    assert "Corrections that apply to no claim now (1)" in text
    assert "d2 does not carry claim [2]" in text
