"""A document read again from its original file: refused, saying why, unless the file is there and unchanged."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from viewer.corpus.importing import import_paths
from viewer.corpus.rereading import CannotReread, reading
from viewer.corpus.store import Corpus

PDFS = Path(__file__).parent / "pdfs"


def old_reading(data: bytes) -> str:
    """A PDF's text as the reader before READER_VERSION 8's prose fix stored it: pypdf's plain mode, tabs and ligatures."""
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    return "\n\n".join(page.strip("\n") for page in pages if page.strip())


def as_an_older_reader_left_it(corpus: Corpus, document_id: int, path: Path) -> str:
    """Store the document's text as the older reader read it (a corpus imported before the fix)."""
    text = old_reading(path.read_bytes())
    with corpus.transaction() as db:
        db.execute("UPDATE documents SET text = ?, text_reader = NULL WHERE id = ?", (text, document_id))
        db.execute("DELETE FROM boilerplate WHERE document_id = ?", (document_id,))
    corpus.rebuild_search_index()
    return text


@pytest.fixture
def printed(tmp_path):
    """A corpus holding the Qt-printed GVA article as an older reader stored it, with a note on a passage."""
    path = tmp_path / "printed article.pdf"
    shutil.copy(PDFS / "printed_article.pdf", path)
    corpus = Corpus(tmp_path / "c.corpus")
    [(_, document_id)] = import_paths(corpus, [path]).imported
    new_text = corpus.document(document_id).text
    old = as_an_older_reader_left_it(corpus, document_id, path)
    assert "\t" in old and "ﬃ" in old and old != new_text
    yield corpus, document_id, path, new_text
    corpus.close()


def test_the_file_reads_as_this_version_reads_it_and_passages_follow_their_words(printed):
    corpus, document_id, path, new_text = printed
    old = corpus.document(document_id).text
    start = old.index("oﬃcer")
    read = reading(corpus, document_id)
    assert read is not None and read.text == new_text
    span = read.moved.span(start, start + len("oﬃcer"))
    assert new_text[span[0]:span[1]] == "officer"
    assert read.moved.found > 0.95


def test_a_missing_file_is_named_and_nothing_changes(printed):
    corpus, document_id, path, _ = printed
    old = corpus.document(document_id).text
    path.rename(path.with_name("moved.pdf"))
    with pytest.raises(CannotReread, match=rf"the original file of d{document_id} is not there any more \(.*printed"
                                           r" article\.pdf\): move it back there to read it again; nothing was changed"):
        reading(corpus, document_id)
    assert corpus.document(document_id).text == old


def test_a_changed_file_is_refused(printed):
    corpus, document_id, path, _ = printed
    path.write_bytes(path.read_bytes() + b"\n% edited\n")
    with pytest.raises(CannotReread, match=r"has changed since it was imported \(.*: its SHA-256 differs\)"):
        reading(corpus, document_id)


