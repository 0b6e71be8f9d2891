"""In the window: "this article does not carry claim [N]" from the pane's menu, shown where it was made (the pane
says so, the claims table marks the cell), kept through re-analysis, taken back with Edit → Undo or by saying a
passage carries the claim; a correction whose claim is gone is named, not dropped."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pane_selection import menu_on_words
from viewer.analysis import claim_sources, pipeline, store
from viewer.ui.claims_panel import ABSENT, FIXED, NOT_CARRIED


@pytest.fixture
def window(sample_corpus, shown_window):
    return shown_window(sample_corpus)


def _menu_action(pane, claim_id: int, text: str):
    menu = pane.text_view.context_menu(pane.marker_point(claim_id))
    found = [a for a in menu.actions() if a.text() == text]
    return menu, found


def _cell(panel, claim_id: int, document_id: int):
    model = panel.model
    row = model.row_of(claim_id)
    assert row is not None, f"claim [{claim_id}] is not in the claims table"
    return model.index(row, len(FIXED) + model.documents.index(document_id))


def _judge_d2_out_of_claim_1(qtbot, window, finish):
    """Compare d1 and d2 and say, from d2's pane, that d2 does not carry claim 1 (the surrender, also in d5)."""
    window.compare([1, 2])
    pane = window.comparison.pane(2)
    menu, (action,) = _menu_action(pane, 1, "This article does not carry claim [1]")
    action.trigger()
    menu.close()
    return finish(window)


def test_the_pane_menu_keeps_the_whole_article_out_and_says_so_in_the_pane_and_the_table(qtbot, window, sample_corpus,
                                                                                       finish):
    assert store.claim(sample_corpus, 1).documents() == [1, 2]
    changes = _judge_d2_out_of_claim_1(qtbot, window, finish)
    assert "d2 does not carry claim [1]" in changes.summary
    assert not store.claim(sample_corpus, 1).mentions_in(2)
    state = window.comparison.state
    assert 1 in state.claims and state.judged_out(2, 1) is not None  # still shown: d1 carries it
    window.comparison.select_claim(1)
    banner = window.comparison.pane(2).banner
    assert banner.isVisible()
    said = banner.text()
    assert said.startswith("This source does not carry claim [1]: corrected by you on")
    assert "the analysis found none" not in said
    cell = _cell(window.claims_panel, 1, 2)
    assert cell.data() == NOT_CARRIED
    assert "does not carry this claim: corrected by you" in cell.data(Qt.ItemDataRole.ToolTipRole)
    label = window.claims_panel.model.index(window.claims_panel.model.row_of(1), 1)
    assert "Corrected by you: d2 does not carry it" in label.data(Qt.ItemDataRole.ToolTipRole)
    assert not window.comparison.pane(1).banner.isVisible()  # d1 still carries it, lit as before
    assert any(lit.claim_id == 1 for lit in window.comparison.pane(1).text_view.lit)
    assert not any(lit.claim_id == 1 for lit in window.comparison.pane(2).text_view.lit)
    hover = window.comparison.pane(1)._hover_text(1)
    assert "Not carried by" in hover and "d2" in hover


def test_the_correction_holds_after_a_new_analyser_reads_every_article_again(qtbot, window, sample_corpus, finish,
                                                                            monkeypatch):
    _judge_d2_out_of_claim_1(qtbot, window, finish)
    monkeypatch.setattr(pipeline, "ANALYSER_VERSION", "next")
    window.jobs.analyse()
    assert "Analysed 5 new documents" in finish(window, timeout=180000).summary
    assert not store.claim(sample_corpus, 1).mentions_in(2)
    window.comparison.select_claim(1)
    assert window.comparison.pane(2).banner.text().startswith("This source does not carry claim [1]")
    assert _cell(window.claims_panel, 1, 2).data() == NOT_CARRIED


def test_undo_takes_it_back_and_the_article_is_in_the_claim_again(qtbot, window, sample_corpus, finish):
    _judge_d2_out_of_claim_1(qtbot, window, finish)
    undo = window.actions["edit.undo"]
    assert undo.isEnabled()
    undo.trigger()
    said = finish(window).summary
    assert "Took back: d2 does not carry claim [1]" in said
    assert "Undo" not in said  # it said "… (Edit → Undo takes it back)" of what had just been taken back
    assert store.claim(sample_corpus, 1).documents() == [1, 2]
    assert claim_sources.judgements(sample_corpus) == [] and store.corrections(sample_corpus) == []
    window.comparison.select_claim(1)
    assert not window.comparison.pane(2).banner.isVisible()
    assert _cell(window.claims_panel, 1, 2).data() != NOT_CARRIED


