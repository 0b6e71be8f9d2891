"""File → Forget removed documents…: the removals the corpus keeps for Edit → Undo are listed, asked about (it cannot
be undone) and deleted from the file for good; Edit → Undo no longer offers to bring them back."""
from __future__ import annotations

import pytest

from viewer.corpus.removal import kept_removals
from viewer.ui import corpus_jobs
from viewer.ui.corpus_jobs import forgetting_question
from viewer.ui.document_undo import RemovalUndo


@pytest.fixture
def asked(monkeypatch):
    """Both confirmations answered without a dialog; what the forgetting one was asked, and its answer."""
    questions: list[list[tuple[str, list[str]]]] = []
    answer = {"yes": True}
    monkeypatch.setattr(corpus_jobs, "confirm_removal", lambda _parent, _names: True)
    monkeypatch.setattr(corpus_jobs, "confirm_forgetting",
                        lambda _parent, kept: questions.append(kept) or answer["yes"])
    return questions, answer


def _removed(w, finish, document_id: int) -> None:
    w.jobs.remove_documents([document_id])
    finish(w)


def test_the_file_menu_lists_the_kept_removals_then_deletes_them_for_good(qtbot, sample_corpus, shown_window, asked,
                                                                           finish):
    questions, _ = asked
    w = shown_window(sample_corpus)
    title = sample_corpus.document(2).title
    _removed(w, finish, 2)
    assert w.actions["edit.undo"].isEnabled()
    action = w.actions["file.forget_removed"]
    assert action in w.menus["&File"].actions() and action.isEnabled()

    action.trigger()

    assert len(questions) == 1 and [names for _, names in questions[0]] == [[f"d2 “{title}”"]]
    changes = finish(w)
    assert changes.summary.startswith("Forgot 1 removal (1 document)") and "another program" not in changes.summary
    assert w.statusBar().currentMessage().startswith("Forgot 1 removal")
    assert kept_removals(w.corpus) == []
    assert not w.corrections.has_last and not w.actions["edit.undo"].isEnabled()  # nothing left to bring back
    text = sample_corpus.path.read_bytes() + sample_corpus.path.with_name(sample_corpus.path.name + "-wal").read_bytes()
    assert title.encode() not in text
    assert sorted(w.corpus.document_ids()) == [1, 3, 4, 5]


def test_no_keeps_them_and_undo_still_brings_them_back(qtbot, sample_corpus, shown_window, asked, finish):
    questions, answer = asked
    answer["yes"] = False
    w = shown_window(sample_corpus)
    _removed(w, finish, 3)
    w.actions["file.forget_removed"].trigger()
    assert len(questions) == 1 and w.runner.task is None
    assert [k.documents[0].id for k in kept_removals(w.corpus)] == [3]
    w.actions["edit.undo"].trigger()
    assert finish(w).summary.startswith("Brought back 1 document: d3")


def test_with_nothing_kept_it_says_so_and_asks_nothing(qtbot, sample_corpus, shown_window, asked):
    questions, _ = asked
    w = shown_window(sample_corpus)
    w.actions["file.forget_removed"].trigger()
    assert questions == [] and w.runner.task is None
    assert w.statusBar().currentMessage() == "This corpus keeps no removed documents: there is nothing to forget"


def test_only_the_forgotten_removals_leave_the_undo_stack(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    stack = ["a correction", RemovalUndo("Removed d2", kept_as=1), "another", RemovalUndo("Removed d4", kept_as=2)]
    w.corrections.undo_stack = list(stack)
    w.corrections.drop_removals({1})
    assert w.corrections.undo_stack == [stack[0], stack[2], stack[3]]


def test_the_question_lists_them_and_says_it_cannot_be_undone():
    kept = [("2026-12-01T23:10:05+00:00", ["d2 “A”", "d3 “B”"])] + [("2026-12-01T23:20:00+00:00", [f"d{n} “T”"])
                                                                     for n in range(4, 16)]
    question = forgetting_question(kept)
    assert question.startswith("Delete these 14 removed documents from the corpus file for good?")
    assert "d2 “A” (removed 2026-12-01 23:10)" in question and "… and 2 more" in question
    assert "This cannot be undone: Edit → Undo and `provenance removed` can no longer bring them back." in question
    assert forgetting_question([("2026-12-01T23:10:05+00:00", ["d2 “A”"])]).startswith(
        "Delete this removed document from the corpus file for good?")
