"""The researcher's tags and notes reach every export, notes as the Markdown they were written in,
and reports join their pieces without doubled punctuation or repeated ids."""
from __future__ import annotations

import csv
import io
import re

import pytest
from pypdf import PdfReader

from viewer.corpus import notes
from viewer.export.formats import export
from viewer.export.interchange import corpus_to_dict
from viewer.render.pdf_layout import render

DOUBLED = re.compile(r"(?<![.…])\.\.(?![.…])|…\.|\.…|\.;")


@pytest.fixture
def annotated(export_corpus):
    boy = next(a for a in _statements(export_corpus) if a.speaker_name == "Vadim Boychenko")
    notes.set_tags(export_corpus, "claim", notes.claim_key(1), ["disputed"])
    notes.set_tags(export_corpus, "document", notes.document_key(1), ["verified", "wire copy"])
    notes.set_tags(export_corpus, "statement", notes.span_key(1, boy.content.start, boy.content.end), ["follow-up"])
    with export_corpus.transaction() as db:  # c1 quoted twice in d2, as a report can repeat a figure
        start = export_corpus.document(2).text.index("Ukraine is yet to comment")
        db.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (1, 2, ?, ?)', (start, start + 25))
    return export_corpus


def _statements(corpus):
    from viewer.analysis import store

    return store.attributions(corpus)


def test_json_carries_the_optional_tags_and_notes_keys(annotated):
    data = corpus_to_dict(annotated)
    d1 = next(d for d in data["documents"] if d["id"] == "d1")
    assert d1["tags"] == ["verified", "wire copy"]
    assert d1["notes"][0]["text"].startswith("Saved from the BNR site on *2022-04-14*.")
    assert set(d1["notes"][0]) == {"text", "created", "updated"}
    c1 = next(c for c in data["claims"] if c["id"] == "c1")
    assert c1["tags"] == ["disputed"] and c1["notes"][0]["text"].startswith("Ask **AFP**")
    statement = next(a for a in data["attributions"] if a["speaker_name"] == "Vadim Boychenko")
    assert statement["tags"] == ["follow-up"] and statement["notes"][0]["text"] == "Figure not confirmed elsewhere."
    untouched = next(c for c in data["claims"] if c["id"] == "c4")
    assert "tags" not in untouched and "notes" not in untouched  # absent when empty


def test_csv_tables_carry_tags_and_notes(annotated, tmp_path):
    export(annotated, "csv", tmp_path / "t.csv")
    read = lambda name: list(csv.DictReader(io.StringIO((tmp_path / f"t-{name}.csv").read_text(encoding="utf-8-sig"))))  # noqa: E731
    documents = {r["document"]: r for r in read("documents")}
    assert documents["d1"]["tags"] == "verified; wire copy" and "Saved from the BNR site" in documents["d1"]["note"]
    assert {r["tags"] for r in read("claims") if r["claim"] == "c1"} == {"disputed"}
    boy = next(r for r in read("attributions") if r["speaker_name"] == "Vadim Boychenko")
    assert boy["tags"] == "follow-up"
    numbers = {a["speaker_name"]: a["id"] for a in corpus_to_dict(annotated)["attributions"]}
    assert boy["attribution"] == numbers["Vadim Boychenko"]  # the same a-id as the JSON


def test_markdown_passes_notes_through_and_lists_tags(annotated, tmp_path):
    export(annotated, "md", tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Ask **AFP** for the original ministry statement." in text and "\\*\\*AFP" not in text
    assert "    - compare unit names" in text  # the note's own list, nested under its claim
    assert "- **Tags:** verified, wire copy" in text and "  - tags: disputed" in text and "tags: follow-up" in text
    assert "<script>" not in text and "&lt;script>" in text
    assert "Also in d2." in text and "d2, d2" not in text
    assert not DOUBLED.search(text), DOUBLED.search(text)


def test_html_renders_notes_and_lists_tags(annotated, tmp_path):
    export(annotated, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<strong>AFP</strong>" in page and "<script>" not in page
    assert "<b>Tags:</b> verified, wire copy" in page and "tags: disputed" in page and "tags: follow-up" in page
    assert not re.search(r"d2</a>, <a href=\"#d2\"", page)
    assert not DOUBLED.search(re.sub(r"<[^>]+>", "", page))


def test_pdf_prints_tags_and_notes_and_lists_them_as_comments(annotated, tmp_path):
    target = tmp_path / "r.pdf"
    export(annotated, "pdf", target, render=render)
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Tags: verified, wire copy" in text and "Tags: disputed" in text and "Tags: follow-up" in text
    comments = [a.get_object().get("/Contents", "") for page in reader.pages for a in page.get("/Annots", [])]
    assert any("Tags: disputed" in c for c in comments)
    assert "Also in d2 p." in text and not re.search(r"d2 p\. \d+, d2 p\.", text)
    assert not DOUBLED.search(text), DOUBLED.search(text)
