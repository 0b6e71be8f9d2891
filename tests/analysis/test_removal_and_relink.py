"""Removing documents as the analysis sees it: corrections naming them, claims left in one source, a cancel."""
from __future__ import annotations

import pytest

from viewer.analysis import pipeline, store
from viewer.analysis.corrections import DeleteAttribution, Link, MergeSpeakers, NotCarried
from viewer.analysis.operations import remove, remove_job
from viewer.jobs import EVERYTHING, NOTES, Cancelled, TaskState


def _sources(corpus) -> dict[int, set[int]]:
    return {c: {d for (d,) in corpus.db.execute(
        "SELECT DISTINCT document_id FROM claim_mentions WHERE claim_id = ?", (c,))} for c in store.claim_ids(corpus)}


def test_a_claim_left_in_one_source_is_gone_after_the_removal(sample_corpus):
    before = _sources(sample_corpus)  # claims across d1 and d2, and d2's own words with their Russian renderings
    assert before and all(s == {1, 2} for s in before.values() if len(s) > 1) and {2} in before.values()
    changes = remove_job([2])(sample_corpus, TaskState())
    assert changes.touched == EVERYTHING | {NOTES}  # the window re-reads its tag list
    assert changes.summary.startswith("Removed 1 document from the corpus: d2 “")
    assert "the files on disk are not touched" in changes.summary
    after = _sources(sample_corpus)
    assert 2 not in after  # claim [2] stood in d1 and d2 alone
    assert all(len(sources) >= 2 and 2 not in sources for sources in after.values())  # no claim of one source
    assert store.attributions(sample_corpus, document_id=2) == []


def test_corrections_naming_a_removed_document_go_and_the_next_analysis_runs(sample_corpus):
    a2 = store.attributions(sample_corpus, document_id=2)[0]
    a1 = store.attributions(sample_corpus, document_id=1)[0]
    names = sorted(s.name for s in store.speakers(sample_corpus))[:2]
    kept_apart = NotCarried(1, "a claim", ((4, 0, 10), (2, 0, 10)), 5)
    for correction in (Link((1, 0, 50), (2, 0, 50)), DeleteAttribution(2, (a2.content.start, a2.content.end)),
                       DeleteAttribution(1, (a1.content.start, a1.content.end)), MergeSpeakers(*names),
                       NotCarried(1, "another", ((2, 5, 20),), 3), kept_apart):
        store.record_correction(sample_corpus, correction)

    removal = remove(sample_corpus, [2])

    assert [r.id for r in removal.removed] == [2] and removal.dropped == 3
    left = store.corrections(sample_corpus)
    assert DeleteAttribution(1, (a1.content.start, a1.content.end)) in left and MergeSpeakers(*names) in left
    assert NotCarried(1, "a claim", ((4, 0, 10),), 5) in left  # its word on d5 stays, without d2's passage
    report = pipeline.analyse(sample_corpus, redo=True)
    assert not report.unanalysed


def test_a_cancel_while_relinking_keeps_every_document(sample_corpus):
    documents, claims = sample_corpus.document_ids(), _sources(sample_corpus)
    store.record_correction(sample_corpus, Link((1, 0, 50), (2, 0, 50)))
    state = TaskState(lambda _done, _total, text: "relinking" in text and state.cancel())

    with pytest.raises(Cancelled, match="removal stopped: nothing was removed"):
        remove_job([2])(sample_corpus, state)

    assert sample_corpus.document_ids() == documents
    assert _sources(sample_corpus) == claims
    assert len(store.corrections(sample_corpus)) == 1
