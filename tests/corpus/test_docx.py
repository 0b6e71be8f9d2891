"""Word documents: their paragraphs and declared properties, and a clear reason when one cannot be read."""
from __future__ import annotations

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
