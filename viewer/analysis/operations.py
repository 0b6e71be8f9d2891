"""The analysis as jobs: analyse new documents, or record corrections and relink; each says what it changed.

Plain Python (`viewer.jobs`), so the window, the CLI and the tests run the same functions. The
window runs one off the GUI thread on its own connection and announces the returned `Changes`,
so every pane re-reads only what the job touched.
"""
from __future__ import annotations

from collections.abc import Sequence

from viewer.analysis import pipeline, store
from viewer.analysis.corrections import (
    Correction, DeleteAttribution, EditAttribution, Link, Unlink, passage_of, touched_by,
)
from viewer.analysis.store import StoredAttribution, StoredClaim
from viewer.corpus.store import Corpus
from viewer.jobs import EVERYTHING, Changes, Job, TaskState


def analyse_job(redo: bool = False) -> Job:
    """Analyse the new documents (every one with ``redo``); relinking can change every claim, speaker and count."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        return Changes(pipeline.analyse(corpus, state, redo=redo).summary(), EVERYTHING)

    return run


def correction_job(steps: Sequence[Correction], summary: str) -> Job:
    """Record the corrections in one go, relink once, and say what changed (and which claim a link made).

    Nothing can be cancelled here: the corrections are recorded together and relinking is one
    transaction, so the job is short and all or nothing.
    """
    steps = tuple(steps)

    def run(corpus: Corpus, state: TaskState) -> Changes:
        state.progress(0, 2, "recording the correction")
        with corpus.transaction():
            for correction in steps:
                store.record_correction(corpus, correction)
        state.progress(1, 2, "relinking speakers and claims")
        pipeline.relink(corpus)
        state.progress(2, 2, "done")
        touched = touched_by(steps)
        if steps and isinstance(steps[-1], Link):
            linked = store.claim_joining(corpus, steps[-1].a, steps[-1].b)
            if linked is None:
                return Changes(f"{summary} (no claim unit covers one of the passages yet, so no claim joins them)",
                               touched)
            return Changes(summary, touched, linked)
        return Changes(summary, touched)

    return run


# -- the corrections a gesture stands for -----------------------------------------------------


def unlink_source(claim: StoredClaim, document_id: int) -> list[Correction]:
    """This source's mention is not the same claim as the other sources' mentions."""
    out = claim.mentions_in(document_id)
    rest = [m for m in claim.mentions if m.document != document_id]
    return [Unlink(passage_of(a), passage_of(b)) for a in out for b in rest]


def edit_attribution(a: StoredAttribution, changes: dict) -> EditAttribution:
    return EditAttribution(a.document_id, (a.content.start, a.content.end), changes)


def delete_attribution(a: StoredAttribution) -> DeleteAttribution:
    return DeleteAttribution(a.document_id, (a.content.start, a.content.end))
