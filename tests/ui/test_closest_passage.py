"""A pane that carries no mention of the selected claim: honest banner, closest passage, link in one gesture."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from viewer.analysis import store
from viewer.analysis.closest_passages import closest_passages
from viewer.comparison import CLOSEST_TINT, tint
from viewer.jobs import Changes


def _surrender(corpus) -> store.StoredClaim:
    """The April claim "more than 1,000 Ukrainian servicemen surrendered", which the sample's d3 retells."""
    return next(c for c in store.claims(corpus) if "1,000 Ukrainian" in c.label)


def _silent_with_passage(corpus, claim) -> int:
    return next(d for d in corpus.document_ids() if not claim.mentions_in(d) and closest_passages(corpus, claim, d))


def test_the_banner_says_nothing_was_linked_and_names_the_closest_passage(sample_corpus, shown_comparison):
    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    view = shown_comparison(sample_corpus, [*claim.documents(), silent], height=500)
    view.select_claim(claim.id)
    banner = view.pane(silent).banner
    assert banner.isVisible()
    said = banner.text()
    assert f"No passage of this source was linked to claim [{claim.id}]" in said
    assert "does not carry" not in said and "not mean the source is silent" in said
    found = closest_passages(sample_corpus, claim, silent)
    rank = f" 1 of {len(found)}" if len(found) > 1 else ""
    assert f"Closest passage{rank}, not linked (" in said and found[0].excerpt() in said
    assert banner.link_button.isVisible() and banner.link_button.text() == f"Link to claim [{claim.id}]"
    assert not any(view.pane(d).banner.isVisible() for d in claim.documents())


def test_show_outlines_the_passage_without_a_claim_colour_and_scrolls_to_it(qtbot, sample_corpus, shown_comparison):
    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    view = shown_comparison(sample_corpus, [*claim.documents(), silent], height=500)
    view.select_claim(claim.id)
    pane = view.pane(silent)
    pane.text_view.verticalScrollBar().setValue(pane.text_view.verticalScrollBar().maximum())
    qtbot.mouseClick(pane.banner.show_button, Qt.MouseButton.LeftButton)
    best = pane.banner.passage
    assert pane.text_view.closest == (best.start, best.end)
    marked = [s for s in pane.text_view.extraSelections()
              if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (best.start, best.end)]
    assert len(marked) == 1
    fmt = marked[0].format
    assert fmt.background().color() == QColor(CLOSEST_TINT)
    claim_colours = {c.lower() for colour in view.state.colours.values() for c in (colour, tint(colour))}
    assert fmt.background().color().name() not in claim_colours
    assert fmt.underlineStyle() == fmt.UnderlineStyle.DotLine  # a shape, not colour alone
    cursor = QTextCursor(pane.text_view.document())
    cursor.setPosition(pane.text_view.positions(best.start))
    assert pane.text_view.viewport().rect().intersects(pane.text_view.cursorRect(cursor))
    view.select_claim(None)
    assert pane.text_view.closest is None and not pane.banner.isVisible()


def test_next_steps_through_the_closest_passages_and_moves_the_outline(qtbot, sample_corpus, shown_comparison):
    claim = _surrender(sample_corpus)
    silent = next(d for d in sample_corpus.document_ids()
                  if not claim.mentions_in(d) and len(closest_passages(sample_corpus, claim, d)) > 1)
    found = closest_passages(sample_corpus, claim, silent)
    view = shown_comparison(sample_corpus, [*claim.documents(), silent], height=500)
    view.select_claim(claim.id)
    pane = view.pane(silent)
    banner = pane.banner
    assert banner.next_button.isVisible()
    qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    second = found[1]
    assert banner.passage == second
    assert f"Closest passage 2 of {len(found)}" in banner.text() and second.excerpt() in banner.text()
    assert pane.text_view.closest == (second.start, second.end), "the outline follows the passage named"
    for _ in found[1:]:
        qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    assert banner.passage == found[0], "after the last, the best again"


def test_next_does_not_outline_a_passage_nobody_asked_to_see(qtbot, sample_corpus, shown_comparison):
    claim = _surrender(sample_corpus)
    silent = next(d for d in sample_corpus.document_ids()
                  if not claim.mentions_in(d) and len(closest_passages(sample_corpus, claim, d)) > 1)
    view = shown_comparison(sample_corpus, [*claim.documents(), silent], height=500)
    view.select_claim(claim.id)
    pane = view.pane(silent)
    qtbot.mouseClick(pane.banner.next_button, Qt.MouseButton.LeftButton)
    assert pane.text_view.closest is None
    assert pane.banner.passage == closest_passages(sample_corpus, claim, silent)[1]


