"""The notes dock reads as a researcher expects: the Markdown preview repeated a plain note word for word with no
label, and the search results were an empty, unlabelled box until a search."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from viewer.corpus import notes


@pytest.fixture
def panel(analysed_corpus, shown_window):
    window = shown_window(analysed_corpus)
    window.compare([1, 2], 4)
    window.docks["notes"].raise_()
    return window.notes_panel


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_the_preview_shows_only_for_markdown_that_renders_differently_and_says_what_it_is(qtbot, panel):
    qtbot.keyClicks(panel.editor, "Ask the ministry which count is right")
    assert not panel.preview.isVisible(), "a plain note is not repeated below itself"
    panel.editor.setPlainText("Ask the ministry which count is right:\n\n- **1,026** (d1)\n- over 1,000 (d2)")
    assert panel.preview.isVisible() and panel.preview_label.isVisible()
    assert "Preview" in panel.preview_label.text()
    panel.editor.setPlainText("3 \\* 4 wounded")  # an escape: the rendered note drops the backslash
    assert panel.preview.isVisible()


def test_the_empty_results_box_says_what_fills_it_and_that_a_search_found_nothing(qtbot, panel, analysed_corpus):
    assert panel.hits.count() == 0
    assert len(_colours(panel.hits.viewport())) > 1, "the empty box shows a line, not nothing"
    assert panel.hits.placeholder.startswith("Type above to find notes and tags")
    panel.search_box.setText("zzyzx")
    assert panel.hits.count() == 0 and panel.hits.placeholder == "No note or tag holds “zzyzx”"
    notes.set_note(analysed_corpus, "claim", notes.claim_key(6), "Compare the two prisoner counts.")
    panel.search_box.setText("prisoner counts")
    assert panel.hits.count() == 1
    panel.search_box.clear()
    assert panel.hits.count() == 0 and panel.hits.placeholder.startswith("Type above")


def test_a_notes_markdown_preview_leaves_three_articles_in_view_at_1280(qtbot, analysed_corpus, shown_window):
    """window40's walk: the preview's one-line label held the dock at 308 px once a note's Markdown showed, and at
    1280×800 the third of three compared articles went behind a sideways scroll bar."""
    window = shown_window(analysed_corpus)
    window.resize(1280, 800)
    window.compare([1, 2, 3], 4)
    window.docks["notes"].raise_()
    scroll = window.comparison.scroller.horizontalScrollBar()
    qtbot.waitUntil(lambda: window.notes_panel.isVisible() and scroll.maximum() == 0)
    window.notes_panel.editor.setPlainText("Check against the **police release**; d2 says *two* arrested.")
    assert window.notes_panel.preview_label.isVisible()
    qtbot.wait(100)
    assert window.notes_panel.minimumSizeHint().width() < window.docks["notes"].width()
    assert scroll.maximum() == 0, "every compared article in view"


def test_an_image_in_a_note_previews_as_a_link_naming_it(qtbot, panel):
    """The preview showed a broken-image mark for "![flood map](http://…)" (it never loads a remote picture): it
    reads as the reports give it, a link saying it is an image."""
    panel.editor.setPlainText("Check the route. ![flood map](http://127.0.0.1:9/map.png)")
    assert panel.preview.isVisible()
    assert "Check the route. image: flood map" in panel.preview.toPlainText()
    assert "<img" not in panel.preview.toHtml()


def _lines(view) -> float:
    return view.viewport().height() / view.fontMetrics().lineSpacing()


def test_at_1280_the_note_its_preview_and_the_search_hint_each_read_whole(qtbot, analysed_corpus, shown_window):
    """window43's walk at 1280×800: an empty tag box took 90 px, the note showed four lines, its preview two, and
    the search hint's third line was cut. The tag list says how tags are made when there are none."""
    from viewer.ui.tag_list import NONE_YET

    window = shown_window(analysed_corpus)
    window.resize(1280, 800)
    window.compare([1, 2], 2)
    window.docks["notes"].raise_()
    panel = window.notes_panel
    qtbot.waitUntil(panel.isVisible)
    panel.editor.setPlainText("Check the **162 officers** figure.\n\n- d1 says it as fact\n- d2 gives it to Kona")
    qtbot.wait(50)
    assert panel.tag_list.none_yet.isVisible() and panel.tag_list.none_yet.text() == NONE_YET
    assert not panel.tag_list.list.isVisible()
    assert _lines(panel.editor) >= 5 and _lines(panel.preview) >= 3.5, (_lines(panel.editor), _lines(panel.preview))
    hint = panel.hits.fontMetrics().boundingRect(panel.hits.viewport().rect().adjusted(6, 3, -6, 0),
                                                 Qt.TextFlag.TextWordWrap, panel.hits.placeholder)
    assert hint.height() <= panel.hits.viewport().height() - 3, "the hint's lines all show"


def test_the_tag_list_is_as_tall_as_its_few_tags(qtbot, analysed_corpus, shown_window):
    notes.set_tags(analysed_corpus, "claim", notes.claim_key(2), ["disputed", "casualty count"])
    window = shown_window(analysed_corpus)
    window.compare([1, 2], 2)
    window.docks["notes"].raise_()
    tags = window.notes_panel.tag_list
    qtbot.waitUntil(tags.list.isVisible)
    assert tags.list.count() == 2 and not tags.none_yet.isVisible()
    rows = tags.list.visualItemRect(tags.list.item(1)).bottom()
    assert rows <= tags.list.viewport().height() <= rows + tags.list.sizeHintForRow(0), "no empty rows below"
