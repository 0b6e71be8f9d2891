"""The passage a researcher reads stays in view when the panes change width: a window resized to a laptop
screen, a dock shown or hidden. The text rewraps; the scroll bar kept its pixel value, so the pane showed
another part of the article and the selected claim went out of view."""
from __future__ import annotations

import handmade_corpus

from viewer.ui.article_text_view import ArticleTextView


def test_the_selected_claim_stays_in_view_when_the_window_is_made_narrower(qtbot, analysed_corpus, shown_window):
    handmade_corpus.long_article(analysed_corpus, 2, [])
    window = shown_window(analysed_corpus)
    window.resize(1600, 1000)
    window.compare([1, 2], 4)
    right = window.comparison.pane(2)
    qtbot.waitUntil(lambda: right.mention_visible(4))
    assert right.text_view.verticalScrollBar().value() > 0, "the padded article starts far above the claim"

    window.resize(1000, 700)
    qtbot.waitUntil(lambda: right.text_view.width() < 400)
    qtbot.wait(50)
    assert right.mention_visible(4)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: right.text_view.width() > 400)
    qtbot.wait(50)
    assert right.mention_visible(4)


def test_without_a_claim_in_view_the_first_line_shown_stays_first(qtbot, analysed_corpus, shown_comparison):
    handmade_corpus.long_article(analysed_corpus, 2, [], paragraphs=80)
    view = shown_comparison(analysed_corpus, [1, 2])
    text = view.pane(2).text_view
    start = text.toPlainText().index("Filler paragraph 40 ")
    cursor = text.textCursor()
    cursor.setPosition(start)
    bar = text.verticalScrollBar()
    bar.setValue(bar.value() + text.cursorRect(cursor).top())
    assert _first_paragraph_shown(text).startswith("Filler paragraph 40 ")

    view.resize(700, 700)
    qtbot.waitUntil(lambda: text.width() < 350)
    assert _first_paragraph_shown(text).startswith("Filler paragraph 40 "), _first_paragraph_shown(text)


def _first_paragraph_shown(text: ArticleTextView) -> str:
    """The paragraph at the top of the pane (the blank line above it does not count)."""
    block = text.cursorForPosition(text.viewport().rect().topLeft()).block()
    while block.isValid() and not block.text().strip():
        block = block.next()
    return block.text()


def test_a_pane_at_the_top_stays_at_the_top(qtbot, analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2])
    text = view.pane(1).findChild(ArticleTextView)
    assert text.verticalScrollBar().value() == 0
    view.resize(700, 700)
    qtbot.waitUntil(lambda: text.width() < 350)
    assert text.verticalScrollBar().value() == 0