def test_the_hover_card_names_the_open_articles_nothing_was_linked_in(sample_corpus, shown_comparison):
    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    carrying = claim.documents()
    view = shown_comparison(sample_corpus, [*carrying, silent], height=500)
    card = view.pane(carrying[0])._hover_text(claim.id)
    def source(d):
        outlet = sample_corpus.document(d, with_text=False).outlet
        return f"{outlet} (d{d})" if outlet else f"d{d}"

    assert f"{source(carrying[1])}</b>: “" in card, "the other carrying article is quoted"
    assert f"No passage linked in {source(silent)} —" in card and f"{source(silent)}</b>" not in card
    assert "not linked is not silent" in card


def test_without_stored_vectors_the_banner_only_says_nothing_was_linked(analysed_corpus, shown_comparison):
    view = shown_comparison(analysed_corpus, [1, 2, 4], height=500)  # the hand-written analysis stores no units
    view.select_claim(3)
    banner = view.pane(4).banner
    assert banner.isVisible() and banner.passage is None
    assert banner.text().startswith("No passage of this source was linked to claim [3]")
    assert "Closest passage" not in banner.text()
    assert not banner.link_button.isVisible() and not banner.show_button.isVisible()
    assert not banner.next_button.isVisible()


@pytest.fixture
def window(sample_corpus, shown_window):
    return shown_window(sample_corpus)


def _finish(qtbot, w) -> Changes:
    task = w.runner.task
    assert task is not None, "the link should run as a background task"
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    return task.result


def _link_from_the_banner(qtbot, window, sample_corpus):
    """Open the surrender claim beside a source that has no passage linked, and press "Link to claim"."""
    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    window.comparison.set_documents([*claim.documents(), silent])
    window.comparison.select_claim(claim.id)
    pane = window.comparison.pane(silent)
    best = pane.banner.passage
    tip = pane.banner.link_button.toolTip()
    qtbot.mouseClick(pane.banner.link_button, Qt.MouseButton.LeftButton)
    return claim, silent, best, tip, _finish(qtbot, window)


def test_link_to_claim_records_the_link_lights_the_pane_and_unlink_takes_it_back(qtbot, window, sample_corpus):
    claim, silent, best, _tip, changes = _link_from_the_banner(qtbot, window, sample_corpus)
    assert changes.select_claim is not None
    linked = store.claim(sample_corpus, changes.select_claim)
    assert any(m.start < best.end and best.start < m.end for m in linked.mentions_in(silent))
    assert [c.kind for c in store.corrections(sample_corpus)][-1] == "link"
    pane = window.comparison.pane(silent)
    assert window.comparison.selected_claim == linked.id
    assert not pane.banner.isVisible()
    assert any(lit.claim_id == linked.id for lit in pane.text_view.lit)
    assert pane.text_view.extraSelections(), "the claim lights up in that pane as usual"
    window.corrections.unlink_from_claim(linked.id, silent)  # the pane's context-menu unlink
    _finish(qtbot, window)
    assert [c.kind for c in store.corrections(sample_corpus)][-1] == "not-carried"
    assert not any(m.document == silent and m.start < best.end and best.start < m.end
                   for c in store.claims(sample_corpus) for m in c.mentions)


def test_a_link_made_from_the_banner_is_taken_back_by_undo_as_the_window_says(qtbot, window, sample_corpus):
    """The window said "right-click it, then Unlink" to take a link back; right-click offers "does not carry", which
    takes the whole article out of the claim. What it names now is Edit → Undo, which unlinks that pair alone."""
    claim, silent, best, tip, _changes = _link_from_the_banner(qtbot, window, sample_corpus)
    assert "Edit → Undo takes it back" in tip
    said = window.statusBar().currentMessage()
    assert "Edit → Undo takes it back" in said and "Unlink" not in said, said
    window.actions["edit.undo"].trigger()
    _finish(qtbot, window)
    after = store.claim(sample_corpus, claim.id)
    assert set(after.documents()) == set(claim.documents())
    assert not any(m.document == silent and m.start < best.end and best.start < m.end
                   for c in store.claims(sample_corpus) for m in c.mentions)
    assert all(c.kind != "not-carried" for c in store.corrections(sample_corpus)), "the article was not taken out"


def test_link_to_claim_adds_the_passage_and_keeps_every_source_the_claim_had(qtbot, window, sample_corpus):
    """"Link to claim [3]" linked the passage to the claim's first mention only, and the relink made a new
    claim of those two: on a field corpus claim 3 (d1, d3, d4) lost d1 to a new claim [311] of d1 and d2."""
    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    window.comparison.set_documents([*claim.documents(), silent])
    window.comparison.select_claim(claim.id)
    qtbot.mouseClick(window.comparison.pane(silent).banner.link_button, Qt.MouseButton.LeftButton)
    changes = _finish(qtbot, window)
    linked = store.claim(sample_corpus, changes.select_claim)
    assert linked.id == claim.id, "the claim the button named is the one the passage joined"
    assert set(linked.documents()) == {*claim.documents(), silent}
    assert {(m.document, m.start) for m in claim.mentions} <= {(m.document, m.start) for m in linked.mentions}


