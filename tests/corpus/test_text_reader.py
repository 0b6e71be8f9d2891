"""Which reader version read each document's text (migration 14): older corpora say "unknown", new imports and
re-reads store the current version, and only documents a newer reader might read better are marked."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from viewer.corpus import migrations
from viewer.corpus.importing import import_paths
from viewer.corpus.migrations import LATEST
from viewer.corpus.rereading import mark_read_now, reading, store_reading
from viewer.corpus.store import Corpus, CorpusError
from viewer.corpus.text_reader import TEXT_READERS, read_by_older_reader, reader_note, text_reader_version

DATA = Path(__file__).resolve().parent.parent / "data"
PDFS = Path(__file__).parent / "pdfs"
OLD = DATA / "schema-13-removal.corpus"  # built by lead30 (schema 13): d1 .txt, d2 .pdf, d3 .md removed and kept


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(documents)")]


def test_a_schema_13_corpus_gains_the_column_empty_and_keeps_its_documents(tmp_path):
    old = tmp_path / "old.corpus"
    shutil.copy(OLD, old)
    assert "text_reader" not in _columns(old)
    with Corpus(old) as corpus:
        assert corpus.schema_version == LATEST >= 14
        documents = list(corpus.documents())
        assert [d.id for d in documents] == [1, 2]
        assert "officer" in documents[1].text  # the text is as it was
        assert [d.text_reader for d in documents] == [None, None]  # read by a reader whose version was not kept
        assert all(read_by_older_reader(d.text_reader, d.source_path, d.source_format) for d in documents)


def test_a_removal_kept_before_the_column_comes_back_with_it_unknown(tmp_path):
    from viewer.analysis.operations import bring_back

    old = tmp_path / "old.corpus"
    shutil.copy(OLD, old)
    with Corpus(old) as corpus:
        bring_back(corpus, 1)
        assert corpus.document(3).title == "Bridge closed" and corpus.document(3).text_reader is None


def test_a_failing_migration_leaves_the_old_corpus_as_it_was(tmp_path):
    old = tmp_path / "old.corpus"
    shutil.copy(OLD, old)

    def half_done(db):
        db.execute("ALTER TABLE documents ADD COLUMN text_reader TEXT")
        raise RuntimeError("disk gone mid-migration")

    original = list(migrations.MIGRATIONS)  # the one list the store and the schema check read
    migrations.MIGRATIONS[:] = [(n, name, half_done if n == 14 else fn) for n, name, fn in original]
    try:
        with pytest.raises((RuntimeError, CorpusError)):
            Corpus(old)
    finally:
        migrations.MIGRATIONS[:] = original
    assert "text_reader" not in _columns(old)
    with sqlite3.connect(old) as conn:  # still schema 13 with its documents: the build that wrote it keeps opening it
        assert conn.execute("SELECT max(version) FROM corpus_migrations").fetchone()[0] == 13
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM removals").fetchone()[0] == 1
    with Corpus(old) as corpus:  # and this build upgrades it once the migration works
        assert corpus.schema_version == LATEST


def test_an_import_stores_this_reader_version_and_records_are_never_marked(tmp_path):
    (tmp_path / "a.txt").write_text("The bridge was closed on Tuesday, officials said.\n", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text('{"text": "One record of many."}\n{"text": "Another record here."}\n',
                                      encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [tmp_path / "a.txt", tmp_path / "r.jsonl"])
        documents = list(corpus.documents(with_text=False))
        assert [d.text_reader for d in documents] == [TEXT_READERS['text'][0]] + [TEXT_READERS['records'][0]] * 2
        assert not any(read_by_older_reader(d.text_reader, d.source_path, d.source_format) for d in documents)
        record = next(d for d in documents if d.source_format == "jsonl")
        assert not read_by_older_reader(None, record.source_path, record.source_format)  # re-read by importing the file
        assert read_by_older_reader("0", documents[0].source_path, documents[0].source_format)


def test_a_re_read_stores_this_version_and_one_that_reads_the_same_is_marked_read(tmp_path):
    path = tmp_path / "printed article.pdf"
    shutil.copy(PDFS / "printed_article.pdf", path)
    with Corpus(tmp_path / "c.corpus") as corpus:
        [(_, document_id)] = import_paths(corpus, [path]).imported
        with corpus.transaction() as db:  # imported before versions were kept, by a reader that read tabs
            db.execute("UPDATE documents SET text_reader = NULL, text = replace(text, ' ', char(9)) WHERE id = ?",
                       (document_id,))
        read = reading(corpus, document_id)
        assert read is not None
        with corpus.transaction():
            store_reading(corpus, read)
        assert corpus.document(document_id).text_reader == text_reader_version('pdf')
        with corpus.transaction() as db:
            db.execute("UPDATE documents SET text_reader = NULL WHERE id = ?", (document_id,))
        assert reading(corpus, document_id) is None  # reads the same now
        assert mark_read_now(corpus, document_id) is True
        assert corpus.document(document_id).text_reader == text_reader_version('pdf')
        assert mark_read_now(corpus, document_id) is False  # nothing to change the second time


def test_the_note_says_which_reader():
    assert "older version of the reader" in reader_note("0")
    assert "older than the ones recorded" in reader_note(None)
    assert "Re-read from the original file may improve" in reader_note(None)


def test_a_newer_pdf_reader_marks_only_the_pdfs(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The bridge was closed on Tuesday, officials said.\n", encoding="utf-8")
    path = tmp_path / "printed article.pdf"
    shutil.copy(PDFS / "printed_article.pdf", path)
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [tmp_path / "a.txt", path])
        stored = TEXT_READERS["pdf"][0]
        monkeypatch.setitem(TEXT_READERS, "pdf", (str(int(stored) + 1), ("pdf",)))  # a PDF reader fix, bumped

        marked = {d.source_format: read_by_older_reader(d.text_reader, d.source_path, d.source_format)
                  for d in corpus.documents(with_text=False)}
        assert marked == {"txt": False, "pdf": True}
        pdf = next(d for d in corpus.documents(with_text=False) if d.source_format == "pdf")
        assert "older version of the pdf reader" in reader_note(pdf.text_reader, pdf.source_format)
        assert reading(corpus, pdf.id) is None and mark_read_now(corpus, pdf.id)  # this one reads the same
        assert corpus.document(pdf.id).text_reader == str(int(stored) + 1) and corpus.document(1).text_reader == TEXT_READERS["text"][0]


ROWS = [  # (source_path, source_format, text_reader): files of their own, records of a file of many, odd paths
    ("/a/report.txt", "txt", "1"), ("/a/report.txt", "txt", None), ("/a/report.txt", "txt", "0"),
    ("/a/page.pdf", "pdf", "1"), ("/a/page.pdf", "pdf", None), ("/a/old.txt", None, None), ("/a/old.txt", "", "1"),
    ("/a/feed.jsonl:12", "jsonl", None), ("/a/feed.csv:2", "csv", "0"), ("/a/one.json", "json", None),
    ("/a/one.json", "json", "1"), ("/a/ratio 3:2.json", "json", None), ("/a/log:12:34", "jsonl", None),
    (":5", "csv", None), ("/a/12", "csv", None), ("/a/x:1b", "jsonl", None), ("/a/notes.txt:3", "txt", None),
    ("/a/scan.tiff", "tiff", None), ("/a/page.md", "md", "2"),
]


def test_the_corpus_counts_marked_documents_as_each_row_is_judged(memory_corpus):
    """The ↻ count and ids come from one SQL statement (the header asked them of every row, in Python, each time it
    was drawn): it must mark exactly the rows `read_by_older_reader` marks."""
    from viewer.corpus.text_reader import older_reader_count, older_reader_ids

    for n, (path, source_format, version) in enumerate(ROWS):
        memory_corpus.db.execute(
            "INSERT INTO documents (text, sha256, source_path, source_format, imported_at, text_reader)"
            " VALUES ('Police said two men were hurt.', ?, ?, ?, '2026-12-02T08:00:00', ?)",
            (f"{n:064x}", path, source_format, version))
    expected = [n + 1 for n, row in enumerate(ROWS) if read_by_older_reader(row[2], row[0], row[1])]
    assert 0 < len(expected) < len(ROWS)
    assert older_reader_ids(memory_corpus) == expected
    assert older_reader_count(memory_corpus) == len(expected)
