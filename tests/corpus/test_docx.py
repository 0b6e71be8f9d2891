"""Word documents: their paragraphs and declared properties, and a clear reason when one cannot be read."""
from __future__ import annotations

import random
import zipfile
from io import BytesIO

import pytest

from viewer.corpus.formats import FormatError, docx
from viewer.corpus.importing import import_paths
from viewer.corpus.publication import evidence

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = (f'<w:document {W}><w:body>'
        '<w:p><w:r><w:t>Harbour road reopens</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">The harbour road reopened on Friday, </w:t></w:r>'
        '<w:r><w:t>the city said.</w:t></w:r><w:r><w:delText>Crews left.</w:delText></w:r></w:p>'
        '<w:p/>'
        '<w:p><w:r><w:t>Mayor:</w:t><w:tab/><w:t>“It is safe.”</w:t><w:br/><w:t>Photo: city hall</w:t></w:r></w:p>'
        '</w:body></w:document>')
CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        '<dc:title>Harbour road</dc:title><dc:creator>Ana Lysenko</dc:creator>'
        '<dcterms:created>2024-03-08T10:00:00Z</dcterms:created></cp:coreProperties>')


def word_file(parts: dict[str, str]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


BOXED = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
         ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>'
         '<w:p><w:r><w:t xml:space="preserve">The ferry sails at noon. </w:t></w:r><w:r><mc:AlternateContent>'
         '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Timetable: noon, four</w:t></w:r></w:p>'
         '<w:p><w:r><w:t>Fares rise in May</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
         '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Timetable: noon, four</w:t></w:r></w:p>'
         '<w:p><w:r><w:t>Fares rise in May</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
         '</mc:AlternateContent></w:r><w:r><w:t>Crews said so.</w:t></w:r></w:p>'
         '<w:p><w:r><w:t>The harbour stays open.</w:t></w:r></w:p></w:body></w:document>')


def test_a_text_box_is_read_once_after_the_paragraph_it_stands_in():
    """Its words were read into the paragraph around it as well as on their own, and again from the copy Word keeps
    for older readers: four times in all."""
    [doc] = docx.read(word_file({"word/document.xml": BOXED}), {}).documents
    assert doc.text == ("The ferry sails at noon. Crews said so.\n\nTimetable: noon, four\n\nFares rise in May\n\n"
                        "The harbour stays open.")


def test_paragraphs_and_properties_are_read():
    [doc] = docx.read(word_file({"word/document.xml": BODY, "docProps/core.xml": CORE}), {}).documents
    assert doc.text == ("Harbour road reopens\n\nThe harbour road reopened on Friday, the city said.\n\n"
                        "Mayor: “It is safe.”\nPhoto: city hall")
    assert doc.fields == {"title": "Harbour road", "author": "Ana Lysenko", "published": "2024-03-08T10:00:00Z"}


def test_a_document_without_properties_is_read_for_its_text():
    [doc] = docx.read(word_file({"word/document.xml": BODY}), {}).documents
    assert doc.fields == {} and doc.text.startswith("Harbour road reopens")


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04", "not a Word document that can be opened"),
    (b"plain words, renamed", "not a Word document: the file is plain text named .docx; rename it .txt"),
    (bytes(range(256)) * 4, "not a Word document that can be opened"),
    (word_file({"content.xml": "<office/>"}), "not a Word document: the file has no document text"),
    (word_file({"word/document.xml": "<w:document"}), "the Word document's text is damaged"),
    (word_file({"word/document.xml": f"<w:document {W}><w:body><w:p/></w:body></w:document>"}), "no text in the Word"),
])
def test_a_file_that_cannot_be_read_says_why(data, reason):
    with pytest.raises(FormatError, match=reason):
        docx.read(data, {})


def test_a_part_that_would_unpack_past_any_article_is_refused_unread(monkeypatch):
    monkeypatch.setattr(docx, "MAX_PART_BYTES", 100)
    with pytest.raises(FormatError, match="unpacks to .* bytes, more than any article"):
        docx.read(word_file({"word/document.xml": BODY}), {})


def test_the_day_word_made_the_file_is_kept_as_that_not_as_the_article_s_date(memory_corpus, tmp_path):
    """Word stamps a file with the day it was made, as a browser stamps a page printed to PDF: the day the researcher
    pasted the article, which places it only when nothing else does."""
    path = tmp_path / "harbour.docx"
    path.write_bytes(word_file({"word/document.xml": BODY, "docProps/core.xml": CORE}))
    [(_, document_id)] = import_paths(memory_corpus, [path]).imported
    document = memory_corpus.document(document_id)
    assert (document.title, document.author, document.source_format) == ("Harbour road", "Ana Lysenko", "docx")
    dated = [(e.field, e.source) for e in evidence(memory_corpus, document_id) if e.field in ("made", "published")]
    assert dated == [("made", "metadata")]


def _packed(body: str) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", body)
    return out.getvalue()


def test_a_zip_bomb_is_refused_from_the_archive_s_directory_before_anything_is_unpacked(monkeypatch, tmp_path,
                                                                                        memory_corpus):
    bomb = _packed(f"<w:document {W}><w:body>" + "<w:p/>" * 400_000 + "</w:body></w:document>")  # 2.4 MB in 1 file
    assert len(bomb) < 30_000

    def unpacked(*args, **kwargs):
        raise AssertionError("a part of the bomb was unpacked")

    monkeypatch.setattr(zipfile.ZipFile, "open", unpacked)
    path = tmp_path / "statement.docx"
    path.write_bytes(bomb)
    report = import_paths(memory_corpus, [path])
    [(where, reason)] = report.failed
    assert where == str(path) and not report.imported
    assert reason.startswith("refused unread, as a ZIP bomb: its word/document.xml would unpack to 2.3 MB from")
    assert "a Word document's text packs at most 100 times smaller" in reason


def test_a_long_real_document_packed_as_text_packs_is_read():
    rng = random.Random(7)
    words = "harbour road council bridge mayor repairs reopened storm damage ferry crews Friday closure".split()
    paragraphs = [" ".join(rng.choice(words) for _ in range(30)) for _ in range(6000)]
    data = _packed(f"<w:document {W}><w:body>"
                   + "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs) + "</w:body></w:document>")
    info = zipfile.ZipFile(BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size > docx.PACKING_CHECKED_FROM and info.file_size / info.compress_size < docx.MAX_PACKING
    [doc] = docx.read(data, {}).documents
    assert doc.text.split("\n\n") == paragraphs
