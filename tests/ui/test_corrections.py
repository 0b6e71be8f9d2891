"""Corrections from the window: recorded and relinked off the GUI thread, the window reacting to what changed."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QKeySequence

from pane_selection import select_words
from viewer.analysis import pipeline, store
from viewer.analysis.corrections import MergeSpeakers
from viewer.jobs import Changes


@pytest.fixture
def window(sample_corpus, shown_window):  # the corpus outlives the window
    return shown_window(sample_corpus)


@pytest.fixture
def relink_threads(monkeypatch):
    """The threads relinking ran on (it must never be the GUI thread)."""
    seen: list[threading.Thread] = []
    real = pipeline.relink

    def recording(corpus, fixes=None, workers=None, state=None):
        seen.append(threading.current_thread())
        return real(corpus, fixes, workers, state)

    monkeypatch.setattr(pipeline, "relink", recording)
    return seen


def _finish(qtbot, w):
    """Wait for the window's running task; return the change record it produced."""
    assert w.runner.task is not None, "the correction should run as a background task"
    task = w.runner.task
    with qtbot.waitSignal(task.done, timeout=30000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert isinstance(task.result, Changes)
    return task.result


def test_merging_speakers_runs_off_the_gui_thread_and_refreshes_the_panel(qtbot, window, sample_corpus, relink_threads):
    keep, other = "Vadym Boichenko", "Volodymyr Zelensky"
    window.attribution_panel.merge(keep, other)
    changes = _finish(qtbot, window)
    assert relink_threads and all(t is not threading.main_thread() for t in relink_threads)
    assert changes.touched == {"speakers"}
    model = window.attribution_panel.model
    row = model.speaker_row(keep)
    assert row is not None and model.speaker_row(other) == row  # one row, the other spelling an alias
    merged = model.speaker(model.index(row, 0))
    assert {keep, other} <= {merged.name, *merged.aliases}
    pipeline.analyse(sample_corpus, redo=True)  # and re-analysis keeps it
    assert sum({keep, other} <= {s.name, *s.aliases} for s in store.speakers(sample_corpus)) == 1


def test_a_correction_made_during_other_work_is_queued_and_made_after_it(qtbot, window, sample_corpus):
    keep, other = "Vadym Boichenko", "Volodymyr Zelensky"
    analysing = window.jobs.analyse()
    assert window.corrections.correct([MergeSpeakers(keep, other)], "merge") is None
    assert "queued until “Analysing” has finished" in window.statusBar().currentMessage()
    assert window.actions["edit.edit_attribution"].isEnabled()  # corrections stay available meanwhile
    with qtbot.waitSignal(analysing.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert window.runner.task is not None and window.runner.task.title == "Correcting"
    changes = _finish(qtbot, window)
    assert changes.summary == "merge" and window.runner.idle and window.runner.waiting == []
    assert sum({keep, other} <= {s.name, *s.aliases} for s in store.speakers(sample_corpus)) == 1
    model = window.attribution_panel.model
    assert model.speaker_row(keep) == model.speaker_row(other) is not None


def test_a_queued_correction_stays_with_its_corpus_when_another_is_opened(qtbot, window, sample_corpus, tmp_path):
    import shutil

    from viewer.corpus.store import Corpus

    keep, other = "Vadym Boichenko", "Volodymyr Zelensky"
    shutil.copy(sample_corpus.path, tmp_path / "second.corpus")
    second = Corpus(tmp_path / "second.corpus", create=False)
    analysing = window.jobs.analyse()
    window.corrections.correct([MergeSpeakers(keep, other)], "merge")
    window.set_corpus(second)
    announced = []
    second.analysis_did_change.connect(lambda *args: announced.append(args))
    with qtbot.waitSignal(analysing.done, timeout=60000):
        window.runner.cancel()  # cancelling the running job leaves the queued correction to run
    correcting = window.runner.task
    assert correcting is not None and correcting.path == sample_corpus.path
    with qtbot.waitSignal(correcting.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert announced == []  # the corpus shown was not the one corrected
    merged = lambda corpus: sum({keep, other} <= {s.name, *s.aliases} for s in store.speakers(corpus))  # noqa: E731
    assert merged(sample_corpus) == 1 and merged(second) == 0
    window.set_corpus(None)
    second.close()


def test_corrections_still_queued_when_the_window_closes_are_made_before_it_goes(qtbot, sample_corpus, settings):
    from viewer.ui.main_window import MainWindow

    keep, other = "Vadym Boichenko", "Volodymyr Zelensky"
    w = MainWindow(sample_corpus, settings)
    qtbot.addWidget(w)
    w.jobs.analyse()
    w.corrections.correct([MergeSpeakers(keep, other)], "merge")
    assert len(w.runner.waiting) == 1
    w.close()
    assert w.runner.task is None and w.runner.waiting == []
    assert sum({keep, other} <= {s.name, *s.aliases} for s in store.speakers(sample_corpus)) == 1
    w.set_corpus(None)



def test_linking_two_passages_selected_in_two_panes_lights_the_new_claim_in_both(qtbot, window, relink_threads):
    window.compare([1, 2])
    action = window.actions["edit.link_passages"]
    assert action.shortcut() == QKeySequence("Ctrl+L") and not action.isEnabled()
    a = select_words(window.comparison.pane(1), "Russia is believed to be trying to link the annexed Crimea")
    b = select_words(window.comparison.pane(2), "head of Crimea Sergey Aksyonov has called on Ukrainian servicemen")
    assert window.comparison.selected_passages() == [a, b]
    assert action.isEnabled()
    menu = window.comparison.pane(2).text_view.context_menu(window.comparison.pane(2).marker_point(1))
    assert action in menu.actions()
    menu.close()
    action.trigger()
    changes = _finish(qtbot, window)
    assert relink_threads and threading.main_thread() not in relink_threads
    claim_id = changes.select_claim
    assert claim_id is not None and window.comparison.selected_claim == claim_id
    for document_id, start, end in (a, b):
        lit = [m for m in window.comparison.pane(document_id).text_view.lit if m.claim_id == claim_id]
        assert any(m.start < end and m.end > start for m in lit)
        assert window.comparison.pane(document_id).text_view.extraSelections()
    assert window.claims_panel.model.row_of(claim_id) is not None


def test_unlinking_a_lit_claim_from_its_context_menu(qtbot, window, sample_corpus):
    window.compare([1, 2])
    claim_id = sorted(window.comparison.state.claims)[1]
    pane = window.comparison.pane(2)
    menu = pane.text_view.context_menu(pane.marker_point(claim_id))
    (unlink,) = [a for a in menu.actions() if a.text() == f"This article does not carry claim [{claim_id}]"]
    texts = {m.text for m in window.comparison.state.claims[claim_id].mentions}
    unlink.trigger()
    menu.close()
    _finish(qtbot, window)
    still = [c for c in store.claims(sample_corpus) if texts <= {m.text for m in c.mentions}]
    assert still == []
    assert all(texts != {m.text for m in c.mentions} for c in window.comparison.state.claims.values())


def test_an_attribution_is_edited_fully_kind_speaker_and_role(qtbot, window, sample_corpus):
    statement = store.attributions(sample_corpus, document_id=1)[0]
    dialog = window.attribution_panel.edit_dialog(statement)
    dialog.kind.setCurrentIndex(dialog.kind.findData("according-to"))
    dialog.speaker_name.setText("Eduard Basurin")
    dialog.speaker_role.setText("separatist spokesman")
    dialog.speaker_kind.setCurrentIndex(dialog.speaker_kind.findData("person"))
    assert dialog.changes()["kind"] == "according-to"
    dialog.accept()
    changes = _finish(qtbot, window)
    assert changes.touches("attributions") and changes.touches("speakers")
    edited = store.attribution(sample_corpus, statement.id)
    assert (edited.kind, edited.speaker_name, edited.speaker_role) == (
        "according-to", "Eduard Basurin", "separatist spokesman")
    assert store.speaker_kind_of(sample_corpus, statement.id) == "person"
    model = window.attribution_panel.model
    row = model.speaker_row("Eduard Basurin")
    assert row is not None and model.index(row, 1).data() == "separatist spokesman"


def test_the_attribution_dialog_shows_a_long_role_whole(qtbot, window, sample_corpus):
    statement = store.attributions(sample_corpus, document_id=1)[0]
    dialog = window.attribution_panel.edit_dialog(statement)
    role = "Chicago Police Department spokesman"
    dialog.speaker_role.setText(role)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.speaker_role
    assert box.fontMetrics().horizontalAdvance(role) < box.contentsRect().width() - 8
    dialog.reject()


def test_an_unchanged_dialog_records_nothing(qtbot, window, sample_corpus):
    statement = store.attributions(sample_corpus, document_id=1)[0]
    dialog = window.attribution_panel.edit_dialog(statement)
    assert dialog.changes() == {}
    dialog.accept()
    assert window.runner.task is None


def test_linking_two_claims_in_the_table_makes_one_claim_of_all_their_mentions(qtbot, window, sample_corpus):
    """Link joins the two selected claims whole; linked by their first mentions only, the relink could take
    those two out of their claims into a new one and leave the rest behind."""
    from PySide6.QtCore import QItemSelectionModel

    window.compare([1, 2])
    panel = window.claims_panel
    first, second = (panel.model.claim(panel.proxy.mapToSource(panel.proxy.index(r, 1)).row()) for r in (0, 1))
    selection = panel.view.selectionModel()
    for row in (0, 1):
        selection.select(panel.proxy.index(row, 1),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert {c.id for c in panel.selected_claims()} == {first.id, second.id}
    panel.link_button.click()
    _finish(qtbot, window)
    wanted = {(m.document, m.start) for c in (first, second) for m in c.mentions}
    joined = [c for c in store.claims(sample_corpus) if wanted & {(m.document, m.start) for m in c.mentions}]
    assert len(joined) == 1 and wanted <= {(m.document, m.start) for m in joined[0].mentions}


def test_a_correction_leaves_the_other_claims_in_their_colours_and_the_export_follows(qtbot, window, sample_corpus,
                                                                                      tmp_path):
    """Unlinking d89 from c265 on a field corpus recoloured c266, c267… : the colours were assigned
    afresh in reading order, so every claim after the one a correction touched took another colour."""
    import re

    window.compare([1, 2])
    before = dict(window.comparison.state.colours)
    carried = [c for c in before if window.comparison.state.claims[c].mentions_in(1)]  # d2's renderings' claims are d2's alone
    first = min(carried, key=lambda c: min(m.start for m in window.comparison.state.claims[c].mentions_in(1)))
    window.corrections.unlink_from_claim(first, 2)
    _finish(qtbot, window)
    after = window.comparison.state.colours
    # the claim stays in the comparison, d1 carrying it and d2 judged not to, so the correction shows where it was made
    assert window.comparison.state.judged_out(2, first) is not None and not window.comparison.state.carries(2, first)
    assert after == before
    task = window.jobs.export_to(str(tmp_path / "report.html"))
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    for claim_id, colour in after.items():
        assert re.search(rf'<mark[^>]*style="background:{colour}"[^>]*class="c{claim_id}[ "]', page) or \
            re.search(rf'<mark[^>]*class="c{claim_id}[ "][^>]*style="background:{colour}"', page), claim_id
