"""The tag list in the notes dock: counts, every target of a tag, rename and merge, as a coder's codebook."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.corpus import notes
from viewer.corpus.store import Corpus


@pytest.fixture
def coded(analysed_corpus_file):
    with Corpus(analysed_corpus_file, create=False) as corpus:
        notes.set_tags(corpus, "document", "d1", ["time line"])
        notes.set_tags(corpus, "claim", "c4", ["timeline", "disputed"])
        notes.set_tags(corpus, "claim", "c2", ["time line"])
        notes.set_note(corpus, "claim", "c2", "Which night was it?")
    return analysed_corpus_file


@pytest.fixture
def window(coded, shown_window):
    w = shown_window(Corpus(coded, create=False))
    yield w
    corpus = w.corpus
    w.set_corpus(None)
    corpus.close()


def _click_tag(qtbot, tags, tag: str) -> None:
    row = next(r for r in range(tags.list.count()) if tags.list.item(r).data(Qt.ItemDataRole.UserRole) == tag)
    rect = tags.list.visualItemRect(tags.list.item(row))
    qtbot.mouseClick(tags.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_tag_list_counts_what_each_tag_is_on_and_lists_it(qtbot, window):
    panel = window.notes_panel
    tags = panel.tag_list
    assert [tags.list.item(r).text() for r in range(tags.list.count())] == [
        "disputed — 1: 1 claim", "time line — 2: 1 document, 1 claim", "timeline — 1: 1 claim"]
    _click_tag(qtbot, tags, "time line")
    listed = [panel.hits.item(r).text() for r in range(panel.hits.count())]
    assert len(listed) == 2
    assert listed[0].startswith("Document d1: ") and listed[1].startswith("Claim [2]: ")  # as the rest of the window names it
    assert "Which night was it?" in listed[1]
    rect = panel.hits.visualItemRect(panel.hits.item(1))
    qtbot.mouseClick(panel.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.comparison.selected_claim == 2 and panel.target == ("claim", "c2")


def test_renaming_a_tag_onto_another_merges_them_everywhere_the_window_shows_tags(qtbot, window, coded):
    window.compare([1, 2], 4)
    panel = window.notes_panel
    tags = panel.tag_list
    _click_tag(qtbot, tags, "time line")
    qtbot.mouseClick(tags.rename_button, Qt.MouseButton.LeftButton)
    tags.dialog.setTextValue("Timeline")
    tags.dialog.accept()
    assert [tags.list.item(r).text() for r in range(tags.list.count())] == [
        "disputed — 1: 1 claim", "timeline — 3: 1 document, 2 claims"]
    assert tags.chosen() == "timeline" and panel.hits.count() == 3
    claims = window.claims_panel.model
    assert claims.index(claims.row_of(2), 4).data() == "timeline"
    assert panel.free_tags.text() == "timeline", "the claim shown (c4) reads its tags as stored"
    with Corpus(coded, create=False) as again:  # stored, not only shown
        assert [h.key for h in notes.tagged(again, "timeline")] == ["d1", "c2", "c4"]


def test_a_rename_to_a_bad_name_says_why_and_changes_nothing(qtbot, window):
    tags = window.notes_panel.tag_list
    _click_tag(qtbot, tags, "disputed")
    qtbot.mouseClick(tags.rename_button, Qt.MouseButton.LeftButton)
    tags.dialog.setTextValue("x" * 80)
    tags.dialog.accept()
    assert "80 characters long" in tags.failure_box.text()
    assert tags.list.count() == 3 and tags.chosen() == "disputed"


def test_tags_typed_and_not_saved_are_stored_before_a_rename(qtbot, window):
    window.compare([1, 2], 4)
    panel = window.notes_panel
    panel.free_tags.setText("timeline, time line")
    _click_tag(qtbot, panel.tag_list, "timeline")
    qtbot.mouseClick(panel.tag_list.rename_button, Qt.MouseButton.LeftButton)
    panel.tag_list.dialog.setTextValue("chronology")
    panel.tag_list.dialog.accept()
    assert notes.tags(window.corpus, "claim", "c4") == ["chronology", "disputed", "time line"]
