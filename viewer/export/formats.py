"""One entry point for every export format, so the CLI and the window offer the same ones."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from viewer.corpus.store import Corpus
from viewer.export.atomic import ExportError, write_text
from viewer.export.pdf_document import Renderer

Progress = Callable[[int, int, str], None]
FORMATS = ("json", "csv", "md", "html", "pdf")


def export(
    corpus: Corpus,
    format: str,
    target: str | Path | None,
    documents: Sequence[int] | None = None,
    claims: Sequence[int] | None = None,
    progress: Progress | None = None,
    researcher: str | None = None,
    page_size: str = "A4",
    render: Renderer | None = None,
) -> str | None:
    """Write ``format`` to ``target``; returns a note for the researcher (e.g. no claims yet).

    A PDF needs ``render``, the page layout the caller passes in (`viewer.render.pdf_layout.render`):
    this layer never imports Qt.
    """
    if format == "json":
        from viewer.export.interchange import write_json

        write_json(corpus, target)
        return None
    if format == "pdf":
        from viewer.export.pdf import PdfOptions, export_pdf

        if render is None:
            raise ValueError("a PDF export needs the page renderer: pass render=viewer.render.pdf_layout.render")
        summary = export_pdf(corpus, target, render, documents, claims, progress, options=PdfOptions(page_size=page_size, researcher=researcher))
        return summary.message
    if format in ("csv", "md", "html"):
        from viewer.export.selection import select

        selection = select(corpus, documents, claims)
        if format == "csv":
            from viewer.export.tables import write_csv

            write_csv(selection, target)
        else:
            from viewer.export.report import write_html, write_markdown

            writer = write_markdown if format == "md" else write_html
            write_text(target, lambda out: writer(selection, out, researcher))
        return selection.message()
    raise ExportError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