def test_a_file_that_reads_the_same_changes_nothing(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title: A report\n\nSomething happened on Monday, officials said.\n", encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        [(_, document_id)] = import_paths(corpus, [path]).imported
        assert reading(corpus, document_id) is None


def test_a_record_of_a_file_of_many_and_an_unknown_id_are_refused(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps({"title": f"R{n}", "text": f"Report number {n} says something new."})
                              for n in range(2)), encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        imported = import_paths(corpus, [path]).imported
        document_id = imported[1][1]
        with pytest.raises(CannotReread, match=rf"d{document_id} is record 2 of .*records\.jsonl: a record is read"
                                               " again by importing its file again"):
            reading(corpus, document_id)
        with pytest.raises(CannotReread, match="the corpus holds no d9; nothing was read"):
            reading(corpus, 9)


def test_a_field_an_older_reader_read_wrong_is_read_again_with_the_same_text(tmp_path):
    """The Onion's pages were imported with the outlet "2015" (their copyright year); the fixed reader reads the same
    text, and `reread --older` said "reads the same; nothing changed", keeping the wrong outlet for good."""
    from viewer.corpus.rereading import store_reading

    path = tmp_path / "onion.html"
    path.write_text('<html><head><title>Parents Accept Relationship</title><meta name="copyright" content="2015">'
                    '<link rel="canonical" href="http://www.theonion.com/articles/parents-accept,37765/"></head><body>'
                    '<article><p>CHICAGO—The parents of a local woman said Wednesday that they had accepted her'
                    ' relationship.</p><p>“To be honest, we were worried at first,” her mother said.</p></article>'
                    '</body></html>', encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        [(_, document_id)] = import_paths(corpus, [path]).imported
        with corpus.transaction() as db:  # as the reader before the fix stored it
            db.execute("UPDATE documents SET outlet = '2015', text_reader = '2' WHERE id = ?", (document_id,))
        read = reading(corpus, document_id)
        assert read is not None and read.text == corpus.document(document_id).text
        assert read.said(len(read.text)) == (f"d{document_id} read again from {path} (the same text;"
                                             " outlet “2015” → “theonion.com”)")
        store_reading(corpus, read)
        assert corpus.document(document_id).outlet == "theonion.com"
        assert reading(corpus, document_id) is None


def test_a_field_the_file_no_longer_gives_is_emptied_and_a_corrected_one_stays(tmp_path):
    """An older reader took the page's stamp for its author ("Posted") and its <title> for a date; reread kept both,
    since only the fields the file gives were written back. Emptied now; the researcher's own title stays."""
    from viewer.corpus.publication import correct
    from viewer.corpus.rereading import store_reading

    path = tmp_path / "page.html"
    path.write_text('<html><head><title>Bridge reopens after repairs</title></head><body><article><p>The river bridge'
                    ' reopened to traffic on Monday after four months of repairs, the county said.</p><p>Drivers had'
                    ' used a detour through the town centre.</p></article></body></html>', encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        [(_, document_id)] = import_paths(corpus, [path]).imported
        correct(corpus, document_id, "title", "Bridge reopens (county statement)")
        with corpus.transaction() as db:  # as an older reader stored it
            db.execute("UPDATE documents SET author = 'Posted', url = 'http://example.org/x', text_reader = '3'"
                       " WHERE id = ?", (document_id,))
        read = reading(corpus, document_id)
        assert read is not None and read.text == corpus.document(document_id).text
        assert read.said(len(read.text)) == (
            f"d{document_id} read again from {path} (the same text; author “Posted” dropped (the file no"
            " longer gives it); url “http://example.org/x” dropped (the file no longer gives it))")
        store_reading(corpus, read)
        document = corpus.document(document_id)
        assert (document.author, document.url) == (None, None)
        assert document.title == "Bridge reopens (county statement)"
        assert reading(corpus, document_id) is None


def test_a_document_read_again_keeps_every_mark_a_fresh_import_gave_it(tmp_path):
    """A site name after a headline is marked over the corpus's titles, not from the file alone: a re-read replaced
    the document's marks with its file's and dropped "- WAFB 9 News Baton Rouge", which came back into claims."""
    from viewer.corpus.rereading import store_reading

    stories = {"shooting": ("Man shot on Elm Street", "A man was shot on Elm Street on Monday night, police said."),
               "fire": ("Fire destroys downtown bakery", "A fire destroyed a bakery downtown early Tuesday, the chief"
                                                         " said.")}
    for name, (headline, body) in stories.items():
        title = f"{headline} - WAFB 9 News Baton Rouge"
        (tmp_path / f"{name}.html").write_text(
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p>"
            "<p>Neighbours said they heard it from their homes.</p></article></body></html>", encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        imported = import_paths(corpus, sorted(tmp_path.glob("*.html"))).imported
        document_id = imported[0][1]
        marks_sql = 'SELECT start, "end", kind FROM boilerplate WHERE document_id = ? ORDER BY start, kind'
        fresh = corpus.db.execute(marks_sql, (document_id,)).fetchall()
        assert "site-name" in {kind for _, _, kind in fresh}
        with corpus.transaction() as db:  # as an older reader stored it: an author taken from the page's stamp
            db.execute("UPDATE documents SET author = 'Posted' WHERE id = ?", (document_id,))
        store_reading(corpus, reading(corpus, document_id))
        assert corpus.db.execute(marks_sql, (document_id,)).fetchall() == fresh
        assert corpus.db.execute("SELECT 1 FROM remarked_documents WHERE document_id = ?", (document_id,)).fetchone() \
            is None  # the re-read analyses it again itself
