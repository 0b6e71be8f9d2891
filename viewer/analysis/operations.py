"""Corrections as operations: each records corrections, relinks, and returns what it changed.

Plain Python, so the window, the CLI and the tests share them. The window runs one off the GUI
thread (`viewer.ui.tasks`, its own connection) and reacts to the returned `Changes` in one
handler, refreshing only the panes the change touches.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.analysis.store import StoredAttribution, StoredClaim
from viewer.corpus.store import Corpus

Correction = tuple[str, dict]  # (kind, payload) as `corrections.record` takes them

ANALYSIS = frozenset({"speakers", "attributions", "claims"})
EVERYTHING = ANALYSIS | {"documents"}

# What each correction can change once relinked. Speakers do not feed claim linking; deleted
# attributions do (a source that drops an attribution is a discrepancy).
TOUCHES: dict[str, frozenset[str]] = {
    "link": frozenset({"claims"}),
    "unlink": frozenset({"claims"}),
    "merge-speakers": frozenset({"speakers"}),
    "split-speaker": frozenset({"speakers"}),
    "edit-attribution": frozenset({"speakers", "attributions"}),
    "delete-attribution": frozenset({"speakers", "attributions", "claims"}),
}


@dataclass(frozen=True)
class Changes:
    """What one operation changed: a status line, the kinds of rows touched, a claim to select."""

    summary: str
    touched: frozenset[str] = frozenset()
    select_claim: int | None = None

    def touches(self, what: str) -> bool:
        return what in self.touched


def correction_job(steps: Sequence[Correction], summary: str) -> Callable[..., Changes]:
    """Record the corrections in one go, relink once, and say what changed (and which claim a link made)."""
    steps = [(kind, dict(payload)) for kind, payload in steps]

    def run(corpus: Corpus, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Changes:
        from viewer.analysis import corrections, store
        from viewer.analysis.pipeline import relink

        progress(0, 2, "recording the correction")
        for kind, payload in steps:
            corrections.record(corpus, kind, payload)
        progress(1, 2, "relinking speakers and claims")
        relink(corpus)
        progress(2, 2, "done")
        touched = frozenset().union(*(TOUCHES[kind] for kind, _ in steps))
        linked = None
        if steps and steps[-1][0] == "link":
            payload = steps[-1][1]
            linked = store.claim_joining(corpus, tuple(payload["a"]), tuple(payload["b"]))
            if linked is None:
                summary_line = f"{summary}: recorded, but no claim unit covers one of the passages"
                return Changes(summary_line, touched)
        return Changes(summary, touched, linked)

    return run


# -- the corrections a gesture in the window stands for -----------------------------------------


def link_passages(a: tuple[int, int, int], b: tuple[int, int, int]) -> list[Correction]:
    """Two passages (document, start, end) say the same thing."""
    return [("link", {"a": list(a), "b": list(b)})]


def unlink_source(claim: StoredClaim, document_id: int) -> list[Correction]:
    """This source's mention is not the same claim as the other sources' mentions."""
    out = claim.mentions_in(document_id)
    rest = [m for m in claim.mentions if m.document != document_id]
    return [("unlink", {"a": [a.document, a.start, a.end], "b": [b.document, b.start, b.end]})
            for a in out for b in rest]


def edit_attribution(a: StoredAttribution, changes: dict) -> list[Correction]:
    return [("edit-attribution", {"document": a.document_id, "content": [a.content.start, a.content.end],
                                  "changes": dict(changes)})]


def delete_attribution(a: StoredAttribution) -> list[Correction]:
    return [("delete-attribution", {"document": a.document_id, "content": [a.content.start, a.content.end]})]
