"""Notes and tags on a claim or statement the analysis no longer finds, so no export drops them.

A claim dissolves when the researcher unlinks its passages or a re-analysis no longer links them;
a statement moves when the analysis reads its words differently. Their notes stay in the corpus
(the notes panel's search lists them) and every export carries them in a part of their own: a
report handed on must never lose a researcher's words without saying so.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from viewer.analysis import store
from viewer.corpus import notes
from viewer.corpus.store import Corpus
from viewer.identifiers import describe_target
from viewer.provenance.wording import claim_label

HEADING = "Notes on what the analysis no longer finds"
EXPLAINED = ("These notes and tags were written on a claim or statement the analysis no longer finds"
             " (its passages were unlinked, or a new analysis reads them differently). They are kept as written.")


@dataclass(frozen=True)
class Stranded:
    kind: str
    key: str
    about: str  # what it was on, in words: "Claim c24 (no longer found by the analysis)"
    document_id: int | None  # the document a statement was in; None for a claim
    added: notes.Annotation


def stranded(corpus: Corpus, annotations: Mapping[tuple[str, str], notes.Annotation],
             documents: Collection[int] | None = None) -> list[Stranded]:
    """Annotations whose claim, statement or document is gone, in key order; with ``documents``
    (an export of some documents) only statements of those, since a claim names no document."""
    if not annotations:
        return []
    claims = set(store.claim_ids(corpus))
    spans = {(a.document_id, a.content.start, a.content.end) for a in store.attributions(corpus)}
    existing = set(corpus.document_ids())
    out = []
    for (kind, key), added in sorted(annotations.items()):
        found, document_id = _found(kind, key, claims, spans, existing)
        if found or (documents is not None and document_id not in documents):
            continue
        out.append(Stranded(kind, key, describe_target(corpus, kind, key, claim_label), document_id, added))
    return out


def _found(kind: str, key: str, claims: set[int], spans: set[tuple[int, int, int]],
           documents: set[int]) -> tuple[bool, int | None]:
    """Whether the target still exists, and the document it is in (when its key names one)."""
    try:
        if kind == "document":
            document_id = int(key.removeprefix("d"))
            return document_id in documents, document_id
        if kind == "claim":
            return notes.parse_claim_key(key) in claims, None
        span = notes.parse_span_key(key)
        if kind == "passage":  # the researcher's own span of stored text, which never changes
            return span[0] in documents, span[0]
        return span in spans, span[0]
    except ValueError:  # a key of an older corpus that names nothing any more ("2:0-5" on a claim)
        return False, None
