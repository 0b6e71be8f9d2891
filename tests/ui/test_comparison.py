"""The comparison: claims lit on exact offsets, one selection across every pane."""
from __future__ import annotations

import handmade_corpus
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from viewer.analysis import store
from viewer.corpus.store import now


def test_pane_shows_the_stored_text_exactly(analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2])
    for pane in view.panes:
        assert pane.text_view.toPlainText() == analysed_corpus.document(pane.document_id).text


def test_clicking_a_claim_in_one_pane_scrolls_and_emphasises_it_in_the_other(qtbot, analysed_corpus, shown_comparison):
    handmade_corpus.long_article(analysed_corpus, 2, [])
    view = shown_comparison(analysed_corpus, [1, 2])
    left, right = view.panes
    assert not right.mention_visible(4), "the padded article starts far above the claim"
    with qtbot.waitSignal(view.claim_did_change) as signal:
        qtbot.mouseClick(left.text_view.viewport(), Qt.MouseButton.LeftButton, pos=left.marker_point(4))
    assert signal.args == [4]
    assert right.mention_visible(4)
    assert right.text_view.verticalScrollBar().value() > 0
    mention = store.claim(analysed_corpus, 4).mentions_in(2)[0]
    emphasised = right.text_view.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in emphasised] == [(mention.start, mention.end)]
    assert emphasised[0].cursor.selectedText() == mention.text
    assert not right.banner.isVisible()


def test_an_article_without_the_claim_says_so(analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2, 4])
    view.select_claim(3)
    silent = view.pane(4)
    assert silent.banner.isVisible()
    assert silent.banner.text().startswith("No passage of this source was linked to claim [3]")
    assert not view.pane(1).banner.isVisible()
    assert silent.text_view.extraSelections() == []


def test_a_claim_picked_while_its_articles_are_out_of_view_scrolls_to_them(qtbot, analysed_corpus, shown_comparison):
    """Picked in the claims table (gva200 walk, 1600 px), c582 opened its 3 articles after the 4 open ones; the view
    stayed at the left, where each pane said its source had no passage of the claim, and the claim's were off-screen."""
    view = shown_comparison(analysed_corpus, [3, 4, 5, 1, 2])
    view.resize(800, 700)
    bar = view.scroller.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    view.select_claim(1)  # carried by d1 and d2, the last two panes

    def in_view(pane):
        return bar.value() <= pane.x() and pane.x() + pane.width() <= bar.value() + view.scroller.viewport().width()

    qtbot.waitUntil(lambda: in_view(view.pane(1)) and in_view(view.pane(2)))
    view.select_claim(6)  # d3 and d5: both do not fit; the first of them is brought into view
    qtbot.waitUntil(lambda: in_view(view.pane(3)))


def test_enter_on_a_claim_selects_it_and_f3_order_follows_the_article(qtbot, analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2])
    pane = view.pane(2)
    mention = store.claim(analysed_corpus, 5).mentions_in(2)[0]
    cursor = pane.text_view.textCursor()
    cursor.setPosition(mention.start + 3)
    pane.text_view.setTextCursor(cursor)
    qtbot.keyClick(pane.text_view, Qt.Key.Key_Return)
    assert view.selected_claim == 5
    view.current_document = 1
    view.step_claim(1)
    assert view.selected_claim == 1  # wraps round in d1's reading order
    view.step_claim(-1)
    assert view.selected_claim == 5


def test_discrepancies_are_marked_beyond_colour_and_explained_on_hover(analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2])
    pane = view.pane(1)
    lit = {m.claim_id: m for m in pane.text_view.lit}
    assert lit[4].differs and not lit[3].differs
    cursor = QTextCursor(pane.text_view.document())
    cursor.setPosition(lit[4].start + 1)
    assert cursor.charFormat().underlineStyle() == cursor.charFormat().UnderlineStyle.WaveUnderline
    hover = pane._hover_text(4)
    assert "151 wounded were given medical treatment" in hover and "more than 100" in hover


def test_astral_characters_do_not_shift_the_highlights(memory_corpus, shown_comparison):
    text = "Intro 😀😀 emoji; the mayor said 5 buses left. End."
    other = "Elsewhere: the mayor said 5 buses left."
    with memory_corpus.transaction() as db:
        for i, body in ((1, text), (2, other)):
            db.conn.execute("INSERT INTO documents (id, text, sha256, source_path, imported_at) VALUES (?, ?, ?, ?, ?)",
                            (i, body, f"h{i}", f"/x/{i}.txt", now()))
        db.conn.execute("INSERT INTO claims VALUES (1, 'buses')")
        for i, body in ((1, text), (2, other)):
            start = body.index("the mayor said")
            db.conn.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (1, ?, ?, ?)',
                            (i, start, start + len("the mayor said 5 buses left")))
    view = shown_comparison(memory_corpus, [1, 2])
    view.select_claim(1)
    (selection,) = view.pane(1).text_view.extraSelections()
    assert selection.cursor.selectedText() == "the mayor said 5 buses left"


def test_panes_can_be_added_reordered_and_closed(analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2])
    view.add_document(5)
    view.move_document(5, -2)
    assert view.document_ids == [5, 1, 2]
    view.remove_document(1)
    assert view.document_ids == [5, 2]
    assert view.state.claims == {}  # d2 and d5 share no claim
