"""The researcher's tags and notes reach every export, notes as the Markdown they were written in,
and reports join their pieces without doubled punctuation or repeated ids."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

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


LEFT = "A note whose claim had already gone."  # in the schema-3 corpus, on a claim no analysis finds any more


@pytest.fixture
def stranded_corpus(tmp_path):
    """An older corpus holding a note on a claim that is gone, and a note on a statement since read
    differently: no export carried either (walk24: the memo on an unlinked claim was in none)."""
    import shutil

    from viewer.corpus.store import Corpus

    path = tmp_path / "old.corpus"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "schema-3-claim-notes.corpus", path)
    corpus = Corpus(path, create=False)
    notes.set_note(corpus, "statement", notes.span_key(1, 0, 3), "Who said this?")
    notes.set_tags(corpus, "statement", notes.span_key(1, 0, 3), ["speaker check"])
    yield corpus
    corpus.close()


def test_json_carries_notes_on_what_the_analysis_no_longer_finds(stranded_corpus):
    data = corpus_to_dict(stranded_corpus)
    left = {n["key"]: n for n in data["stranded_notes"]}
    assert set(left) == {"2:0-5", "1:0-3"}
    assert left["2:0-5"]["target"] == "claim" and left["2:0-5"]["notes"][0]["text"] == LEFT
    assert left["1:0-3"]["document"] == "d1" and left["1:0-3"]["tags"] == ["speaker check"]
    assert "stranded_notes" not in corpus_to_dict(_fresh(stranded_corpus)), "absent when every note has its target"


def _fresh(corpus):
    with corpus.transaction() as db:
        db.execute("DELETE FROM notes WHERE target_key IN ('2:0-5', '1:0-3')")
        db.execute("DELETE FROM tags WHERE target_key = '1:0-3'")
    return corpus


@pytest.mark.parametrize("format", ["md", "html", "csv", "pdf"])
def test_reports_carry_notes_on_what_the_analysis_no_longer_finds(stranded_corpus, tmp_path, format):
    target = tmp_path / f"r.{format}"
    export(stranded_corpus, format, target, render=render)
    if format == "pdf":
        reader = PdfReader(target)
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        comments = [a.get_object().get("/Contents", "") for page in reader.pages for a in page.get("/Annots", [])]
        assert LEFT in comments and "Who said this?" in comments
        assert "Notes on what the analysis no longer finds" in [o.title for o in reader.outline if not isinstance(o, list)]
    elif format == "csv":
        rows = list(csv.DictReader(io.StringIO((tmp_path / "r-notes.csv").read_text(encoding="utf-8-sig"))))
        gone = {r["target"]: r for r in rows if r["found"].startswith("no")}
        assert gone["2:0-5"]["note"] == LEFT and gone["1:0-3"]["tags"] == "speaker check"
        assert {r["target"] for r in rows if r["found"] == "yes"} >= {"c1", "d1"}
        text = LEFT + " Who said this? speaker check"
    else:
        text = target.read_text(encoding="utf-8")
    assert "Notes on what the analysis no longer finds" in text or format == "csv"
    assert LEFT in text and "Who said this?" in text and "speaker check" in text


def test_a_report_of_some_documents_carries_the_lost_notes_of_those_documents_only(stranded_corpus, tmp_path):
    export(stranded_corpus, "md", tmp_path / "r.md", documents=[2])
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Who said this?" not in text and LEFT not in text  # a statement of d1; a claim names no document
    export(stranded_corpus, "md", tmp_path / "r1.md", documents=[1])
    assert "Who said this?" in (tmp_path / "r1.md").read_text(encoding="utf-8")


@pytest.fixture
def coded_passage(export_corpus):
    text = export_corpus.document(2).text
    start = text.index("metal plant")
    key = notes.span_key(2, start, start + len("metal plant"))
    notes.set_note(export_corpus, "passage", key, "Which plant? **Azovstal**?")
    notes.set_tags(export_corpus, "passage", key, ["place"])
    return export_corpus, start


@pytest.mark.parametrize("format", ["json", "md", "html", "csv", "pdf"])
def test_every_export_carries_a_coded_passage(coded_passage, tmp_path, format):
    corpus, start = coded_passage
    if format == "json":
        passage = corpus_to_dict(corpus)["passage_notes"]
        assert passage == [{"document": "d2", "start": start, "end": start + 11, "text": "metal plant", "tags": ["place"],
                            "notes": [{"text": "Which plant? **Azovstal**?", **{k: passage[0]["notes"][0][k] for k in ("created", "updated")}}]}]
        return
    target = tmp_path / f"r.{format}"
    export(corpus, format, target, render=render)
    if format == "csv":
        rows = list(csv.DictReader(io.StringIO((tmp_path / "r-notes.csv").read_text(encoding="utf-8-sig"))))
        assert {"target": f"d2:{start}-{start + 11}", "kind": "passage", "document": "d2", "start": str(start),
                "end": str(start + 11), "text": "metal plant", "found": "yes", "tags": "place",
                "note": "Which plant? **Azovstal**?"} in rows
    elif format == "pdf":
        reader = PdfReader(target)
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert "On the passage “metal plant”" in text and "Tags: place" in text
        comments = [a.get_object().get("/Contents", "") for page in reader.pages for a in page.get("/Annots", [])]
        assert "Which plant? Azovstal?" in comments
    else:
        page = target.read_text(encoding="utf-8")
        assert "On the passage" in page and "“metal plant”" in page and "tags: place" in page
        assert ("Which plant? **Azovstal**?" if format == "md" else "Which plant? <strong>Azovstal</strong>?") in page


def test_pdf_comments_read_the_notes_markdown_as_text_and_the_page_shows_it_formatted(export_corpus, tmp_path):
    """A PDF reader's comments panel shows a comment's text as it is: "**2 a.m.**" read as typed."""
    notes.set_note(export_corpus, "claim", notes.claim_key(2),
                   "Shot at **2 a.m.**, _not_ midnight; see [the log](https://example.org/log).\n\n"
                   "1. call the ministry\n2. ask AFP\n   - for the wire copy")
    target = tmp_path / "r.pdf"
    export(export_corpus, "pdf", target, render=render)
    reader = PdfReader(target)
    pinned = {str(a.get_object()["/Subj"]): str(a.get_object()["/Contents"])
              for page in reader.pages for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Text"}
    assert pinned["Note on claim [2]"] == ("Shot at 2 a.m., not midnight; see the log (https://example.org/log).\n"
                                          "1. call the ministry\n2. ask AFP\n   • for the wire copy")
    assert pinned["Note on claim [1]"] == "Ask AFP for the original ministry statement.\n• compare unit names\n• check the date"
    assert pinned["Note on d1"] == "Saved from the BNR site on 2022-04-14. <script>alert(1)</script>"
    for comment in pinned.values():
        assert "**" not in comment and "](" not in comment
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Shot at 2 a.m." in text and "**2 a.m.**" not in text, "the page shows the note formatted, not its marks"


def test_a_symbol_no_font_draws_is_named_in_the_pdf_and_kept_in_its_comments(export_corpus, tmp_path):
    """The bundle's DejaVu Sans has no 🔫: the tag printed as an empty box beside its words."""
    notes.set_tags(export_corpus, "claim", notes.claim_key(1), ["🔫 weapon"])
    notes.set_note(export_corpus, "document", "d2", "Photo of a 🔫️ on 🇺🇦 television, ★ rated")
    target = tmp_path / "r.pdf"
    export(export_corpus, "pdf", target, render=render)
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Tags: [pistol] weapon" in text and "🔫" not in text
    assert "Photo of a [pistol] on [flag UA] television, ★ rated" in text, "a symbol DejaVu has stays itself"
    comments = [str(a.get_object().get("/Contents", "")) for page in reader.pages for a in page.get("/Annots", [])]
    assert any("Tags: 🔫 weapon" in c for c in comments), "a PDF reader shows the comment in its own fonts"


