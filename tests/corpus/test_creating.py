"""A new corpus is built privately and published whole; what killed builds left is cleared."""
from __future__ import annotations

import os
import time

import pytest

from tests.corpus.read_only_disk import read_only_file_system
from viewer.corpus import creating
from viewer.corpus.importing import import_into
from viewer.corpus.store import Corpus, CorpusError

from tests.conftest import SAMPLE_DIR


def _private_file(folder, name, age_seconds, pid):
    """A file as a build killed ``age_seconds`` ago leaves it, with its write-ahead log."""
    left = folder / f".{name}.{pid}-0badf00d.new"
    for file in (left, left.with_name(left.name + "-wal")):
        file.write_bytes(b"half a corpus")
        then = time.time() - age_seconds
        os.utime(file, (then, then))
    return left


def test_creating_a_corpus_clears_what_a_killed_build_left_a_day_ago_and_keeps_a_recent_one(tmp_path):
    stale = _private_file(tmp_path, "my.corpus", creating.STALE_AFTER_SECONDS + 60, pid=4242)
    recent = _private_file(tmp_path, "my.corpus", 60, pid=4343)  # could be a build running now
    other = _private_file(tmp_path, "other.corpus", creating.STALE_AFTER_SECONDS + 60, pid=4444)

    import_into(tmp_path / "my.corpus", [next(SAMPLE_DIR.glob("*.txt"))])

    assert not stale.exists() and not stale.with_name(stale.name + "-wal").exists()
    assert recent.exists()
    assert other.exists(), "only the leftovers of the corpus being created are its business"
    with Corpus(tmp_path / "my.corpus") as corpus:
        assert corpus.document_count() == 1


def test_a_new_corpus_in_a_folder_that_cannot_be_written_is_refused_in_words(tmp_path, monkeypatch):
    shelf = tmp_path / "stick"
    shelf.mkdir()
    read_only_file_system(monkeypatch, shelf)
    with pytest.raises(CorpusError) as refused:
        import_into(shelf / "field.corpus", [next(SAMPLE_DIR.glob("*.txt"))])
    assert str(refused.value) == (
        f"{shelf / 'field.corpus'} cannot be made: its folder {shelf} cannot be written (a read-only folder, disk or"
        " share); nothing was changed. Choose a folder you can write to.")
    assert list(shelf.iterdir()) == []


def test_a_new_corpus_does_not_take_in_the_log_a_deleted_corpus_left_at_its_name(tmp_path):
    """A corpus file deleted while its write-ahead log stayed (deleted while open, or after a crash): a new corpus
    made under that name opened with the old one's documents in it, replayed from the log."""
    import shutil

    texts = sorted(SAMPLE_DIR.glob("*.txt"))
    old = Corpus(tmp_path / "old.corpus")
    import_into(tmp_path / "old.corpus", texts[:2])
    assert (tmp_path / "old.corpus-wal").exists()
    for side in ("-wal", "-shm"):
        shutil.copy(tmp_path / f"old.corpus{side}", tmp_path / f"new.corpus{side}")
    old.close()

    import_into(tmp_path / "new.corpus", texts[2:3])

    with Corpus(tmp_path / "new.corpus") as corpus:
        assert corpus.document_count() == 1
        assert corpus.document(corpus.document_ids()[0], with_text=False).source_path == str(texts[2])
