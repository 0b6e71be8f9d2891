"""Corpus files from older versions keep opening; files from newer ones are refused untouched."""
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from viewer.corpus import notes
from viewer.corpus.migrations import LATEST
from viewer.corpus.store import Corpus, CorpusError

DATA = Path(__file__).resolve().parent.parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_corpus_is_at_the_latest_schema(tmp_path):
    with Corpus(tmp_path / "new.corpus") as corpus:
        assert corpus.schema_version == LATEST
        assert corpus.created
        assert corpus.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert corpus.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_schema_1_corpus_is_upgraded_and_keeps_its_documents(tmp_path):
    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-1.corpus", old)
    with Corpus(old) as corpus:
        assert corpus.schema_version == LATEST
        document = corpus.document(1)
        assert document.outlet == "BNR"
        assert [s.text_of(document.text) for s in corpus.boilerplate(1)] == ["/BNR"]
        versions = [row[0] for row in corpus.db.execute("SELECT version FROM corpus_migrations ORDER BY version")]
        assert versions == list(range(1, LATEST + 1))


def test_an_old_corpus_gains_an_empty_word_pieces_column_for_its_claim_units(tmp_path):
    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-3-claim-notes.corpus", old)
    with sqlite3.connect(old) as before:
        units = before.execute("SELECT count(*) FROM claim_units").fetchone()[0]
    with Corpus(old) as corpus:
        columns = [row[1] for row in corpus.db.execute("PRAGMA table_info(claim_units)")]
        assert "pieces" in columns
        assert corpus.db.execute("SELECT count(*), count(pieces) FROM claim_units").fetchone() == (units, 0)


def test_a_schema_14_corpus_tells_its_foreign_units_by_a_column_and_so_do_the_units_a_removal_kept(tmp_path):
    """Made at fb96073 (schema 14) from two made-up reports of a bridge closing, each quoting the office in Russian;
    the second then removed, so its units wait in the removal's JSON. Before schema 15 a foreign unit was told by its
    features' JSON opening with its language; the column is filled from the JSON, and a unit brought back gets it too."""
    from viewer.analysis import store
    from viewer.analysis.operations import bring_back

    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-14-foreign-units.corpus", old)
    with sqlite3.connect(old) as db:  # the language last, as any JSON writer may order it: still found
        db.execute("""UPDATE claim_units SET features = json_set(json_remove(features, '$.language'), '$.language', 'ru')
                      WHERE features LIKE '{"language":%'""")
        assert db.execute("""SELECT count(*) FROM claim_units WHERE features LIKE '{"language":%'""").fetchone() == (0,)
    with Corpus(old) as corpus:
        assert corpus.schema_version == LATEST
        rows = corpus.db.execute('SELECT document_id, language, count(*) FROM claim_units GROUP BY 1, 2 ORDER BY 1, 2').fetchall()
        assert rows == [(1, None, 2), (1, "ru", 1)]
        assert [(u.document, u.features.language) for u in store.foreign_units(corpus)] == [(1, "ru")]
        assert all(u.features.language is None for u in store.claim_units(corpus))
        bring_back(corpus, 1)
        assert [(u.document, u.features.language) for u in store.foreign_units(corpus)] == [(1, "ru"), (2, "ru")]


def test_a_schema_15_corpus_reads_its_reports_as_made_until_analysed_again_which_then_flags_those_not_made(tmp_path):
    """Made at 415e592 (schema 15, analyser 64) from the three made-up reports of `UNSAID_REPORTS`: analyser 64 dropped
    "Police did not say whether…" and kept "Sheriff Tom Hale declined to say whether…" as a report made. Schema 16 adds
    the flag, empty; analyser 65 asks for every document again, and then flags both."""
    from viewer.analysis import store
    from viewer.analysis.pipeline import ANALYSER_VERSION, analyse

    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-15-unsaid-reports.corpus", old)
    with Corpus(old) as corpus:
        assert corpus.schema_version == LATEST
        assert "negation" in [row[1] for row in corpus.db.execute("PRAGMA table_info(attributions)")]
        assert [(a.shown_speaker, a.negation) for a in store.attributions(corpus)] == [
            ("Dana Morrow", None), ("Tom Hale", None)]
        assert store.documents_to_analyse(corpus, ANALYSER_VERSION) == corpus.document_ids()
        analyse(corpus)
        assert [(a.shown_speaker, a.negation) for a in store.attributions(corpus)] == [
            ("Dana Morrow", None), ("Police", "negated"), ("Tom Hale", "withheld")]