def test_the_banner_says_its_closest_passage_carries_the_claim_and_lifts_the_correction(qtbot, window, sample_corpus,
                                                                                       finish):
    _judge_d2_out_of_claim_1(qtbot, window, finish)
    window.comparison.select_claim(1)
    banner = window.comparison.pane(2).banner
    assert banner.link_button.isVisible() and banner.link_button.accessibleName() == "This passage carries claim [1]"
    assert banner.link_button.text() in ("This passage carries claim [1]", "Carries [1]")  # short in a narrow pane
    best = banner.passage
    qtbot.mouseClick(banner.link_button, Qt.MouseButton.LeftButton)
    changes = finish(window)
    assert changes.select_claim == 1
    assert any(m.start < best.end and best.start < m.end for m in store.claim(sample_corpus, 1).mentions_in(2))
    (judged,) = claim_sources.judgements(sample_corpus)
    assert judged.carried and judged.applies
    assert window.comparison.state.judged_out(2, 1) is None
    assert _cell(window.claims_panel, 1, 2).data() != NOT_CARRIED


def test_a_selected_passage_carries_the_selected_claim_from_the_pane_menu(qtbot, sample_corpus, shown_window, finish):
    """d3 recalls the first surrender in words the linker did not join to claim 1: select them, say so."""
    w = shown_window(sample_corpus)
    w.compare([1, 3])
    assert not store.claim(sample_corpus, 1).mentions_in(3)
    w.comparison.select_claim(1)
    pane = w.comparison.pane(3)
    words = "soldiers from Ukraine over in Mariupol who surrendered"
    start = pane.text.index(words)
    menu = menu_on_words(pane, words)
    (action,) = [a for a in menu.actions() if a.text() == "This passage carries claim [1]"]
    action.trigger()
    menu.close()
    finish(w)
    assert any(m.start <= start < m.end for m in store.claim(sample_corpus, 1).mentions_in(3))
    assert any(lit.claim_id == 1 for lit in w.comparison.pane(3).text_view.lit)


def test_a_correction_whose_claim_is_gone_is_named_in_the_claims_panel(qtbot, window, sample_corpus, finish):
    """Claim 2 is d1's and d2's alone: with d2 out, no claim is left. The correction is kept and the claims panel
    says it applies to no claim now; Undo brings the claim back."""
    window.compare([1, 2])
    window.claims_panel.unlink(store.claim(sample_corpus, 2), 2)  # the table's Unlink… menu
    finish(window)
    assert 2 not in store.claim_ids(sample_corpus)
    note = window.claims_panel.stranded
    assert note.isVisible()
    text = note.text()
    assert text.startswith("1 correction of yours about these articles no longer applies to a claim")
    assert "d2 does not carry claim [2]" in text and "left with d1 alone" in text
    window.actions["edit.undo"].trigger()
    finish(window)
    assert store.claim(sample_corpus, 2).documents() == [1, 2] and not note.isVisible()


def test_the_made_up_reports_keep_the_article_out_when_a_later_report_is_imported(qtbot, fire_reports, shown_window,
                                                                                  finish, tmp_path):
    from tests.conftest import FIRE_LATER

    w = shown_window(fire_reports)
    homes = next(c for c in store.claims(fire_reports) if c.documents() == [1, 2, 3] and "40 homes" in c.label)
    w.compare([1, 2, 3])
    menu, (action,) = _menu_action(w.comparison.pane(2), homes.id, f"This article does not carry claim [{homes.id}]")
    action.trigger()
    menu.close()
    finish(w)
    (tmp_path / "later.txt").write_text(FIRE_LATER, encoding="utf-8")
    w.jobs.import_paths([str(tmp_path / "later.txt")])
    finish(w)
    assert fire_reports.document_count() == 4
    w.jobs.analyse()
    finish(w, timeout=120000)
    assert not store.claim(fire_reports, homes.id).mentions_in(2)
    w.comparison.select_claim(homes.id)
    assert w.comparison.pane(2).banner.text().startswith(f"This source does not carry claim [{homes.id}]")
    assert _cell(w.claims_panel, homes.id, 2).data() == NOT_CARRIED
    assert _cell(w.claims_panel, homes.id, 3).data() != ABSENT


def test_a_correction_applying_to_no_claim_is_taken_back_from_the_claims_panel_and_undo_says_it_again(
        qtbot, sample_corpus, shown_window, finish):
    """A later session has no Undo for it: the claims panel's note offers to take it back."""
    from viewer.analysis import operations
    from viewer.jobs import TaskState

    operations.correction_job([operations.not_carried(store.claim(sample_corpus, 2), 2)])(sample_corpus, TaskState())
    w = shown_window(sample_corpus)
    w.compare([1, 2])
    note = w.claims_panel.stranded
    assert note.isVisible() and "Take it back" in note.text()
    note.linkActivated.emit("0")
    assert "Took back “d2 does not carry claim [2]”" in finish(w).summary
    assert store.claim(sample_corpus, 2).documents() == [1, 2] and not note.isVisible()
    w.actions["edit.undo"].trigger()
    finish(w)
    assert 2 not in store.claim_ids(sample_corpus) and note.isVisible()
