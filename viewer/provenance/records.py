"""A claim's provenance as the interchange format's optional `provenance` key (docs/interchange.md).

`first` is the first dated source that states the claim (null when none is: one holding it only in a report not
made reported nothing) and `first_day` every such source dated that same day, `first` among them; `sources` one entry per
document in time order, with its date, where the date came from, and the speaker and relays of
the statement that carries the claim there (null and [] when it is stated as fact; for a report in a
language the analysis reads no statements of, the speaker of another source whom its words name); `thread`
the claim ids of its updates in time order, itself included, or [] when it has none, and
`thread_passages` (when there are any) the updates no other source carries, as passages;
`relays` the edges of its relay graph, speakers by their `s` id, agencies and outlets by name.
"""
from __future__ import annotations

from collections.abc import Sequence

from viewer.analysis.store import StoredClaim
from viewer.corpus.store import Corpus
from viewer.provenance.relays import RelayGraph, claim_graphs
from viewer.provenance.timeline import Source, Timeline, timelines


def provenance_records(corpus: Corpus, claims: Sequence[StoredClaim]) -> dict[int, dict]:
    """The `provenance` values of these claims, read together: a JSON export holds every claim's."""
    lines, graphs = timelines(corpus, claims), claim_graphs(corpus, [c.id for c in claims])
    return {c.id: record(lines[c.id], graphs[c.id]) for c in claims}


def record(t: Timeline, graph: RelayGraph) -> dict:
    first = t.first
    found = {
        "first": {"document": first.label, "published": first.dating.placed} if first else None,
        # every source of the first day: `first` alone named the one a sort put first of three outlets out that day
        "first_day": [s.label for s in t.firsts],
        "sources": [_source(s) for s in t.sources],
        "thread": [f"c{e.claim_id}" for e in t.thread if e.claim_id is not None] if len(t.thread) > 1 else [],
        "relays": [
            {"from": _node(graph, e.source), "to": _node(graph, e.target), "statements": e.statements}
            for e in graph.edges
        ],
    }
    alone = [e for e in t.thread if e.claim_id is None]
    if alone:
        found["thread_passages"] = [
            {"document": f"d{e.document_id}", "start": e.passage.start, "end": e.passage.end, "text": e.passage.text,
             "published": e.placed, "date_from": e.dating.date_from} for e in alone]
    return found


def _source(s: Source) -> dict:
    statement = s.statements[0] if s.statements else None
    return {
        "document": s.label,
        "published": s.dating.placed,
        "date_from": s.dating.date_from,
        "speaker": _speaker(statement.speaker_id if statement else s.named[0] if s.named else None),
        "via": [{"name": r.name, "cue": r.cue} for r in statement.via] if statement else [],
    }


def _speaker(speaker_id: int | None) -> str | None:
    return f"s{speaker_id}" if speaker_id is not None else None


def _node(graph: RelayGraph, key: str) -> str:
    node = graph.nodes[key]
    return f"s{node.speaker_id}" if node.speaker_id is not None and node.role == "speaker" else node.label