def test_a_schema_17_corpus_is_indexed_again_so_that_a_search_finds_a_words_other_endings(tmp_path):
    """Made at 0f610df9 (schema 17) from two made-up reports of a shooting: its index kept words as written, and
    "shoot" found neither "shooting" nor "shoots". Upgraded in place, it finds both, and the titles as shown."""
    from viewer.corpus.search import search, search_document_ids

    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-17-unstemmed-search.corpus", old)
    with sqlite3.connect(old) as db:
        assert db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'shoot'").fetchall() == []
    with Corpus(old) as corpus:
        assert corpus.schema_version == LATEST
        assert search_document_ids(corpus, "shoot") == [1, 2] and search_document_ids(corpus, "surrender") == [1, 2]
        assert search_document_ids(corpus, '"shoots two"') == [2] and search_document_ids(corpus, "Wash") == [1]
        assert {h.title for h in search(corpus, "officer")} == {"Gunman kills two in Kent shooting",
                                                              "Suspect held after Kent shootings"}
    with Corpus(old, read_only=True) as corpus:  # indexed once, in the file: a read-only opening finds the same
        assert search_document_ids(corpus, "shoot") == [1, 2]


def test_a_schema_3_corpus_keys_its_claim_notes_and_tags_by_claim_id(tmp_path):
    """Made at a15ab3a from the two April reports: notes and tags on claims 1, 2 and 3 keyed by
    their first mention's span, one note whose claim had gone, a statement and a document note."""
    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-3-claim-notes.corpus", old)
    with Corpus(old) as corpus:
        assert corpus.schema_version == LATEST
        assert notes.note(corpus, "claim", "c1").startswith("Ask **AFP**")
        assert notes.tags(corpus, "claim", "c1") == ["disputed", "follow-up"]
        assert notes.tags(corpus, "claim", "c2") == ["verified"]
        assert notes.note(corpus, "claim", "c3") == "Both outlets give the same figure."
        assert notes.note(corpus, "claim", "2:0-5") == "A note whose claim had already gone."
        assert notes.note(corpus, "statement", "1:42-199") == "Check the quote."
        assert notes.note(corpus, "document", "d1") == "Saved from the BNR site."
        claim_notes = corpus.db.execute("SELECT count(*) FROM notes WHERE target_kind = 'claim'").fetchone()[0]
        assert claim_notes == 3


def test_a_corpus_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    newer = tmp_path / "newer.corpus"
    with Corpus(newer) as corpus:
        corpus.db.execute("INSERT INTO corpus_migrations VALUES (?, 'from the future', '2030-01-01')", (LATEST + 1,))
        corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(newer)
    with pytest.raises(CorpusError, match="newer Provenance Viewer"):
        Corpus(newer)
    assert digest(newer) == before


def test_a_file_that_is_not_sqlite_is_refused_with_a_clear_message(tmp_path):
    bogus = tmp_path / "notes.corpus"
    bogus.write_text("these are my notes, not a database\n" * 100)
    before = digest(bogus)
    with pytest.raises(CorpusError, match="not a Provenance corpus"):
        Corpus(bogus)
    assert digest(bogus) == before


def test_a_missing_corpus_is_not_created_when_opening_only(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        Corpus(tmp_path / "missing.corpus", create=False)
    assert not (tmp_path / "missing.corpus").exists()


def test_a_failed_transaction_leaves_nothing_behind(memory_corpus):
    with pytest.raises(RuntimeError):
        with memory_corpus.transaction() as db:
            db.execute(
                "INSERT INTO documents (text, sha256, source_path, imported_at) VALUES ('x', 'h', 'p', 't')"
            )
            raise RuntimeError("disk gone")
    assert memory_corpus.document_count() == 0


def test_a_read_only_corpus_opens_for_reading_and_refuses_writes(tmp_path):
    path = tmp_path / "ro.corpus"
    with Corpus(path) as corpus:
        corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with Corpus(path, read_only=True) as corpus:
        assert corpus.document_count() == 0
        with pytest.raises(CorpusError, match="read-only"):
            with corpus.transaction() as db:
                db.execute("DELETE FROM documents")


def test_notes_written_before_creation_times_were_kept_take_their_last_change(tmp_path):
    from viewer.corpus import notes

    copy = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-3-claim-notes.corpus", copy)
    with Corpus(copy, create=False) as corpus:
        written = [a.note for a in notes.annotations(corpus).values() if a.note]
        assert written and all(n.created == n.updated and n.created for n in written)
        notes.set_note(corpus, "document", "d4242", "A new note.")
        new = notes.annotations(corpus)[("document", "d4242")].note
        assert new.created == new.updated
        notes.set_note(corpus, "document", "d4242", "Changed.")
        assert notes.annotations(corpus)[("document", "d4242")].note.created == new.created
