"""A corpus imported before the page-line table gets its marks when it is next opened for writing."""
import hashlib
import sqlite3

import pytest

from viewer.analysis.documents import DocumentAnalysis
from viewer.analysis.store import documents_to_analyse, write_documents
from viewer.corpus import page_marks, publication
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus, CorpusError

CURRENT = "current analyser"
PAGE = ("Man charged in drive-by shooting\n\nPlease enable Javascript to watch this video\n\n"
        "KENT, Wash. -- Prosecutors charged a 25-year-old man with murder on Monday.\n\nAdvertisement\n\n"
        "The investigation is ongoing.\n\nYour notification has been saved.\n")
PLAIN = "Two killed in crash\n\nTwo people died on Route 9 on Sunday, police said.\n\nThe road was closed.\n"


def old_corpus(tmp_path):
    """Two reports imported and analysed, then made as an import before the table left them: no
    page marks and no stamp. The plain report never had any."""
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(PLAIN, encoding="utf-8")
    path = tmp_path / "old.corpus"
    with Corpus(path) as corpus:
        imported = dict(import_paths(corpus, [tmp_path / "page.txt", tmp_path / "plain.txt"]).imported)
        with corpus.transaction() as db:
            db.conn.executemany("INSERT INTO analysed_documents VALUES (?, '2026-11-01', ?)",
                                [(i, CURRENT) for i in imported.values()])
            db.execute("DELETE FROM boilerplate WHERE kind = 'page'")
            db.execute("DELETE FROM corpus_info WHERE key = ?", (page_marks.STAMP_KEY,))
        corpus.make_self_contained()
    ids = {name.rsplit("/", 1)[-1]: i for name, i in imported.items()}
    return path, ids["page.txt"], ids["plain.txt"]


def page_lines_of(corpus, document_id):
    text = corpus.document(document_id).text
    return [span.text_of(text) for span, kind in corpus.boilerplate_kinds(document_id) if kind == "page"]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_old_corpus_gets_its_page_marks_and_only_the_marked_report_is_analysed_again(tmp_path):
    path, page, plain = old_corpus(tmp_path)
    with sqlite3.connect(path) as raw:
        other_marks = raw.execute("SELECT document_id, start, \"end\", kind FROM boilerplate ORDER BY 1, 2").fetchall()
    with Corpus(path, create=False) as corpus:
        assert page_lines_of(corpus, page) == ["Please enable Javascript to watch this video", "Advertisement",
                                               "Your notification has been saved."]
        assert page_lines_of(corpus, plain) == []
        assert corpus.document(page).text == PAGE and corpus.document(plain).text == PLAIN
        kept = corpus.db.execute(
            "SELECT document_id, start, \"end\", kind FROM boilerplate WHERE kind != 'page' ORDER BY 1, 2").fetchall()
        assert kept == other_marks
        assert documents_to_analyse(corpus, CURRENT) == [page]
        assert page_marks.is_current(corpus.db)
        assert publication.gather_missing(corpus) == 1  # its dates read again, without the page lines
        write_documents(corpus, [DocumentAnalysis(page)], CURRENT)
        assert documents_to_analyse(corpus, CURRENT) == [] and publication.gather_missing(corpus) == 0


def test_marks_made_with_the_current_table_are_not_made_again(tmp_path):
    path, page, _plain = old_corpus(tmp_path)
    with Corpus(path, create=False) as corpus:
        with corpus.transaction() as db:  # the researcher's corpus as this version left it, minus one mark
            db.execute("DELETE FROM boilerplate WHERE kind = 'page' AND start = (SELECT min(start) FROM boilerplate"
                       " WHERE kind = 'page')")
    with Corpus(path, create=False) as corpus:
        assert page_lines_of(corpus, page) == ["Advertisement", "Your notification has been saved."]


def test_marking_that_fails_half_way_leaves_the_corpus_as_it_was(tmp_path, monkeypatch):
    path, page, _plain = old_corpus(tmp_path)
    seen = []

    def failing(text, other):
        seen.append(text)
        if len(seen) == 2:
            raise OSError("disk gone")
        return real(text, other)

    real = page_marks.page_lines
    monkeypatch.setattr(page_marks, "page_lines", failing)
    with pytest.raises(OSError):
        Corpus(path, create=False)
    monkeypatch.undo()
    with Corpus(path, create=False, read_only=True) as corpus:
        assert page_lines_of(corpus, page) == [] and not page_marks.is_current(corpus.db)
        assert documents_to_analyse(corpus, CURRENT) == []


def test_a_read_only_corpus_is_read_as_it_is(tmp_path):
    path, page, _plain = old_corpus(tmp_path)
    before = digest(path)
    with Corpus(path, create=False, read_only=True) as corpus:
        assert page_lines_of(corpus, page) == []
        with pytest.raises(CorpusError, match="read-only"):
            with corpus.transaction():
                pass
    assert digest(path) == before
