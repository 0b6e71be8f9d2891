"""One entry point for every export format, so the CLI and the window offer the same ones."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.corpus.store import Corpus
from viewer.export.atomic import ExportError, existing_folder, write_text
from viewer.export.pdf_document import Renderer
from viewer.jobs import Changes, Job, TaskState, cancelled_means, quiet

if TYPE_CHECKING:
    from viewer.export.selection import Selection

FORMATS = ("json", "csv", "md", "html", "pdf", "svg")
EXTENSIONS = {"json": "json", "csv": "csv", "md": "md", "markdown": "md", "html": "html", "htm": "html", "pdf": "pdf",
              "svg": "svg"}


@dataclass(frozen=True)
class Written:
    """What an export wrote: the line the CLI prints and the window's status bar shows."""

    paths: tuple[Path, ...]  # none: standard output
    contents: str  # "13 pages: 5 documents, 8 claims, 11 highlights"
    note: str | None = None  # what the researcher should know (not analysed, no shared claims)

    def summary(self) -> str:
        if not self.contents:
            return self.note or "nothing was written"
        where = ", ".join(str(p) for p in self.paths) or "standard output"
        return f"Wrote {where}: {self.contents}" + (f" ({self.note})" if self.note else "")


WHOLE_CORPUS = ("JSON, the interchange format, holds the whole corpus; a choice of documents or claims applies to"
                " PDF, CSV, Markdown and HTML")


def extension_format(path: str, chosen: str | None) -> tuple[str, str]:
    """The file and format a save dialog asked for: the extension the researcher typed wins;
    without a known one, the chosen filter's extension is added, so a name never lies."""
    typed = Path(path).suffix.lower().lstrip(".")
    if typed in EXTENSIONS:
        return path, EXTENSIONS[typed]
    fmt = chosen if chosen in FORMATS else "pdf"
    return f"{path}.{fmt}", fmt


NAMED = {**EXTENSIONS, "png": "png"}  # what a file name says it holds, for the command line (which also draws PNGs)
LABELS = {"json": "JSON", "csv": "CSV", "md": "Markdown", "html": "HTML", "pdf": "a PDF", "svg": "SVG", "png": "a PNG"}


def named_format(target: str | None, asked: str | None) -> str:
    """The format a command-line export writes: the one asked for, else the one the file name's extension
    says, else JSON (the interchange, as on standard output). `export -o report.md` wrote JSON into report.md;
    a name that says another format than the one asked for is refused, as Markdown in report.pdf opens nowhere."""
    said = None if target in (None, "-") else NAMED.get(Path(target).suffix.lower().lstrip("."))
    if asked is None:
        return said or "json"
    if said is not None and said != asked:
        raise ExportError(f"{target}: the file name says {LABELS[said]} but --format {asked} asks for {LABELS[asked]};"
                          f" name the file .{asked}, or leave out --format to write {LABELS[said]}")
    return asked


def files_written(target: str | Path, format: str) -> list[Path]:
    """The files an export to ``target`` replaces: the CSV export writes its four tables beside the name given."""
    target = Path(target)
    if format == "csv" and target.suffix.lower() == ".csv":
        from viewer.export.tables import table_paths

        return table_paths(target.with_suffix(""))
    return [target]


def _counted(count: int, thing: str) -> str:
    return f"{count} {thing}{'' if count == 1 else 's'}"


def export(
    corpus: Corpus,
    format: str,
    target: str | Path | None,
    documents: Sequence[int] | None = None,
    claims: Sequence[int] | None = None,
    state: TaskState | None = None,
    researcher: str | None = None,
    page_size: str = "A4",
    render: Renderer | None = None,
    colours: Mapping[int, str] | None = None,
) -> Written:
    """Write ``format`` to ``target`` and say what was written.

    A PDF needs ``render``, the page layout the caller passes in (`viewer.render.pdf_layout.render`):
    this layer never imports Qt. A cancel raises `Cancelled` with nothing written: every format
    reads first and writes beside the target, renaming at the end. ``colours``: the claims' colours in
    the window that exports, so the report lights each claim as the window did.
    """
    if target not in (None, "-") and not (Path(target).exists() and not Path(target).is_file()):
        existing_folder(target)  # said now, not after the minutes a long PDF takes
    with cancelled_means("nothing was written"):
        return _export(corpus, format, target, documents, claims, quiet(state), researcher, page_size, render, colours)


