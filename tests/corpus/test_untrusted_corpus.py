"""A corpus file is untrusted input: crafted files are refused with nothing run and nothing changed.

Every refusal is checked on the file's bytes (SHA-256) and on its folder (no side files), through
the commands a researcher would run on a file somebody sent them.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import hostile_corpora as hostile
from hostile_corpora import EVIDENCE, fingerprint
from hostile_files import SAMPLE_DIR
from viewer.cli import main
from viewer.corpus import notes, schema_check
from viewer.corpus.migrations import LATEST
from viewer.corpus.store import Corpus, CorpusError, ForeignObjectsError

DATA = Path(__file__).resolve().parent.parent / "data"

FOREIGN = {
    "triggers": (hostile.with_triggers, ["trigger tamper_on_analysis on analysed_documents",
                                         "trigger tamper_on_correction on corrections",
                                         "trigger tamper_on_import on documents"]),
    "view": (hostile.with_view, ["view everything"]),
    "foreign table": (hostile.with_foreign_table, ["table stash"]),
    "changed index": (hostile.with_changed_index,
                      ["index boilerplate_document on boilerplate (differs from the one Provenance Viewer creates)"]),
    "changed table": (hostile.with_changed_table, ["table documents (differs from the one Provenance Viewer creates)"]),
}


def commands(path: Path, tmp_path: Path) -> dict[str, list[str]]:
    """Every command a researcher may run on a file; their own files live apart from the corpus."""
    (tmp_path / "mine").mkdir(exist_ok=True)
    extra = tmp_path / "mine" / "extra.txt"
    extra.write_text("A new report. The mayor said on Monday that 40 buses had left the city.\n", encoding="utf-8")
    return {
        "list": ["list", str(path)],
        "search": ["search", str(path), "Mariupol"],
        "export": ["export", str(path), "--format", "json", "-o", str(tmp_path / "mine" / "out.json")],
        "import": ["import", str(path), str(extra)],
        "analyze": ["analyze", str(path)],
        "correct": ["correct", str(path), "link", "d1:0-40", "d2:0-40"],
        "repair": ["repair", str(path)],
    }


def refused_by_every_command(path: Path, tmp_path: Path, capsys, *expected: str) -> None:
    """Each command exits 1 with ``expected`` on standard error, prints nothing, and changes nothing."""
    argvs = commands(path, tmp_path)
    before = fingerprint(path)
    for name, argv in argvs.items():
        assert main(argv) == 1, name
        out, err = capsys.readouterr()
        assert "Traceback" not in err and out == "", name
        for words in expected:
            assert words in err, (name, words)
        assert fingerprint(path) == before, name
    assert not (tmp_path / "mine" / "out.json").exists()


@pytest.mark.parametrize("kind", FOREIGN)
def test_foreign_objects_are_refused_by_every_command_with_nothing_run_or_changed(kind, tmp_path, capsys):
    build, listed = FOREIGN[kind]
    refused_by_every_command(build(tmp_path / "sent.corpus"), tmp_path, capsys,
                             "did not create, so it was not opened", *listed)


def test_the_library_refuses_before_anything_runs(tmp_path):
    path = hostile.with_triggers(tmp_path / "sent.corpus")
    before = fingerprint(path)
    with pytest.raises(ForeignObjectsError) as refused:
        Corpus(path, create=False)
    assert [item.name for item in refused.value.findings.foreign] == [
        "tamper_on_analysis", "tamper_on_correction", "tamper_on_import"]
    assert "provenance repair" in str(refused.value) and "--strip-foreign" in str(refused.value)
    assert fingerprint(path) == before


def test_strip_removes_triggers_and_later_writes_leave_text_and_notes_alone(tmp_path, capsys):
    path = hostile.with_triggers(tmp_path / "sent.corpus")
    assert main(["repair", str(path), "--strip-foreign"]) == 0
    out = capsys.readouterr().out
    assert "removed trigger tamper_on_import on documents" in out
    assert "is now as Provenance Viewer creates it" in out
    original = Corpus(path, create=False)
    text = original.document(1).text
    original.close()
    argv = commands(path, tmp_path)
    assert main(argv["import"]) == 0
    assert main(argv["correct"]) == 0
    with Corpus(path, create=False) as corpus:
        assert corpus.document(1).text == text != EVIDENCE
        assert notes.note(corpus, "document", "1") == "Check the casualty figure with the ministry."
        assert corpus.document_count() == 6
    assert main(["repair", str(path)]) == 0
    assert "is as Provenance Viewer creates it" in capsys.readouterr().out


def test_strip_restores_our_own_index_and_drops_foreign_tables_and_views(tmp_path):
    for build in (hostile.with_changed_index, hostile.with_foreign_table, hostile.with_view):
        path = build(tmp_path / f"{build.__name__}.corpus")
        with Corpus(path, create=False, strip_foreign=True) as corpus:
            assert corpus.stripped
            assert schema_check.inspect(corpus.db.conn, LATEST).clean
            assert corpus.document_count() == 5


def test_a_changed_table_cannot_be_stripped_and_stays_untouched(tmp_path, capsys):
    path = hostile.with_changed_table(tmp_path / "sent.corpus")
    before = fingerprint(path)
    assert main(["repair", str(path), "--strip-foreign"]) == 1
    assert "cannot be removed safely" in capsys.readouterr().err
    assert fingerprint(path) == before


def test_an_sqlite_file_that_is_not_a_corpus_is_refused_byte_for_byte(tmp_path, capsys):
    path = hostile.not_a_corpus(tmp_path / "contacts.corpus")
    refused_by_every_command(path, tmp_path, capsys, "is an SQLite database but not a Provenance corpus (it holds contacts)")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("contacts",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_newer_corpus_is_refused_byte_for_byte_before_any_journal_change(tmp_path, capsys):
    refused_by_every_command(hostile.newer_schema(tmp_path / "future.corpus"), tmp_path, capsys, "newer Provenance Viewer")


def test_a_newer_corpus_in_wal_mode_leaves_no_side_files(tmp_path):
    path = hostile.altered(hostile.normal_corpus(tmp_path / "future.corpus"),
                           f"INSERT INTO corpus_migrations VALUES ({LATEST + 1}, 'later', '2031-01-01')")
    before = fingerprint(path)
    with pytest.raises(CorpusError, match="newer Provenance Viewer"):
        Corpus(path, create=False, read_only=True)
    with pytest.raises(CorpusError, match="newer Provenance Viewer"):
        Corpus(path)
    assert fingerprint(path) == before


def test_old_corpora_are_checked_against_their_own_schema(tmp_path, capsys):
    path = hostile.old_schema_with_trigger(tmp_path / "old.corpus", DATA / "schema-1.corpus")
    before = fingerprint(path)
    assert main(["list", str(path)]) == 1
    assert "trigger tamper_on_import on documents" in capsys.readouterr().err
    assert fingerprint(path) == before

    changed = hostile.old_schema_with_changed_trigger(tmp_path / "changed.corpus", DATA / "schema-1.corpus")
    assert main(["import", str(changed), str(SAMPLE_DIR)]) == 1
    assert "trigger documents_fts_insert on documents (differs" in capsys.readouterr().err
    assert main(["repair", str(changed), "--strip-foreign"]) == 0
    assert "restored trigger documents_fts_insert on documents" in capsys.readouterr().out
    with Corpus(changed, create=False) as corpus:
        assert corpus.schema_version == LATEST
        text = corpus.document(1).text
    assert main(["import", str(changed), str(SAMPLE_DIR)]) == 0
    with Corpus(changed, create=False) as corpus:
        assert corpus.document(1).text == text != EVIDENCE


def test_expected_schema_comes_from_the_migrations(tmp_path):
    with Corpus(tmp_path / "new.corpus") as corpus:
        assert schema_check.inspect(corpus.db.conn, LATEST).clean
    shutil_copy = tmp_path / "old.corpus"
    shutil_copy.write_bytes((DATA / "schema-1.corpus").read_bytes())
    with Corpus(shutil_copy) as corpus:  # upgraded: now exactly what the migrations create
        assert schema_check.inspect(corpus.db.conn, LATEST).clean
    names = {name for _type, name in schema_check.expected_schema(LATEST)}
    assert {"documents", "documents_fts", "claims", "notes", "corpus_migrations"} <= names
    assert not [key for key in schema_check.expected_schema(LATEST) if key[0] in ("trigger", "view")]


def test_connections_run_untrusted_schema_and_defensive(tmp_path):
    with Corpus(hostile.normal_corpus(tmp_path / "c.corpus"), create=False) as corpus:
        assert corpus.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert corpus.defensive
        with pytest.raises(sqlite3.DatabaseError, match="may not be modified"):
            corpus.db.execute("INSERT INTO documents_fts_data VALUES (999, x'00')")
        corpus.db.execute("PRAGMA writable_schema = ON")
        with pytest.raises(sqlite3.DatabaseError):
            corpus.db.execute("UPDATE sqlite_master SET sql = 'x' WHERE name = 'documents'")
    with Corpus(tmp_path / "c.corpus", create=False, read_only=True) as corpus:
        assert corpus.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0 and corpus.defensive


def test_search_index_follows_imports_without_triggers(tmp_path):
    with Corpus(hostile.normal_corpus(tmp_path / "c.corpus"), create=False) as corpus:
        rows = corpus.db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Mariupol'").fetchall()
        assert rows and corpus.db.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 5
        assert corpus.db.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")


def _whole_and_torn(tmp_path):
    """A corpus, and the view of one caught half-written (a stray table)."""
    whole = tmp_path / "whole.corpus"
    Corpus(whole).close()
    torn = tmp_path / "torn.corpus"
    Corpus(torn).close()
    with sqlite3.connect(torn) as conn:
        conn.execute("CREATE TABLE half_written (x)")
    return whole, torn


def test_a_first_look_caught_mid_write_is_checked_again_before_refusing(tmp_path, monkeypatch):
    """The first look reads past locks, so it can see a file another import is still writing:
    a torn view (here a file with a stray table) must not refuse a corpus the second look finds whole."""
    from viewer.corpus import connection

    whole, torn = _whole_and_torn(tmp_path)
    looks = []
    real_first_look = connection.first_look

    def first_look(path):
        looks.append(path)
        return real_first_look(torn if len(looks) == 1 else path)

    monkeypatch.setattr(connection, "first_look", first_look)
    with Corpus(whole, create=False) as corpus:
        assert corpus.document_count() == 0
    assert len(looks) == 2


def test_a_file_torn_for_several_looks_is_opened_once_it_settles(tmp_path, monkeypatch):
    """Another import may still be writing on the second look too: the looks go on, a little
    apart, until the file reads whole."""
    from viewer.corpus import connection, trust

    whole, torn = _whole_and_torn(tmp_path)
    looks = []
    real_first_look = connection.first_look

    def first_look(path):
        looks.append(path)
        return real_first_look(torn if len(looks) <= 3 else path)

    monkeypatch.setattr(connection, "first_look", first_look)
    monkeypatch.setattr(trust, "_PAUSE", 0.01)
    with Corpus(whole, create=False) as corpus:
        assert corpus.document_count() == 0
    assert len(looks) == 4
