"""The researcher's corrections, stored apart from the analysis so they survive re-analysis.

Each correction names what it touches by stable keys (speaker names, document + character
offsets), never by row ids, which the analysis renumbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from viewer.analysis import store
from viewer.analysis.model import Attribution, Mention, Span
from viewer.corpus.store import Corpus

KINDS = ("link", "unlink", "merge-speakers", "split-speaker", "edit-attribution", "delete-attribution")


@dataclass
class Corrections:
    must_link: list[tuple[Mention, Mention]] = field(default_factory=list)
    cannot_link: list[tuple[Mention, Mention]] = field(default_factory=list)
    same_speaker: list[tuple[str, str]] = field(default_factory=list)
    different_speaker: list[tuple[str, str]] = field(default_factory=list)
    attribution_edits: dict[tuple[int, int, int], dict] = field(default_factory=dict)
    deleted_attributions: set[tuple[int, int, int]] = field(default_factory=set)

    def apply_to_attributions(self, document_id: int, found: list[Attribution]) -> list[Attribution]:
        """Drop what the researcher deleted and overlay what they edited."""
        kept = []
        for a in found:
            key = (document_id, a.content.start, a.content.end)
            if key in self.deleted_attributions:
                continue
            for name, value in self.attribution_edits.get(key, {}).items():
                setattr(a, name, value)
            kept.append(a)
        return kept


def record(corpus: Corpus, kind: str, payload: dict) -> None:
    """Store one correction; the caller re-runs the corpus-wide steps (`relink`) to apply it.

    Attribution edits and deletions take effect at once, since relinking does not re-read
    documents.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown correction {kind!r}; expected one of {', '.join(KINDS)}")
    with corpus.transaction():
        store.record_correction(corpus, kind, payload)
        if kind == "edit-attribution":
            store.edit_attribution(corpus, payload["document"], Span(*payload["content"]), payload["changes"])
        if kind == "delete-attribution":
            store.delete_attribution(corpus, payload["document"], Span(*payload["content"]))


def load(corpus: Corpus) -> Corrections:
    """All corrections in the order they were made (a later unlink undoes an earlier link)."""
    out = Corrections()
    for kind, payload in store.stored_corrections(corpus):
        _apply(out, kind, payload)
    return out


def _mention(value: list) -> Mention:
    document, start, end = value
    return Mention(document, start, end, "")


def _apply(out: Corrections, kind: str, p: dict) -> None:
    if kind in ("link", "unlink"):
        pair = (_mention(p["a"]), _mention(p["b"]))
        undo, into = (out.cannot_link, out.must_link) if kind == "link" else (out.must_link, out.cannot_link)
        if pair in undo:
            undo.remove(pair)
        into.append(pair)
    elif kind in ("merge-speakers", "split-speaker"):
        pair = (p["a"], p["b"])
        undo, into = (
            (out.different_speaker, out.same_speaker) if kind == "merge-speakers"
            else (out.same_speaker, out.different_speaker)
        )
        for candidate in (pair, pair[::-1]):
            if candidate in undo:
                undo.remove(candidate)
        into.append(pair)
    elif kind == "edit-attribution":
        key = (p["document"], *p["content"])
        out.attribution_edits.setdefault(key, {}).update(p["changes"])
    elif kind == "delete-attribution":
        out.deleted_attributions.add((p["document"], *p["content"]))