def test_an_image_in_a_note_is_a_named_link_in_every_report_never_a_picture(export_corpus, tmp_path):
    """A note holding "![map](http://…)" read "… check. !map" in the PDF and HTML reports: the image rule was off, so
    its "!" stayed and the picture went unnamed; the Markdown report kept the image, which a viewer fetches. A report
    never loads it: it is a link saying it is an image."""
    notes.set_note(export_corpus, "claim", notes.claim_key(2), "Check the route. ![flood map](http://127.0.0.1:9/map.png)")
    export(export_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<a href="http://127.0.0.1:9/map.png">image: flood map</a>' in page and "<img" not in page
    export(export_corpus, "md", tmp_path / "r.md")  # a Markdown viewer loads "![…](http://…)" as the report opens
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Check the route. [image: flood map](http://127.0.0.1:9/map.png)" in text and "![" not in text
    export(export_corpus, "pdf", tmp_path / "r.pdf", render=render)
    reader = PdfReader(tmp_path / "r.pdf")
    pinned = {str(a.get_object()["/Subj"]): str(a.get_object()["/Contents"])
              for page in reader.pages for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Text"}
    assert pinned["Note on claim [2]"] == "Check the route. image: flood map (http://127.0.0.1:9/map.png)"
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Check the route. image: flood map" in text and "!flood map" not in text
