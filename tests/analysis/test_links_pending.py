"""The corpus says when analysis or corrections wait for a relink: a relink that stopped leaves new documents with
no claim, and the window tells that apart from articles that share none."""
from __future__ import annotations

import pytest

from viewer.analysis import pipeline, store
from viewer.analysis.corrections import Link
from viewer.corpus.importing import import_paths
from viewer.jobs import Cancelled
from tests.conftest import FIRE_LATER


def _stopped(*_args, **_kwargs):
    raise Cancelled("stopped")


def test_documents_analysed_wait_for_the_relink_until_one_finishes(fire_reports, tmp_path, monkeypatch):
    assert store.is_analysed(fire_reports) and not store.links_pending(fire_reports)
    later = tmp_path / "later.txt"
    later.write_text(FIRE_LATER, encoding="utf-8")
    import_paths(fire_reports, [later])
    assert not store.links_pending(fire_reports), "imported, not analysed: nothing waits for a relink yet"
    monkeypatch.setattr(pipeline, "link_claims", _stopped)
    with pytest.raises(Cancelled):
        pipeline.analyse(fire_reports)
    assert store.unanalysed_count(fire_reports) == 0 and store.links_pending(fire_reports)
    monkeypatch.undo()
    report = pipeline.analyse(fire_reports)
    assert not store.links_pending(fire_reports)
    assert report.totals().startswith("Linked the claims and speakers a stopped analysis left unlinked (no new document)")
    assert pipeline.analyse(fire_reports).totals().startswith("Analysed 0 new documents;"), "nothing was left this time"


def test_a_correction_recorded_or_withdrawn_waits_for_its_relink(fire_reports):
    a, b = (store.claims(fire_reports)[0].mentions[:2])
    store.record_correction(fire_reports, Link((a.document, a.start, a.end), (b.document, b.start, b.end)))
    assert store.links_pending(fire_reports)
    pipeline.relink(fire_reports)
    assert not store.links_pending(fire_reports)
    link = Link((a.document, a.start, a.end), (b.document, b.start, b.end))
    assert store.withdraw_recorded(fire_reports, link)  # Edit → Undo of it: the links hold it until the relink
    assert store.links_pending(fire_reports)
    pipeline.relink(fire_reports)
    assert not store.links_pending(fire_reports)
