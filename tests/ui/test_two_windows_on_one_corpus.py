"""One corpus open in two windows: a correction or a removal made in one is shown in the other once the
researcher goes back to it. Only notes and tags were read again: the other window kept the old outlet in its
pane and list, and a pane of a removed article, until something in it changed."""
from __future__ import annotations

from unittest import mock

from viewer.ui import corpus_jobs


def _back_to(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_an_outlet_set_in_one_window_shows_in_the_other(qtbot, two_windows, finish):
    first, second = two_windows
    _back_to(qtbot, first)
    dialog = first.browser.set_outlet([1])
    qtbot.addWidget(dialog)
    dialog.outlet.setCurrentText("Kyiv Desk")
    dialog._check_and_accept()
    finish(first)
    assert "Kyiv Desk" in first.comparison.pane(1).facts_label.text()
    _back_to(qtbot, second)
    assert "Kyiv Desk" in second.comparison.pane(1).facts_label.text()
    assert second.browser.outlet.findText("Kyiv Desk") >= 0


def test_an_article_removed_in_one_window_leaves_the_other(qtbot, two_windows, finish):
    first, second = two_windows
    _back_to(qtbot, first)
    with mock.patch.object(corpus_jobs, "confirm_removal", lambda _parent, _names: True):
        first.jobs.remove_documents([2])
    finish(first)
    _back_to(qtbot, second)
    assert second.comparison.document_ids == [1]
    assert 2 not in [second.browser.model.document_id(r) for r in range(second.browser.model.rowCount())]
