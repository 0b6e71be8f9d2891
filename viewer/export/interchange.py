"""The `provenance-corpus/1` JSON interchange format (docs/interchange.md).

Field names are a contract with researchers' scripts and with the quality scorer: add fields
freely, never rename or drop one without bumping FORMAT.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from viewer.analysis import claim_sources, store
from viewer.analysis.claim_sources import SourceJudgement
from viewer.analysis.model import Mention
from viewer.corpus.spans import Span
from viewer.corpus import notes, publication
from viewer.corpus.dating import Dating
from viewer.corpus.store import Corpus
from viewer.provenance.records import provenance_records
from viewer.provenance.timeline import in_chunks
from viewer.export.atomic import write_text
from viewer.export.selection import corpus_location
from viewer.export.stranded import stranded
from viewer.jobs import TaskState, quiet

FORMAT = "provenance-corpus/1"


def corpus_to_dict(corpus: Corpus, state: TaskState | None = None) -> dict:
    """The whole analysed corpus as plain data, in a stable order."""
    state = quiet(state)
    texts: dict[int, str] = {}
    documents = []
    added = notes.annotations(corpus)
    dates = publication.datings(corpus)
    fixes = publication.all_corrections(corpus)
    count = corpus.document_count()
    marks = corpus.boilerplate_by_document(corpus.document_ids())
    for done, document in enumerate(corpus.documents()):
        state.check()
        state.progress(done, count, f"reading d{document.id}")
        texts[document.id] = document.text
        record = _document(document, marks[document.id]) | _publication(dates[document.id], fixes.get(document.id, {}))
        documents.append(_annotated(record, added.get(("document", notes.document_key(document.id)))))
    judged = claim_sources.judgements(corpus)
    data = {
        "format": FORMAT,
        "corpus": {"path": corpus_location(corpus), "created": corpus.created, "schema_version": corpus.schema_version},
        "documents": documents,
        "claims": [_annotated(_claim(c) | _provenance(found) | _sources_judged(c.id, judged, texts),
                              added.get(("claim", notes.claim_key(c.id))))
                   for c, found in _traced(corpus, store.claims(corpus), state)],
        "speakers": [_speaker(s) for s in sorted(store.speakers(corpus), key=lambda s: s.id)],
        "attributions": [
            _annotated(_attribution(number, a, texts[a.document_id]),
                       added.get(("statement", notes.span_key(a.document_id, a.content.start, a.content.end))))
            for number, a in enumerate(store.attributions(corpus), start=1)
        ],
    }
    coded = [_annotated({"document": f"d{d}", "start": start, "end": end, "text": texts[d][start:end]}, added[target])
             for target in sorted(t for t in added if t[0] == "passage")
             for d, start, end in [notes.parse_span_key(target[1])] if d in texts]
    if coded:
        data["passage_notes"] = coded
    kept = [_source_correction(j, texts) | {"claim": f"c{j.correction.claim}", "label": j.correction.label}
            for j in judged if not j.applies]
    if kept:
        data["stranded_corrections"] = kept
    left = [_annotated({"target": s.kind, "key": s.key, "about": s.about,
                        "document": f"d{s.document_id}" if s.document_id is not None else None}, s.added)
            for s in stranded(corpus, added)]
    if left:
        data["stranded_notes"] = left
    return data


STAMPS = frozenset({"created", "updated", "imported_at", "exported_at", "analysed_at"})
_IMPORT_DAYS = frozenset({"published", "placed"})  # beside "date_from": "import", the import's day


def unstamped(data: dict) -> dict:
    """The export without the moments it records and the corpus file's own path: what two
    analyses of the same articles must agree on (one process or a Dask cluster, say). A document
    placed by its import time carries that day as its date: a moment too (two imports either side
    of midnight made the same analysis differ)."""
    def strip(value):
        if isinstance(value, dict):
            dropped = STAMPS | _IMPORT_DAYS if value.get("date_from") == "import" else STAMPS
            return {k: strip(v) for k, v in value.items() if k not in dropped}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    out = strip(data)
    out.get("corpus", {}).pop("path", None)
    return out


def _annotated(record: dict, added: notes.Annotation | None) -> dict:
    """The optional "tags" and "notes" keys, present only when the researcher added something."""
    if added and added.tags:
        record["tags"] = list(added.tags)
    if added and added.note:
        record["notes"] = [{"text": added.note.text, "created": added.note.created, "updated": added.note.updated}]
    return record


def write_json(corpus: Corpus, target: str | Path | None, state: TaskState | None = None) -> dict:
    """Write the interchange JSON atomically (or to standard output for None or '-'); returns what it wrote."""
    data = corpus_to_dict(corpus, state)
    quiet(state).check()

    def write(out: IO[str]) -> None:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")

    write_text(target, write)
    return data


def _document(d, marks: list[tuple[Span, str | None]]) -> dict:
    return {
        "id": f"d{d.id}",
        "title": d.title, "outlet": d.outlet, "author": d.author,
        "published": d.published, "language": d.language, "url": d.url,
        "source": {"path": d.source_path, "sha256": d.sha256, "imported_at": d.imported_at},
        "near_duplicate_of": f"d{d.near_duplicate_of}" if d.near_duplicate_of else None,
        "text": d.text,
        "boilerplate": [
            {"start": span.start, "end": span.end, "kind": kind} for span, kind in marks
        ],
    }


def _publication(dating: Dating, fixes: dict[str, publication.Correction]) -> dict:
    """Where the document's date and outlet came from, and the researcher's corrections with the originals."""
    record = {"publication": {
        "date": dating.published, "placed": dating.placed, "date_from": dating.date_from,
        "explanation": dating.explanation, "flags": list(dating.flags),
        "conflicts": [{"date_from": source, "date": day} for source, day in dating.conflicts],
        "outlet": dating.outlet, "outlet_from": dating.outlet_from,
    }}
    if fixes:
        record["corrections"] = {
            f.field: {"value": f.value, "original": f.original, "corrected": f.corrected_at} for f in fixes.values()}
    return record


def _traced(corpus: Corpus, claims: list[store.StoredClaim], state: TaskState) -> Iterator[tuple[store.StoredClaim, dict]]:
    """Each claim with its provenance, read a chunk of claims at a time rather than a claim at a time."""
    for chunk in in_chunks(claims, state):
        found = provenance_records(corpus, chunk)
        yield from ((c, found[c.id]) for c in chunk)


def _sources_judged(claim_id: int, judged: list[SourceJudgement], texts: dict[int, str]) -> dict:
    """The optional "corrections" key: the researcher's word on which documents carry the claim."""
    here = [_source_correction(j, texts) for j in judged if j.claim == claim_id]
    return {"corrections": here} if here else {}


