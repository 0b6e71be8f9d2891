"""A corpus whose page-junk marks older rules made has them made again when opened for writing.

schema-18-old-marks.corpus was made at be7e1008 (by /work/data/import46/make_old_marks_corpus.py, two made-up
reports and a note): d1's article is glued to its headline, and the rule of then marked the whole of it as a
repeated caption, so the analysis never read it. d2's caption printed again with its credit is junk by both rules.
"""
import shutil
import sqlite3
from pathlib import Path

import pytest

from viewer.corpus import notes, publication, remarking
from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.store import Corpus
from viewer.jobs import Cancelled

OLD = Path(__file__).parent.parent / "data" / "schema-18-old-marks.corpus"
HEADLINE = "The Latest: Harbour council says ferry crews end their strike"


def marks(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute('SELECT document_id, kind, start, "end" FROM boilerplate'
                          ' ORDER BY document_id, start').fetchall()


def texts(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT id, text, sha256 FROM documents ORDER BY id").fetchall()


@pytest.fixture
def old(tmp_path) -> Path:
    path = tmp_path / "old.corpus"
    shutil.copy(OLD, path)
    return path


def test_opening_marks_again_the_article_an_older_rule_took_for_a_caption_keeping_texts_and_notes(old):
    before, old_marks = texts(old), marks(old)
    glued = old_marks[0]
    assert glued[:2] == (1, "caption") and glued[3] - glued[2] > 400  # the whole article, as made then
    heard = []
    with Corpus(old, marking=lambda done, total, noun: heard.append((done, total, noun))) as corpus:
        assert [(d, t) for d, t, _ in heard] == [(0, 2), (1, 2), (2, 2)]
        assert heard[-1][2] == remarking.NOUN
        text = corpus.document(1).text
        assert [(kind, text[start:end]) for d, kind, start, end in marks(old) if d == 1] == [("caption", HEADLINE)]
        assert [m for m in marks(old) if m[0] == 2] == [m for m in old_marks if m[0] == 2]
        assert corpus.db.execute("SELECT document_id FROM remarked_documents").fetchall() == [(1,)]
        assert notes.note(corpus, "document", notes.document_key(1)) == "Check the strike's length with the union."
        assert publication.gather_missing(corpus) >= 1  # its dates are read again without the junk
    assert texts(old) == before
    heard.clear()
    with Corpus(old, marking=lambda *part: heard.append(part)):  # done once: stamped in the file
        assert heard == []


def test_marks_made_again_are_the_marks_an_import_makes_now(old):
    with Corpus(old) as corpus:
        for document_id in corpus.document_ids():
            stored = corpus.db.execute('SELECT start, "end", kind FROM boilerplate WHERE document_id = ?'
                                       ' ORDER BY start', (document_id,)).fetchall()
            made = [(span.start, span.end, kind) for span, kind in find_boilerplate(corpus.document(document_id).text)]
            assert stored == made


def test_a_cancel_while_marking_leaves_the_corpus_as_it_was(old):
    before = marks(old)

    def cancel_at_the_second(done: int, total: int, noun: str) -> None:
        if done == 2:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        Corpus(old, marking=cancel_at_the_second)
    assert marks(old) == before
    with sqlite3.connect(old) as db:
        assert db.execute("SELECT count(*) FROM remarked_documents").fetchone() == (0,)
        assert db.execute("SELECT value FROM corpus_info WHERE key = ?", (remarking.STAMP_KEY,)).fetchone() is None


def test_a_read_only_opening_shows_the_old_marks_and_changes_nothing(old):
    before = marks(old)
    with Corpus(old, read_only=True) as corpus:
        assert corpus.document_ids() == [1, 2]
    assert marks(old) == before


def test_an_import_into_an_old_corpus_says_the_marking_on_its_bar_before_reading(old, tmp_path):
    from viewer.corpus.importing import import_into
    from viewer.jobs import TaskState

    said = []
    new = tmp_path / "new.txt"
    new.write_text("Ferry talks set\n\nHARBOURTOWN, March 3, 2025 (AP) - Pay talks begin on Monday.\n",
                   encoding="utf-8")
    report = import_into(old, [new], state=TaskState(lambda done, total, text: said.append((done, total, text))))
    assert [document_id for _label, document_id in report.imported] == [3]
    marking = [text for _d, _t, text in said if text.startswith(remarking.DOING)]
    assert marking[-1] == f"{remarking.DOING}: 2 of 2 documents"
    assert said.index((2, 2, marking[-1])) < min(i for i, (*_, text) in enumerate(said) if "new.txt" in text)
