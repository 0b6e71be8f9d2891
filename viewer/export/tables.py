"""Claims and attributions as CSV tables, for spreadsheets, pandas and R."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from viewer.export.atomic import ExportError, atomic_path, to_stdout
from viewer.export.note_text import note_plain
from viewer.export.selection import Selection, relay_chain

CLAIM_COLUMNS = ["claim", "label", "document", "outlet", "start", "end", "text", "differs", "discrepancies", "note"]
ATTRIBUTION_COLUMNS = [
    "attribution", "document", "outlet", "speaker", "speaker_name", "role", "kind", "speaker_text", "cue",
    "start", "end", "content", "via", "relay_chain", "note",
]


def write_claims(selection: Selection, out: IO[str]) -> None:
    """One row per mention of a claim in an exported document."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for claim in selection.claims:
        for m in claim.mentions:
            article = selection.article(m.document)
            if article is None:
                continue
            differing = [d for d in claim.discrepancies if any(x.document == m.document for x in d.mentions)]
            writer.writerow([
                f"c{claim.id}", claim.label, f"d{m.document}", article.document.outlet or "", m.start, m.end, m.text,
                "yes" if differing else "no", "; ".join(f"{d.kind}: {d.explanation}" for d in differing),
                note_plain(selection.claim_notes.get(claim.id, "")),
            ])


def write_attributions(selection: Selection, out: IO[str]) -> None:
    """One row per statement: who, how, through whom, and the exact words."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ATTRIBUTION_COLUMNS)
    for article in selection.articles:
        text = article.document.text
        for st in article.statements:
            writer.writerow([
                f"a{st.id}", article.label, article.document.outlet or "", f"s{st.speaker_id}" if st.speaker_id else "",
                st.speaker_name or "", st.speaker_role or "", st.kind,
                st.speaker.text_of(text) if st.speaker else "", st.cue.text_of(text) if st.cue else "",
                st.content.start, st.content.end, st.content.text_of(text),
                " ← ".join(r.name for r in st.via), relay_chain(article, st),
                note_plain(selection.statement_notes.get((st.document_id, st.content.start, st.content.end), "")),
            ])


def write_csv(selection: Selection, target: str | Path | None) -> list[Path]:
    """Two files NAME-claims.csv and NAME-attributions.csv, or both to standard output."""
    if target in (None, "-"):
        def both(out: IO[str]) -> None:
            out.write("# claims\n")
            write_claims(selection, out)
            out.write("# attributions\n")
            write_attributions(selection, out)

        to_stdout(both)
        return []
    target = Path(target)
    if target.is_dir():
        stem = target / selection.corpus_name
    elif target.suffix.lower() == ".csv":
        stem = target.with_suffix("")
    else:
        raise ExportError(f"{target}: give a folder or a name ending in .csv for the CSV export")
    written = []
    for suffix, write in (("-claims.csv", write_claims), ("-attributions.csv", write_attributions)):
        path = stem.with_name(stem.name + suffix)
        with atomic_path(path) as temporary:
            with open(temporary, "w", encoding="utf-8", newline="") as out:
                write(selection, out)
        written.append(path)
    return written
