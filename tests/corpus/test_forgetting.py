"""Kept removals let go for good: their text leaves the corpus file, not only its tables (a researcher removing an
article for privacy), in one step that refuses, naming what is kept, a removal the corpus does not keep."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewer.analysis.operations import remove
from viewer.corpus.importing import import_paths
from viewer.corpus.removal import NoSuchRemoval, compact, forget_for_good, kept_removals
from viewer.corpus.store import Corpus, CorpusError

SECRET = "Quillonvaterbrook"  # a word of the private article, found nowhere else


def _in_file(path: Path) -> bool:
    return any(SECRET.encode() in p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


@pytest.fixture
def removed(tmp_path):
    (tmp_path / "private.txt").write_text(f"The informant {SECRET} told reporters the bridge was closed.\n" * 40,
                                          encoding="utf-8")
    (tmp_path / "public.txt").write_text("Officials said the bridge was closed on Tuesday after the strike.\n",
                                         encoding="utf-8")
    path = tmp_path / "c.corpus"
    corpus = Corpus(path)
    imported = dict(import_paths(corpus, [tmp_path / "private.txt", tmp_path / "public.txt"]).imported)
    private = next(d for label, d in imported.items() if label.endswith("private.txt"))
    kept_as = remove(corpus, [private]).kept_as
    yield corpus, path, kept_as
    corpus.close()


def test_forgetting_takes_the_text_out_of_the_file(removed):
    corpus, path, kept_as = removed
    assert _in_file(path)  # kept for Undo, and in the pages the removal freed
    done = forget_for_good(corpus, [kept_as])
    assert done.scrubbed and [k.id for k in done.removals] == [kept_as]
    assert "Forgot 1 removal (1 document)" in done.said() and "cannot be brought back" in done.said()
    assert kept_removals(corpus) == []
    assert not _in_file(path)
    assert corpus.document_count() == 1 and "bridge" in corpus.document(2).text  # the rest is untouched


def test_a_removal_not_kept_is_refused_naming_the_kept_ones_and_nothing_goes(removed):
    corpus, path, kept_as = removed
    with pytest.raises(NoSuchRemoval, match=rf"keeps no removal 9; it keeps {kept_as} \(d1 .*nothing was forgotten"):
        forget_for_good(corpus, [kept_as, 9])
    assert [k.id for k in kept_removals(corpus)] == [kept_as]


def test_it_is_not_done_inside_another_change(removed):
    corpus, _, kept_as = removed
    with pytest.raises(CorpusError, match="outside any other change"):
        with corpus.transaction():
            forget_for_good(corpus, [kept_as])
    assert [k.id for k in kept_removals(corpus)] == [kept_as]


def test_another_connection_reading_leaves_the_rows_gone_and_says_the_file_is_not_compacted(removed):
    corpus, path, kept_as = removed
    with Corpus(path, read_only=True) as reader:
        reader.db.execute("BEGIN")
        reader.db.execute("SELECT count(*) FROM documents").fetchone()  # holds a read snapshot
        done = forget_for_good(corpus, [kept_as])
        reader.db.execute("COMMIT")
    assert kept_removals(corpus) == []
    assert not done.scrubbed and "another program has the corpus open" in done.said()
    assert "`provenance removed CORPUS --compact`" in done.said()
    assert _in_file(path)  # the freed pages are still there until the file is compacted
    assert compact(corpus) and not _in_file(path)