def test_linking_a_selected_passage_to_a_lit_one_joins_its_claim(qtbot, window, sample_corpus):
    """Selecting a claim's lit passage and an unlinked one in another pane, then Ctrl+L, means "this
    states that claim too": the claim gains the passage and loses none of its sources."""
    from PySide6.QtGui import QTextCursor

    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    window.comparison.set_documents([*claim.documents(), silent])
    best = closest_passages(sample_corpus, claim, silent)[0]
    lit = claim.mentions_in(claim.documents()[0])[0]
    for document, start, end in ((lit.document, lit.start, lit.end), (silent, best.start, best.end)):
        view = window.comparison.pane(document).text_view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions(start))
        cursor.setPosition(view.positions(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
    window.actions["edit.link_passages"].trigger()
    changes = _finish(qtbot, window)
    linked = store.claim(sample_corpus, changes.select_claim)
    assert linked.id == claim.id and set(linked.documents()) == {*claim.documents(), silent}


def test_the_claims_table_says_not_found_and_names_the_closest_passage_on_hover(qtbot, qtmodeltester, sample_corpus):
    from viewer.ui.claims_panel import ABSENT, FIXED, ClaimTableModel

    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    documents = [*claim.documents(), silent]
    model = ClaimTableModel(sample_corpus)
    model.reload(documents=documents)
    qtmodeltester.check(model)
    index = model.index(model.row_of(claim.id), len(FIXED) + documents.index(silent))
    assert model.data(index) == ABSENT
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "no passage was linked to this claim" in tip and "does not carry" not in tip
    assert closest_passages(sample_corpus, claim, silent)[0].excerpt() in tip
    header = model.headerData(len(FIXED), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "no passage linked" in header and "silent" not in header


@pytest.mark.parametrize("width, labels, side_by_side", [
    (170, ("Next closest", "Show in the text", "Link to claim [311]"), False),
    (250, ("Next", "Show", "Link [311]"), True),
    (700, ("Next closest", "Show in the text", "Link to claim [311]"), True),
])
def test_the_banner_buttons_keep_their_whole_labels_in_a_narrow_pane(qtbot, width, labels, side_by_side):
    """Three panes of a 1600 px window left one 250 px wide: its buttons read "Show in the tex" and
    "ink to claim [3". Stacked instead, they took 85 px of a laptop's 440 px pane (three BASIL articles at
    1366×768), leaving seven lines of the article: in a narrow pane they keep one row with short labels (the
    tooltip and the accessible name say the whole), and stand one above the other only where even those are cut."""
    from viewer.analysis.closest_passages import ClosestPassage
    from viewer.ui.absence_banner import AbsenceBanner

    from PySide6.QtWidgets import QVBoxLayout, QWidget

    pane = QWidget()  # a pane no wider than the window leaves it
    qtbot.addWidget(pane)
    banner = AbsenceBanner()
    QVBoxLayout(pane).addWidget(banner)
    passages = [ClosestPassage(2, 0, 60, "Milajha was shot in the head as she sat in a car with her parents.", 0.8),
                ClosestPassage(2, 70, 120, "Her family says doctors have declared her brain dead.", 0.5)]
    banner.say(311, passages)
    banner.show()
    pane.setFixedWidth(width)
    pane.show()
    qtbot.waitExposed(pane)
    buttons = [banner.next_button, banner.show_button, banner.link_button]
    # the buttons are laid out again once the banner learns its width
    qtbot.waitUntil(lambda: tuple(b.text() for b in buttons) == labels, timeout=1000)
    qtbot.waitUntil(lambda: (len({b.geometry().top() for b in buttons}) == 1) == side_by_side
                    and all(banner.rect().contains(b.geometry()) for b in buttons), timeout=1000)
    for button in buttons:
        assert button.isVisible()
        pass
        assert banner.rect().contains(button.geometry()), f"{button.text()!r} runs off the banner"
    assert banner.link_button.accessibleName() == "Link to claim [311]" and "record the link" in banner.link_button.toolTip()
    assert banner.next_button.accessibleName() == "Next closest" and "closest passage 2 of 2" in banner.next_button.toolTip()


def test_on_a_laptop_screen_the_banner_leaves_the_article_readable(qtbot, sample_corpus, settings):
    """1366×768, three articles open: the banner's buttons stacked took 85 px of a 440 px pane and left seven lines of
    the article whose silence the researcher was asked to judge (three BASIL reports of one event). The window opens
    at the laptop's size, as it does on one: opened at 1500×900 and shrunk, the bottom docks kept their 270 px and
    the article's lines hung on the notes dock's least height (its preview, shown empty then, squeezed them)."""
    from viewer.ui.main_window import MainWindow

    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    w = MainWindow(sample_corpus, settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.compare([*claim.documents(), silent])
    w.comparison.select_claim(claim.id)
    pane = w.comparison.pane(silent)
    banner = pane.banner
    buttons = [banner.next_button, banner.show_button, banner.link_button]
    assert banner.isVisible() and pane.width() < 330  # narrow: the whole labels do not fit on one row
    qtbot.waitUntil(lambda: len({b.geometry().top() for b in buttons if b.isVisible()}) == 1, timeout=2000)
    for button in (b for b in buttons if b.isVisible()):
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 8, f"{button.text()!r} is cut"
    lines = pane.text_view.viewport().height() // pane.text_view.fontMetrics().lineSpacing()
    # the sample's headlines run to five lines at this width: main showed 4 lines here (9 of the BASIL article)
    assert lines >= 7, f"{lines} lines of the article under a {banner.height()} px banner"
    w.set_corpus(None)


def test_at_1280_the_banner_folds_to_a_few_lines_and_unfolds_whole_on_a_click(qtbot, sample_corpus, shown_window):
    """window40's walk: whole, the banner took 177 of a 420-px pane at 1280×800 with three articles open, on nearly
    every claim picked; folded it says nothing was linked and the closest passage's first words, whole in its tooltip."""
    from viewer.ui.absence_banner import FOLDED_LINES

    claim = _surrender(sample_corpus)
    silent = _silent_with_passage(sample_corpus, claim)
    w = shown_window(sample_corpus)
    w.resize(1280, 800)
    w.compare([*claim.documents(), silent])
    w.comparison.select_claim(claim.id)
    pane = w.comparison.pane(silent)
    banner = pane.banner
    label = banner.label
    line = label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: banner.isVisible() and label.height() <= (FOLDED_LINES + 1) * line + 4)
    assert label.text().startswith(f"No passage linked to claim [{claim.id}]") and label.text().endswith("…")
    assert "Closest" in label.text() and label.toolTip() == banner.text()
    assert "which does not mean the source is silent" in banner.text()
    assert banner.height() <= (FOLDED_LINES + 4) * line + 16, banner.height()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: label.height() > (FOLDED_LINES + 1) * line + 4)
    assert "which does not mean the source is silent" in label.text()
    assert closest_passages(sample_corpus, claim, silent)[0].excerpt() in banner.text()
    qtbot.mouseClick(banner.fold_button, Qt.MouseButton.LeftButton)
    # folded again: its first lines, or the one more that what it says of the closest passage needs (d3's update)
    qtbot.waitUntil(lambda: label.height() <= (FOLDED_LINES + 1) * line + 4 and label.text().endswith("…"))


@pytest.mark.parametrize("width", [200, 240, 280, 360])
def test_the_folded_banner_never_cuts_what_it_says_of_the_closest_passage(qtbot, sample_corpus, width):
    """window45's walk at 1280 px: folded to three lines, d3's banner ended "Closest (somewhat similar; may be an…",
    as if it could not say what the passage may be; its judgement is whole, a line more where it needs one, and only
    the passage's own words are cut."""
    from PySide6.QtCore import QRect
    from viewer.ui.absence_banner import FOLDED_LINES, AbsenceBanner

    claim = _surrender(sample_corpus)
    found = closest_passages(sample_corpus, claim, 3)
    assert found and found[0].update, "the sample's d3 retells the April count as an update"
    banner = AbsenceBanner()
    qtbot.addWidget(banner)
    banner.resize(width, 300)
    banner.say(claim.id, found)
    banner.show()
    qtbot.waitExposed(banner)
    label = banner.label
    judged = f"({found[0].closeness()}):"
    qtbot.waitUntil(lambda: judged in label.text())
    assert label.text().endswith("…") and label.text().startswith(f"No passage linked to claim [{claim.id}]")
    metrics, line = label.fontMetrics(), label.fontMetrics().lineSpacing()
    kept = label.text()[:label.text().index(judged) + len(judged)]
    needed = metrics.boundingRect(QRect(0, 0, label.width(), 100000), Qt.TextFlag.TextWordWrap, kept + " …").height()
    shown = metrics.boundingRect(QRect(0, 0, label.width(), 100000), Qt.TextFlag.TextWordWrap, label.text()).height()
    assert shown <= max(FOLDED_LINES * line, needed), (shown, needed)
