"""Edit → Undo takes back the corrections made in the window, the last first; there was no undo at all,
and the way back from each correction (Split after Merge, Restore, Link after Unlink) was never said."""
from __future__ import annotations

from viewer.analysis import store
from viewer.analysis.corrections import EditAttribution, Link, MergeSpeakers, SetOutlet
from viewer.corpus import publication


def _one_speaker(corpus, a: str, b: str) -> bool:
    return any({a, b} <= {s.name, *s.aliases} for s in store.speakers(corpus))


def test_undo_takes_back_a_merge_then_an_outlet_the_last_first(qtbot, sample_corpus, shown_window, finish):
    w = shown_window(sample_corpus)
    undo = w.actions["edit.undo"]
    assert not undo.isEnabled()
    keep, other = "Vadym Boichenko", "Volodymyr Zelensky"
    w.attribution_panel.merge(keep, other)
    finish(w)
    assert _one_speaker(sample_corpus, keep, other)
    dialog = w.browser.set_outlet([1, 3])
    qtbot.addWidget(dialog)
    dialog.outlet.setCurrentText("Kyiv Desk")
    dialog._check_and_accept()
    finish(w)
    assert [sample_corpus.document(d, with_text=False).outlet for d in (1, 3)] == ["Kyiv Desk", "Kyiv Desk"]
    assert undo.isEnabled()
    undo.trigger()
    said = finish(w).summary
    assert said.startswith("Took back: Set the outlet of 2 documents")
    assert [sample_corpus.document(d, with_text=False).outlet for d in (1, 3)] == ["BNR", "Latin Times"]
    assert publication.corrections_of(sample_corpus, 1) == {}  # the original, not a correction back to it
    assert _one_speaker(sample_corpus, keep, other)  # the merge is still there
    undo.trigger()
    finish(w)
    assert not _one_speaker(sample_corpus, keep, other)
    model = w.attribution_panel.model
    assert model.speaker_row(keep) != model.speaker_row(other)
    assert not undo.isEnabled()


def test_a_second_outlet_is_taken_back_to_the_first_not_the_original(qtbot, sample_corpus, shown_window, finish):
    w = shown_window(sample_corpus)
    for outlet in ("Kyiv Desk", "Kyiv Desk Weekly"):
        dialog = w.browser.set_outlet([1])
        qtbot.addWidget(dialog)
        dialog.outlet.setCurrentText(outlet)
        dialog._check_and_accept()
        finish(w)
    w.actions["edit.undo"].trigger()
    finish(w)
    assert sample_corpus.document(1, with_text=False).outlet == "Kyiv Desk"
    assert publication.corrections_of(sample_corpus, 1)["outlet"].original == "BNR"


def test_a_deleted_attribution_comes_back_as_it_was_then_the_merge_before_it_goes(qtbot, sample_corpus, shown_window,
                                                                                   finish):
    w = shown_window(sample_corpus)
    w.attribution_panel.merge("Vadym Boichenko", "Volodymyr Zelensky")
    finish(w)
    before = store.attributions(sample_corpus, document_id=1)
    statement = before[0]
    w.attribution_panel.delete(statement)
    finish(w)
    assert len(store.attributions(sample_corpus, document_id=1)) == len(before) - 1
    w.actions["edit.undo"].trigger()
    assert finish(w).summary.startswith("Took back: ")
    after = store.attributions(sample_corpus, document_id=1)
    assert [(a.id, a.kind, a.speaker_name, a.content) for a in after] == \
        [(a.id, a.kind, a.speaker_name, a.content) for a in before]
    assert store.corrections(sample_corpus) == [MergeSpeakers("Vadym Boichenko", "Volodymyr Zelensky")]
    assert _one_speaker(sample_corpus, "Vadym Boichenko", "Volodymyr Zelensky")
    w.actions["edit.undo"].trigger()
    finish(w)
    assert not _one_speaker(sample_corpus, "Vadym Boichenko", "Volodymyr Zelensky")


def test_an_edited_role_is_taken_back_to_the_analysis_own(qtbot, sample_corpus, shown_window, finish):
    w = shown_window(sample_corpus)
    statement = next(a for a in store.attributions(sample_corpus, document_id=2) if a.speaker_role)
    w.corrections.correct([EditAttribution(2, (statement.content.start, statement.content.end),
                                           {"speaker_role": "night editor"})], "Role edited")
    finish(w)
    edited = store.attribution_row(sample_corpus, (2, statement.content.start, statement.content.end))
    assert edited["speaker_role"] == "night editor"
    w.actions["edit.undo"].trigger()
    finish(w)
    back = store.attribution_row(sample_corpus, (2, statement.content.start, statement.content.end))
    assert back["speaker_role"] == statement.speaker_role and store.corrections(sample_corpus) == []


def test_ctrl_z_in_a_text_box_undoes_the_typing_not_a_correction(qtbot, sample_corpus, shown_window, finish):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    w = shown_window(sample_corpus)
    w.attribution_panel.merge("Vadym Boichenko", "Volodymyr Zelensky")
    finish(w)
    box = w.attribution_panel.search_box
    box.setFocus()
    qtbot.keyClicks(box, "Pesk")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Control)  # offscreen Qt keeps Ctrl down after a click with it otherwise
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    assert w.runner.task is None and box.text() != "Pesk"
    assert _one_speaker(sample_corpus, "Vadym Boichenko", "Volodymyr Zelensky")


def test_an_outlet_queued_behind_another_is_taken_back_to_the_one_before_it(qtbot, sample_corpus, shown_window,
                                                                              finish):
    w = shown_window(sample_corpus)
    for outlet in ("Kyiv Desk", "Kyiv Desk Weekly"):  # the second is asked for while the first still runs
        dialog = w.browser.set_outlet([1])
        qtbot.addWidget(dialog)
        dialog.outlet.setCurrentText(outlet)
        dialog._check_and_accept()
    finish(w)
    finish(w)
    assert sample_corpus.document(1, with_text=False).outlet == "Kyiv Desk Weekly"
    w.actions["edit.undo"].trigger()
    finish(w)
    assert sample_corpus.document(1, with_text=False).outlet == "Kyiv Desk"
    w.actions["edit.undo"].trigger()
    finish(w)
    assert sample_corpus.document(1, with_text=False).outlet == "BNR"


def test_a_gesture_whose_recording_failed_leaves_nothing_to_take_back(qtbot, sample_corpus, shown_window, finish):
    w = shown_window(sample_corpus)
    w.corrections.correct([Link((1, 0, 40), (2, 0, 40)), SetOutlet(1, "  ")], "Linked and gave d1 an outlet")
    with qtbot.waitSignal(w.runner.task.done, timeout=60000) as done:
        pass
    assert done.args[0] is False  # an empty outlet is refused: nothing of the gesture is recorded
    w.actions["edit.undo"].trigger()
    assert "nothing to take back" in finish(w).summary
    assert store.corrections(sample_corpus) == []  # no Unlink of two passages that were never linked
