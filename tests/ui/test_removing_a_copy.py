"""A near-duplicate taken out where it is marked: the document list's ≈ row and the pane header's "near-duplicate of
dN" offer "remove this copy", asked as any removal (naming the article that stays), and Edit → Undo brings it back."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_archive_and_digest
from tests.ui.test_document_removal import _listed
from viewer.corpus.importing import import_paths
from viewer.ui import corpus_jobs
from viewer.ui.article_view import REMOVE_COPY


@pytest.fixture
def with_copy(sample_corpus, tmp_path):
    """The sample with d2 imported again, saved as UTF-16 under another name: d6, a near-duplicate of d2."""
    copy = tmp_path / "saved again.txt"
    copy.write_text(Path(sample_corpus.document(2).source_path).read_text(encoding="utf-8"), encoding="utf-16")
    [(_, repeat)] = import_paths(sample_corpus, [copy]).imported
    assert sample_corpus.document(repeat).near_duplicate_of == 2
    return sample_corpus, repeat


@pytest.fixture
def asked(monkeypatch):
    questions: list[list[str]] = []
    monkeypatch.setattr(corpus_jobs, "confirm_removal", lambda _parent, names: questions.append(names) or True)
    return questions


def test_the_list_menu_of_a_copy_removes_it_and_undo_brings_it_back_marked(qtbot, with_copy, shown_window, asked,
                                                                           finish):
    corpus, repeat = with_copy
    w = shown_window(corpus)
    row = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == repeat)
    menu = w.browser.menu_for(row)
    copy = next(a for a in menu.actions() if "copy" in a.text())
    assert copy.text() == "≈ Remove this copy (near-duplicate of d2)…" and copy.isEnabled()
    original_row = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == 2)
    assert not any("copy" in a.text() for a in w.browser.menu_for(original_row).actions())

    copy.trigger()

    assert asked == [[f"d{repeat} “{corpus.document(repeat).title}”, a near-duplicate of d2, which stays"]]
    finish(w)
    assert _listed(w) == [1, 2, 3, 4, 5]
    w.actions["edit.undo"].trigger()
    finish(w)
    assert _listed(w) == [1, 2, 3, 4, 5, repeat]
    assert w.corpus.document(repeat).near_duplicate_of == 2  # marked ≈ again
    title = w.browser.model.index(next(r for r in range(w.browser.model.rowCount())
                                       if w.browser.model.document_id(r) == repeat), 0)
    assert title.data().startswith("≈ ")


def test_the_pane_header_of_a_copy_offers_it_with_the_same_question(qtbot, with_copy, shown_window, asked, finish):
    corpus, repeat = with_copy
    w = shown_window(corpus)
    w.compare([2, repeat])
    pane = w.comparison.pane(repeat)
    assert "near-duplicate of d2 (<a href" in pane.facts_label.text() and "remove this copy…" in pane.facts_label.text()
    assert "remove this copy" not in w.comparison.pane(2).facts_label.text()

    pane.facts_label.linkActivated.emit(REMOVE_COPY)

    assert asked == [[f"d{repeat} “{corpus.document(repeat).title}”, a near-duplicate of d2, which stays"]]
    assert w.comparison.document_ids == [2]  # its pane closed, the original's stays
    finish(w)
    assert repeat not in w.corpus.document_ids()


def test_a_digest_of_an_archive_too_long_to_analyse_is_never_offered_for_removal(qtbot, sample_corpus, tmp_path,
                                                                                shown_window):
    """The digest is marked ≈ (it came after the archive), but it is the one the analysis reads: neither its row
    nor its pane offers to take it out."""
    imported = dict(import_paths(sample_corpus, list(write_archive_and_digest(tmp_path))).imported)
    archive, digest = imported[str(tmp_path / "archive.txt")], imported[str(tmp_path / "digest.txt")]
    assert sample_corpus.document(digest).near_duplicate_of == archive
    w = shown_window(sample_corpus)
    row = next(r for r in range(w.browser.model.rowCount()) if w.browser.model.document_id(r) == digest)
    assert not any("Remove this copy" in a.text() for a in w.browser.menu_for(row).actions())
    w.compare([digest])
    facts = w.comparison.pane(digest).facts_label.text()
    assert f"near-duplicate of d{archive}" in facts and "remove this copy" not in facts
