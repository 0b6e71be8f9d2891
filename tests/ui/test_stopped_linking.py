"""An analysis stopped while it links (a cancel between its stages) keeps the documents' own results, not yet
joined into claims and speakers: the window says the claims wait for the linking, not that the articles share none."""
from __future__ import annotations

import handmade_corpus
from PySide6.QtCore import Qt

from viewer.analysis import pipeline, store
from viewer.corpus.store import Corpus
from viewer.jobs import Cancelled
from viewer.ui.claims_panel import LINKS_PENDING_SAID
from viewer.ui.document_table import COLUMNS, NOT_YET


def _stopped_while_linking(*_args, **_kwargs):
    raise Cancelled("stopped")


def _analyse(qtbot, w) -> tuple[bool, str]:
    w.jobs.analyse()
    with qtbot.waitSignal(w.runner.task.done, timeout=120000) as done:
        pass
    return done.args[0], w.statusBar().currentMessage()


def test_claims_left_unlinked_by_a_stopped_analysis_are_said_to_wait_for_it(qtbot, tmp_path, shown_window, monkeypatch):
    path = tmp_path / "work.corpus"
    with Corpus(path) as corpus:
        handmade_corpus.build(corpus, analysed=False)
    corpus = Corpus(path, create=False)
    w = shown_window(corpus)
    w.compare([1, 2])
    monkeypatch.setattr(pipeline, "link_claims", _stopped_while_linking)
    finished, said = _analyse(qtbot, w)
    assert not finished and "relinking stopped" in said
    assert store.is_analysed(corpus) and store.links_pending(corpus)
    panel = w.claims_panel
    assert panel.model.rowCount() == 0 and panel.empty.text() == LINKS_PENDING_SAID
    assert w.summary.text().endswith("claims and speakers not linked yet (Ctrl+R)")
    listed = w.browser.model
    claims = [name for name, _title in COLUMNS].index("claims")
    assert {listed.index(row, claims).data() for row in range(listed.rowCount())} == {NOT_YET}, "not 0 claims"
    assert "Claims not linked yet" in listed.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    panel.scope.setChecked(False)  # every claim of the corpus: none yet, for the same reason
    assert panel.empty.text() == LINKS_PENDING_SAID
    panel.scope.setChecked(True)
    monkeypatch.undo()
    finished, said = _analyse(qtbot, w)
    assert finished and not store.links_pending(corpus)
    assert said.startswith("Linked the claims and speakers a stopped analysis left unlinked (no new document); corpus"), said
    assert panel.model.rowCount() > 0 and "not linked" not in w.summary.text()
    assert NOT_YET not in {listed.index(row, claims).data() for row in range(listed.rowCount())}

