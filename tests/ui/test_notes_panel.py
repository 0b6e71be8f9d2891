"""The notes panel keeps what the researcher typed: across clicks elsewhere, a closed window, another
window writing the same note, and a tag that cannot be stored."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.corpus import notes
from viewer.corpus.store import Corpus


@pytest.fixture
def window(analysed_corpus, shown_window):  # the corpus outlives the window
    return shown_window(analysed_corpus)


def _click_claim_row(qtbot, window, claim_id: int) -> None:
    """Select a claim the way a researcher does: a click on its row in the claims table."""
    panel = window.claims_panel
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(claim_id), 1))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(row).center())


def _first_saves(qtbot, first) -> None:
    """The researcher goes to the first window, writes on c4 and saves."""
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    _type_note(qtbot, first.notes_panel, "First window's note", tags="wire copy")
    qtbot.mouseClick(first.notes_panel.save_button, Qt.MouseButton.LeftButton)


def _type_note(qtbot, panel, text: str, tags: str = "") -> None:
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, text)
    if tags:
        panel.free_tags.insert(tags)  # as pasted: typing an emoji's surrogate pair aborts offscreen Qt


def test_a_note_typed_and_not_saved_is_kept_when_the_researcher_picks_another_claim(qtbot, window, analysed_corpus):
    """The panel follows every click: a memo typed on c4 was thrown away by a click on another claim."""
    window.compare([1, 2], 4)
    panel = window.notes_panel
    _type_note(qtbot, panel, "Ask the ministry which count is right", tags="casualty count")
    other = next(c for c in window.comparison.state.claims if c != 4 and window.comparison.state.claims[c].mentions)
    _click_claim_row(qtbot, window, other)
    assert window.comparison.selected_claim == other and panel.target == ("claim", notes.claim_key(other))
    assert notes.note(analysed_corpus, "claim", notes.claim_key(4)) == "Ask the ministry which count is right"
    assert notes.tags(analysed_corpus, "claim", notes.claim_key(4)) == ["casualty count"]
    assert panel.editor.toPlainText() == "" and notes.note(analysed_corpus, "claim", notes.claim_key(other)) is None
    _click_claim_row(qtbot, window, 4)
    assert panel.editor.toPlainText() == "Ask the ministry which count is right"


def test_closing_the_window_keeps_a_note_not_saved(qtbot, window, analysed_corpus):
    window.compare([1, 2], 4)
    _type_note(qtbot, window.notes_panel, "Written just before closing")
    assert window.close()
    assert notes.note(analysed_corpus, "claim", notes.claim_key(4)) == "Written just before closing"


def test_a_note_changed_in_another_window_is_not_saved_over(qtbot, two_windows):
    """Both typing on c4: the later Save replaced the other window's note without a word."""
    first, second = two_windows
    panel = second.notes_panel
    _type_note(qtbot, panel, "Second window's note")
    _first_saves(qtbot, first)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = notes.written(first.corpus, "claim", "c4")
    assert stored == notes.Written("First window's note", ("wire copy",))
    message = panel.failure_box.text()
    assert "changed in another window or program" in message
    assert "First window's note" in message and "wire copy" in message
    assert panel.editor.toPlainText() == "Second window's note", "what was typed stays in the panel"
    panel.failure_box.close()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # told once; a second Save is meant
    assert notes.note(first.corpus, "claim", "c4") == "Second window's note"


@pytest.mark.parametrize(("typed", "why"), [
    ("timeline-" + "x" * 300, "309 characters long; a tag is at most 60"),
    ("🔫", "has no letter or digit"),
    ("weapon;court", "holds “;”"),
])
def test_a_tag_that_cannot_be_stored_is_refused_with_why_and_nothing_typed_is_lost(qtbot, window, analysed_corpus,
                                                                                 typed, why):
    window.compare([1, 2], 4)
    panel = window.notes_panel
    _type_note(qtbot, panel, "Note beside a bad tag", tags=f"court, {typed}")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert why in panel.failure_box.text()
    assert notes.written(analysed_corpus, "claim", "c4") == notes.Written(), "nothing half-saved"
    assert panel.editor.toPlainText() == "Note beside a bad tag" and typed in panel.free_tags.text()


