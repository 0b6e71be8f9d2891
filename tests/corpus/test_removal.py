"""Removing documents from a corpus: everything on them goes in one transaction, the files stay."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import write_archive_and_digest
from viewer.corpus import notes, search
from viewer.corpus.importing import import_paths
from viewer.corpus.removal import UnknownDocuments, copy_worth_keeping, remove_documents, tables_naming_documents


def _counts(corpus) -> dict[str, int]:
    """Rows per table, the search index's included: what a removal must take exactly its share of."""
    tables = [t for (t,) in corpus.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts_%' ORDER BY name")]
    return {t: corpus.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _rows_of(corpus, document_id: int) -> dict[str, int]:
    return {t: n for t in tables_naming_documents(corpus)
            if (n := corpus.db.execute(f'SELECT count(*) FROM "{t}" WHERE document_id = ?', (document_id,)).fetchone()[0])}


def _own_word(corpus, document_id: int) -> str:
    """A word the search finds in this document alone."""
    for word in sorted(set(re.findall(r"[A-Za-z]{7,}", corpus.document(document_id).text))):
        if search.search_document_ids(corpus, word) == [document_id]:
            return word
    raise AssertionError(f"d{document_id} has no word of its own")


def _coded(corpus, document_id: int) -> None:
    notes.set_note(corpus, "document", notes.document_key(document_id), "wrong file")
    notes.set_tags(corpus, "document", notes.document_key(document_id), ["duplicate"])
    notes.set_note(corpus, "passage", notes.span_key(document_id, 0, 20), "coded passage")
    notes.set_tags(corpus, "statement", notes.span_key(document_id, 5, 30), ["quote"])


def test_a_removed_document_leaves_nothing_behind_and_its_file_stays(sample_corpus):
    _coded(sample_corpus, 3)
    notes.set_note(sample_corpus, "document", notes.document_key(4), "kept")
    word = _own_word(sample_corpus, 3)
    source = Path(sample_corpus.document(3).source_path)
    held = _rows_of(sample_corpus, 3)
    assert {"claim_units", "attributions", "analysed_documents", "document_dates"} <= set(held)
    before = _counts(sample_corpus)

    removed = remove_documents(sample_corpus, [3])

    assert [r.id for r in removed] == [3] and removed[0].named().startswith("d3 “")
    assert sample_corpus.document_ids() == [1, 2, 4, 5]
    assert _rows_of(sample_corpus, 3) == {}
    assert search.search_document_ids(sample_corpus, word) == []
    after = _counts(sample_corpus)
    assert after["documents"] == before["documents"] - 1
    for table, n in held.items():
        assert after[table] == before[table] - n, table
    assert after["notes"] == before["notes"] - 2 and after["tags"] == before["tags"] - 2
    assert notes.note(sample_corpus, "document", notes.document_key(4)) == "kept"
    assert source.is_file()  # the file it came from is not touched
    # the index holds exactly the documents left: an FTS integrity check fails on a stale row
    sample_corpus.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_several_are_removed_at_once_and_a_near_copy_of_one_loses_only_its_pointer(sample_corpus):
    with sample_corpus.transaction() as db:
        db.execute("UPDATE documents SET near_duplicate_of = 2 WHERE id = 5")
    removed = remove_documents(sample_corpus, [2, 4])
    assert [r.id for r in removed] == [2, 4]
    assert sample_corpus.document_ids() == [1, 3, 5]
    assert sample_corpus.document(5).near_duplicate_of is None


def test_an_id_the_corpus_does_not_hold_is_named_and_nothing_is_removed(sample_corpus):
    before = _counts(sample_corpus)
    with pytest.raises(UnknownDocuments, match=r"holds no d8, d9; nothing was removed"):
        remove_documents(sample_corpus, [3, 9, 8])
    assert _counts(sample_corpus) == before


def test_a_failure_midway_leaves_everything(sample_corpus, monkeypatch):
    """The search row and the notes are gone when the documents' own row fails: all of it comes back."""
    _coded(sample_corpus, 3)
    word = _own_word(sample_corpus, 3)
    before = _counts(sample_corpus)
    real = sample_corpus.db.execute

    def failing(sql, *args):
        if sql.startswith("DELETE FROM documents "):
            raise OSError("disk went away")
        return real(sql, *args)

    monkeypatch.setattr(sample_corpus.db, "execute", failing)
    with pytest.raises(OSError, match="disk went away"):
        remove_documents(sample_corpus, [3])
    monkeypatch.undo()

    assert _counts(sample_corpus) == before
    assert search.search_document_ids(sample_corpus, word) == [3]
    assert notes.note(sample_corpus, "document", notes.document_key(3)) == "wrong file"


def test_a_step_after_the_removal_failing_takes_it_back(sample_corpus):
    before = _counts(sample_corpus)
    with pytest.raises(RuntimeError), sample_corpus.transaction():
        remove_documents(sample_corpus, [1, 2])
        raise RuntimeError("the relink failed")
    assert _counts(sample_corpus) == before


def test_a_read_only_corpus_refuses(sample_corpus_file):
    from viewer.corpus.store import Corpus, CorpusError

    with Corpus(sample_corpus_file, create=False, read_only=True) as corpus:
        with pytest.raises(CorpusError, match="read-only"):
            remove_documents(corpus, [1])


def test_a_digest_of_an_archive_too_long_to_analyse_is_the_copy_worth_keeping(sample_corpus, tmp_path):
    """The archive is stored but never analysed; its digest, marked ≈ because it came later, is the one the analysis
    reads, so taking the copy out would leave the article unanalysed. A copy of an article of the usual length goes."""
    archive, digest = write_archive_and_digest(tmp_path)
    recapture = tmp_path / "again.txt"
    recapture.write_text(Path(sample_corpus.document(2).source_path).read_text(encoding="utf-8") + "\n\nUpdated.")
    imported = dict(import_paths(sample_corpus, [archive, digest, recapture]).imported)
    short, copy = imported[str(digest)], imported[str(recapture)]
    assert sample_corpus.document(short).near_duplicate_of == imported[str(archive)]
    assert sample_corpus.document(copy).near_duplicate_of == 2

    assert copy_worth_keeping(sample_corpus, short)
    assert not copy_worth_keeping(sample_corpus, copy)
    assert not copy_worth_keeping(sample_corpus, 2)  # no copy at all
