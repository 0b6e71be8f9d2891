"""Reports date each article as its timeline does: a dateline's, the text's or a correction's date,
with where it came from, not only a date the file's metadata carried."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from viewer.corpus import publication
from viewer.export.formats import export
from viewer.render.pdf_layout import render

ESTIMATED = "2022-05-18 (text, estimated) — estimated from the text:"


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_an_article_dated_by_its_text_or_a_correction_is_dated_in_the_report(sample_corpus, tmp_path, fmt):
    """d5 names no date in its file (its text gives the day); d1 none anywhere until the researcher sets one.
    The reports said nothing of d5's date, while their own timelines placed it on 18 May."""
    target = tmp_path / f"r.{fmt}"
    export(sample_corpus, fmt, target, documents=[1, 5], render=render)
    text = _text(target, fmt)
    assert ESTIMATED in text and _listed("EFE and AFP, 2022-05-18", fmt) in _contents(text, fmt)
    assert "undated (no date found) — no date in the metadata, dateline or text" in text
    assert "undated, so never a claim" in text
    publication.correct(sample_corpus, 1, "published", "13 April 2022")
    export(sample_corpus, fmt, target, documents=[1, 5], render=render)
    text = _text(target, fmt)
    assert "2022-04-13 (corrected) — set by the researcher" in text and _listed("BNR, 2022-04-13", fmt) in _contents(text, fmt)


def _text(target, fmt: str) -> str:
    if fmt == "pdf":
        return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    return target.read_text(encoding="utf-8").replace("<strong>", "").replace("</strong>", "")


def _listed(facts: str, fmt: str) -> str:
    """Outlet and date as the list of articles gives them: "d5 EFE and AFP, 2022-05-18, p. 9: title" on the PDF's
    cover, "title (EFE and AFP, 2022-05-18)" in Markdown and HTML."""
    return f"{facts}, p." if fmt == "pdf" else f"({facts})"


def _contents(text: str, fmt: str) -> str:
    """The list of articles at the top (the PDF's cover)."""
    return text[:3000] if fmt == "pdf" else text[:text.index("Claim")]


def test_the_csv_documents_table_dates_an_article_as_the_reports_do(sample_corpus, tmp_path):
    """Its published column held the file's metadata alone: every plain-text article was undated there, while
    the reports beside it gave the day its dateline or text says."""
    import csv

    def rows():
        export(sample_corpus, "csv", tmp_path / "t.csv", documents=[1, 5])
        with open(tmp_path / "t-documents.csv", encoding="utf-8-sig", newline="") as table:
            return {r["document"]: (r["published"], r["date_from"]) for r in csv.DictReader(table)}

    assert rows() == {"d1": ("", "import"), "d5": ("2022-05-18", "text, estimated")}
    publication.correct(sample_corpus, 1, "published", "13 April 2022")
    assert rows()["d1"] == ("2022-04-13", "corrected")


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_the_list_of_articles_says_undated_beside_the_dated_ones(sample_corpus, tmp_path, fmt):
    """d1 and d3 have no date found: listed "d1 BNR" beside "d2 2022-04-13", the outlet stood where the other
    article's date did, and a researcher scanning the list for who came first read nothing for them."""
    target = tmp_path / f"r.{fmt}"
    export(sample_corpus, fmt, target, documents=[1, 2, 3], render=render)
    contents = _contents(_text(target, fmt), fmt)
    for facts in ("BNR, undated", "2022-04-13", "Latin Times, undated"):
        assert _listed(facts, fmt) in contents


def test_the_pdf_cover_gives_each_article_its_page_on_its_first_line(sample_corpus, tmp_path):
    """d2's line on the cover ended "— p." and its 8 began the next line; kept together, "— p. 8" took a line
    of its own under each long title."""
    target = tmp_path / "r.pdf"
    export(sample_corpus, "pdf", target, documents=[1, 2, 3], render=render)
    cover = " ".join(PdfReader(target).pages[0].extract_text().split())
    for label, facts, title in (("d1", "BNR, undated", "Russia's Defense"), ("d2", "2022-04-13", "Russia said"),
                                ("d3", "Latin Times, undated", "After initial")):
        assert re.search(rf"{label} {facts}, p\. \d+: {title}", cover), cover