def export_job(format: str, target: str | Path, documents: Sequence[int] | None = None,
               claims: Sequence[int] | None = None, colours: Mapping[int, str] | None = None,
               researcher: str | None = None) -> Job:
    """An export as the window runs it on a thread; it changes nothing in the corpus. Not a PDF: Qt's layout runs in
    the command's own process (`viewer.ui.export_process`), never on a thread of the window's."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        written = export(corpus, format, target, documents, claims, state, researcher=researcher, colours=colours)
        return Changes(written.summary())

    return run


def _export(corpus: Corpus, format: str, target: str | Path | None, documents: Sequence[int] | None,
            claims: Sequence[int] | None, state: TaskState, researcher: str | None, page_size: str,
            render: Renderer | None, colours: Mapping[int, str] | None = None) -> Written:
    to_file = tuple([Path(target)]) if target not in (None, "-") else ()
    if format == "json":
        from viewer.export.interchange import write_json

        from viewer.analysis.store import is_analysed
        from viewer.export.selection import NOT_ANALYSED

        data = write_json(corpus, target, state)
        chosen = WHOLE_CORPUS if documents or claims else None  # a selection it ignored silently read as applied
        if data["documents"] and not is_analysed(corpus):  # "0 claims, 0 speakers" alone did not say why
            chosen = "; ".join(filter(None, [NOT_ANALYSED, chosen]))
        return Written(to_file, ", ".join(_counted(len(data[k]), k[:-1]) for k in ("documents", "claims", "speakers", "attributions")),
                       chosen)
    if format == "pdf":
        from viewer.export.pdf import PdfOptions, export_pdf

        if render is None:
            raise ValueError("a PDF export needs the page renderer: pass render=viewer.render.pdf_layout.render")
        summary = export_pdf(corpus, target, render, documents, claims, state,
                             PdfOptions(page_size=page_size, researcher=researcher, colours=colours))
        return Written(to_file, f"{_counted(summary.pages, 'page')}: {_counted(summary.documents, 'document')}, "
                       f"{_counted(summary.claims, 'claim')}, {_counted(summary.highlights, 'highlight')}", summary.message)
    if format == "svg":
        from viewer.export.relay_svg import relay_picture

        svg, shown = relay_picture(corpus, claims)
        state.check()
        write_text(target, lambda out: out.write(svg))
        return Written(to_file, shown)
    if format in ("csv", "md", "html"):
        from viewer.export.selection import select

        selection = select(corpus, documents, claims, state, colours)
        state.check()  # from here the tables and reports are written from memory, each file renamed whole
        if format == "csv":
            from viewer.export.tables import write_csv

            tables = write_csv(selection, target)
            return Written(tuple(p for p, _, _ in tables if p),
                           ", ".join(_table_said(name, rows, selection) for _, name, rows in tables), selection.message())
        from viewer.export.report import write_html, write_markdown

        writer = write_markdown if format == "md" else write_html
        write_text(target, lambda out: writer(selection, out, researcher))
        return Written(to_file, f"{_counted(len(selection.articles), 'document')}, {_counted(len(selection.claims), 'claim')}",
                       selection.message())
    raise ExportError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")


def _table_said(name: str, rows: int, selection: Selection) -> str:
    """How many rows a CSV table holds, and what a row is where it is not one of the table's things: the claims
    table has a row per mention, and "21 rows of claims" for 8 claims read as 21 claims."""
    said = f"{_counted(rows, 'row')} of {name}"
    if name != "claims":
        return said
    claims = sum(any(selection.article(m.document) is not None for m in c.mentions) for c in selection.claims)
    return f"{said} (one per mention, of {_counted(claims, 'claim')})"