def test_after_saving_the_tags_read_as_stored(qtbot, window, analysed_corpus):
    notes.set_tags(analysed_corpus, "document", "d3", ["follow-up", "wire copy"])
    window.compare([1, 2], 4)
    panel = window.notes_panel
    _type_note(qtbot, panel, "", tags="Wire_Copy,  Follow up ")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.free_tags.text() == "wire copy" and panel.tag_boxes["follow-up"].isChecked()


def test_a_document_is_named_by_its_title_in_the_notes_panel(qtbot, window, analysed_corpus):
    window.compare([1, 2])
    pane = window.comparison.pane(2)
    qtbot.mouseClick(pane.text_view.viewport(), Qt.MouseButton.LeftButton, pos=pane.text_view.viewport().rect().center())
    title = analysed_corpus.document(2, with_text=False).title
    assert window.notes_panel.target == ("document", "d2")
    assert window.notes_panel.target_label.text().endswith(f"d2 · {title}")


def test_a_passage_selected_in_an_article_is_coded_with_a_note_and_tags(qtbot, shown_window, analysed_corpus_file):
    """walk24: only a document, a claim or a statement the analysis found could carry a note or tag; a
    QualCoder or Taguette user selects any words and codes them."""
    from PySide6.QtGui import QTextCursor

    w = shown_window(Corpus(analysed_corpus_file, create=False))
    w.compare([1, 2], 4)
    pane = w.comparison.pane(2)
    view = pane.text_view
    start = pane.text.index("metal plant")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions(start))
    cursor.setPosition(view.positions(start + len("metal plant")), QTextCursor.MoveMode.KeepAnchor)
    view.setFocus()
    view.setTextCursor(cursor)
    menu = view.context_menu(view.cursorRect().center())  # the right-click on the selected words
    chosen = next(a for a in menu.actions() if a.text() == "&Note or tag the selected passage")
    assert chosen.isEnabled() and chosen.shortcut().toString() == "Ctrl+Shift+N"
    chosen.trigger()
    panel = w.notes_panel
    key = notes.span_key(2, start, start + len("metal plant"))
    assert panel.target == ("passage", key) and "“metal plant”" in panel.target_label.text()
    assert w.focusWidget() is panel.editor, "the notes dock opens on it, ready to type"
    _type_note(qtbot, panel, "Which plant? Azovstal?", tags="place")
    _click_claim_row(qtbot, w, 4)  # moving on keeps it
    assert notes.written(w.corpus, "passage", key) == notes.Written("Which plant? Azovstal?", ("place",))
    underlined = [s for s in view.extraSelections() if s.format.toolTip() == "Your passage — tags: place"]
    assert [s.cursor.selectedText() for s in underlined] == ["metal plant"], "the coded words read as coded"
    tags = panel.tag_list
    assert [tags.list.item(r).text() for r in range(tags.list.count())] == ["place — 1: 1 passage"]
    tags.choose("place")
    assert panel.hits.item(0).text().startswith("Passage of d2: “metal plant”")
    corpus = w.corpus
    w.set_corpus(None)
    corpus.close()


def test_a_window_made_active_shows_what_another_window_wrote(qtbot, two_windows):
    """walk24: the second window showed its stale note and an empty Tags cell for c4 after the first saved them."""
    first, second = two_windows
    _first_saves(qtbot, first)
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    assert second.notes_panel.editor.toPlainText() == "First window's note"
    claims = second.claims_panel.model
    assert claims.index(claims.row_of(4), 4).data() == "wire copy"
    assert [second.notes_panel.tag_list.list.item(0).text()] == ["wire copy — 1: 1 claim"]


def test_saving_a_note_keeps_the_claim_selected_in_the_claims_table(qtbot, window, analysed_corpus):
    """The claims table re-reads its rows after every note saved and whenever the window is made active
    again (tags may have changed): the researcher's selected row went with them."""
    window.compare([1, 2], 4)
    _click_claim_row(qtbot, window, 4)
    _type_note(qtbot, window.notes_panel, "Check the count", tags="casualty count")
    qtbot.mouseClick(window.notes_panel.save_button, Qt.MouseButton.LeftButton)
    panel = window.claims_panel
    assert [c.id for c in panel.selected_claims()] == [4]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.reload()
    assert [c.id for c in panel.selected_claims()] == [4]
