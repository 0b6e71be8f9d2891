"""The .corpus file alone holds every finished change while the corpus is still open elsewhere.

The researcher copies, backs up or syncs that one file with the window open. SQLite keeps new pages in the
-wal file beside it until a thousand have gathered or the last connection closes, so a copy taken after an
import or a note held neither. These tests copy the file alone, as a file manager would, and open the copy.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from viewer.corpus import notes
from viewer.corpus.creating import create
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus

ARTICLE = "Bridge reopens after repairs\n\nThe bridge reopened on Monday, the mayor said.\n"


def _copy_alone(path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copied" / path.name
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the -wal and -shm files stay behind, as when a file manager copies one file
    return copy


def test_a_copy_taken_while_the_corpus_is_open_holds_an_import_made_by_another_connection(tmp_path):
    path = tmp_path / "field.corpus"
    create(path, lambda corpus: None)
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    held = Corpus(path, create=False)  # the window's connection, open all along
    try:
        with Corpus(path, create=False) as job:  # a background import on its own connection
            assert import_paths(job, [article]).imported
        with Corpus(_copy_alone(path, tmp_path), create=False) as copy:
            assert copy.document_count() == 1
            assert "bridge reopened" in copy.document(1).text
    finally:
        held.close()


def test_a_copy_taken_while_the_corpus_is_open_holds_a_note_saved_on_the_open_connection(tmp_path):
    path = tmp_path / "field.corpus"
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    create(path, lambda corpus: import_paths(corpus, [article]))
    held = Corpus(path, create=False)
    try:
        notes.set_note(held, "document", notes.document_key(1), "Check the mayor's words against the council minutes.")
        with Corpus(_copy_alone(path, tmp_path), create=False) as copy:
            assert notes.note(copy, "document", notes.document_key(1)) == (
                "Check the mayor's words against the council minutes.")
    finally:
        held.close()
