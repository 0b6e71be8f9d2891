"""Claims and attributions as CSV tables, for spreadsheets, pandas and R.

Files start with a UTF-8 byte-order mark: without it Excel on Windows reads them in the
system's code page, and every ’ “ — and the relay chain's ← comes out as "â€™" (on a field
corpus of 200 articles, all 2,552 attribution rows). pandas, readr, LibreOffice and Sheets skip
the mark; Python's csv module wants ``encoding="utf-8-sig"`` and base R ``fileEncoding="UTF-8-BOM"``.
Standard output gets no mark: it is piped into programs, not opened by Excel.

A cell that begins with = + - @, a tab or a carriage return is written with a ' before it, as
OWASP advises against CSV injection: Excel and LibreOffice would otherwise run article text such
as "=HYPERLINK(…)" or a handle "@name" as a formula. The quote is the only change; a program that
wants the text as written drops it (start and end index the text without it).
"""
from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import IO

from viewer.export.atomic import ExportError, atomic_path, to_stdout
from viewer.export.note_text import note_plain
from viewer.export.selection import Article, Selection, relay_chain
from viewer.provenance.discrepancy_words import with_kind
from viewer.provenance.wording import statement_kind

# report_not_made: the document holds the claim only in a report not made ("did not say whether…"), stating it for no one
CLAIM_COLUMNS = ["claim", "label", "document", "outlet", "start", "end", "text", "differs", "discrepancies", "note", "tags",
                 "report_not_made"]
ATTRIBUTION_COLUMNS = [
    "attribution", "document", "outlet", "speaker", "speaker_name", "role", "kind", "speaker_text", "cue",
    "start", "end", "content", "via", "relay_chain", "claims", "note", "tags",
]
NOTE_COLUMNS = ["target", "kind", "document", "start", "end", "text", "found", "tags", "note"]
DOCUMENT_COLUMNS = [
    "document", "title", "outlet", "published", "date_from", "author", "language", "url", "source_path", "sha256",
    "imported_at", "note", "tags",
]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """Text a spreadsheet would take for a formula, made text again with a leading quote (OWASP)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _row_writer(out: IO[str]) -> Callable[[list], object]:
    writer = csv.writer(out, lineterminator="\n")
    return lambda row: writer.writerow([_cell(value) for value in row])


def _note(added) -> str:
    return note_plain(added.note.text) if added.note else ""


def _date_from(article: Article) -> str:
    """Where the published day came from ("text, estimated", "dateline", "metadata", "corrected" as the reports say
    of a day the researcher set), or "import" when nothing dated the document and the column is blank."""
    dating = article.dating
    if dating is None:
        return "metadata" if article.document.published else ""
    if dating.corrected:
        return "corrected"
    return dating.date_from + (", estimated" if dating.estimated else "")


def write_documents(selection: Selection, out: IO[str]) -> int:
    """One row per exported document: its metadata, the day its timeline and the reports date it (a dateline's,
    the text's, a correction's: the file's metadata alone left a corpus of plain-text files undated here while
    the reports dated it), its provenance and the researcher's note and tags."""
    write = _row_writer(out)
    write(DOCUMENT_COLUMNS)
    for article in selection.articles:
        d = article.document
        added = selection.on_document(d.id)
        write([article.label, d.title or "", d.outlet or "", article.dated or "", _date_from(article), d.author or "",
                         d.language or "", d.url or "", d.source_path, d.sha256, d.imported_at,
                         _note(added), "; ".join(added.tags)])
    return len(selection.articles)


def write_claims(selection: Selection, out: IO[str]) -> int:
    """One row per mention of a claim in an exported document."""
    write = _row_writer(out)
    write(CLAIM_COLUMNS)
    rows = 0
    for claim in selection.claims:
        for m in claim.mentions:
            article = selection.article(m.document)
            if article is None:
                continue
            differing = [d for d in claim.discrepancies if any(x.document == m.document for x in d.mentions)]
            write([
                f"c{claim.id}", claim.label, f"d{m.document}", article.document.outlet or "", m.start, m.end, m.text,
                "yes" if differing else "no", "; ".join(with_kind(d, selection.source_names) for d in differing),
                _note(selection.on_claim(claim.id)), "; ".join(selection.on_claim(claim.id).tags),
                "yes" if m.document in claim.unsaid else "no",
            ])
            rows += 1
    return rows