def _source_correction(j: SourceJudgement, texts: dict[int, str]) -> dict:
    """"not-carried" (the document does not carry the claim) or "carries" (this passage does), and when."""
    record = {"kind": j.correction.kind, "document": f"d{j.document}", "corrected": j.made}
    if j.carried:
        _d, start, end = j.correction.passage
        record["passage"] = {"start": start, "end": end, "text": texts.get(j.document, "")[start:end]}
    return record


def _provenance(found: dict) -> dict:
    """The optional "provenance" key: absent for a claim no source carries."""
    return {"provenance": found} if found["sources"] else {}


def _mention(m: Mention) -> dict:
    return {"document": f"d{m.document}", "start": m.start, "end": m.end, "text": m.text}


def _claim(c: store.StoredClaim) -> dict:
    return {
        "id": f"c{c.id}",
        "label": c.label,
        "mentions": [_mention(m) for m in c.mentions],
        "discrepancies": [
            {"kind": d.kind, "explanation": d.explanation, "mentions": [_mention(m) for m in d.mentions]}
            for d in c.discrepancies
        ],
    } | ({"unsaid_in": [f"d{d}" for d in sorted(c.unsaid)]} if c.unsaid else {})


def _speaker(s: store.StoredSpeaker) -> dict:
    return {"id": f"s{s.id}", "name": s.name, "kind": s.kind, "role": s.role, "aliases": list(s.aliases)}


def _span(span: Span | None, text: str) -> dict | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text_of(text)}


def _attribution(number: int, a: store.StoredAttribution, text: str) -> dict:
    # Numbered in reading order rather than by row id, which re-analysis renumbers, so two
    # exports of the same corpus stay byte-identical.
    return {
        "id": f"a{number}",
        "document": f"d{a.document_id}",
        "speaker": f"s{a.speaker_id}" if a.speaker_id else None,
        "kind": a.kind,
        "speaker_text": _span(a.speaker, text),
        "speaker_name": a.speaker_name,
        "role": a.speaker_role,
        "cue": _span(a.cue, text),
        "content": _span(a.content, text),
        "via": [{"name": r.name, "cue": r.cue} for r in a.via],
        "origin": a.origin,
    } | ({"parts": [_span(p, text) for p in a.parts]} if a.parts else {}) | ({"negation": a.negation} if a.negation else {})