def write_attributions(selection: Selection, out: IO[str]) -> int:
    """One row per statement: who, how, through whom, the exact words, and the claims they carry
    (``claims`` joins the claims table's ``claim``)."""
    write = _row_writer(out)
    write(ATTRIBUTION_COLUMNS)
    rows = 0
    for article in selection.articles:
        text = article.document.text
        for st in article.statements:
            write([
                selection.attribution_labels[st.id], article.label, article.document.outlet or "", f"s{st.speaker_id}" if st.speaker_id else "",
                st.speaker_name or "", st.speaker_role or "", statement_kind(st.kind, st.negation),
                st.speaker.text_of(text) if st.speaker else "", st.cue.text_of(text) if st.cue else "",
                st.content.start, st.content.end, st.content.text_of(text),
                " ← ".join(r.name for r in st.via), relay_chain(article, st),
                "; ".join(f"c{claim_id}" for claim_id in article.claims_in(st)),
                _note(selection.on_statement(st)), "; ".join(selection.on_statement(st).tags),
            ])
            rows += 1
    return rows


def write_notes(selection: Selection, out: IO[str]) -> int:
    """One row per passage the researcher tagged or wrote a note on (the coded segments, as QualCoder
    and Taguette export them): a claim once for each of its passages, a document by its title, a
    passage the researcher selected by its span (d3:120-180, as `correct link` names one), and a note whose claim or statement the analysis no
    longer finds with found "no"."""
    write = _row_writer(out)
    write(NOTE_COLUMNS)
    rows = 0

    def row(target: str, kind: str, document: str, start, end, text: str, found: str, added) -> None:
        nonlocal rows
        write([target, kind, document, start, end, text, found, "; ".join(added.tags), _note(added)])
        rows += 1

    for article in selection.articles:
        if (added := selection.on_document(article.document.id)).tags or added.note:
            row(article.label, "document", article.label, "", "", article.title, "yes", added)
    for claim in selection.claims:
        if (added := selection.on_claim(claim.id)).tags or added.note:
            for m in claim.mentions:
                if selection.article(m.document) is not None:
                    row(f"c{claim.id}", "claim", f"d{m.document}", m.start, m.end, m.text, "yes", added)
    for article in selection.articles:
        for st in article.statements:
            if (added := selection.on_statement(st)).tags or added.note:
                row(selection.attribution_labels[st.id], "statement", article.label, st.content.start, st.content.end,
                    st.content.text_of(article.document.text), "yes", added)
    for article in selection.articles:
        for start, end, added in selection.on_passages(article.document.id):
            row(f"{article.label}:{start}-{end}", "passage", article.label, start, end,
                article.document.text[start:end], "yes", added)
    for left in selection.stranded:
        document = f"d{left.document_id}" if left.document_id is not None else ""
        row(left.key, left.kind, document, "", "", left.about, "no: the analysis no longer finds it", left.added)
    return rows


def write_csv(selection: Selection, target: str | Path | None) -> list[tuple[Path | None, str, int]]:
    """Four tables NAME-documents.csv, NAME-claims.csv, NAME-attributions.csv and NAME-notes.csv (or
    all to standard output); returns (file or None, table, rows) for each."""
    if target in (None, "-"):
        written = []

        def every(out: IO[str]) -> None:
            for name, write in TABLES:
                out.write(f"# {name}\n")
                written.append((None, name, write(selection, out)))

        to_stdout(every)
        return written
    target = Path(target)
    if target.is_dir():
        stem = target / selection.corpus_name
    elif target.suffix.lower() == ".csv":
        stem = target.with_suffix("")
    else:
        raise ExportError(f"{target}: give a folder or a name ending in .csv for the CSV export")
    written = []
    for (name, write), path in zip(TABLES, table_paths(stem)):
        with atomic_path(path) as temporary:
            with open(temporary, "w", encoding="utf-8-sig", newline="") as out:
                rows = write(selection, out)
        written.append((path, name, rows))
    return written


def table_paths(stem: Path) -> list[Path]:
    """NAME-documents.csv, NAME-claims.csv, NAME-attributions.csv, NAME-notes.csv beside ``stem``."""
    return [stem.with_name(f"{stem.name}-{name}.csv") for name, _ in TABLES]


TABLES = (("documents", write_documents), ("claims", write_claims), ("attributions", write_attributions),
          ("notes", write_notes))
