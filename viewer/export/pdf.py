"""The annotated PDF export: what the CLI's `--format pdf` and the window's File → Export run.

Layout and painting need Qt, which this layer may not import: the caller passes the renderer
(`viewer.render.pdf_layout.render` in the CLI, the window, the selftest and the bench), so an
export works wherever it is called from, not only where some import happened to run first.
The file is written beside the target and renamed at the end, so a failed or cancelled export
never leaves a truncated PDF behind.
"""
from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf.errors import PdfReadError

from viewer.corpus.disk import DISK_FULL, is_full
from viewer.corpus.store import Corpus
from viewer.export.atomic import ExportError, atomic_path
from viewer.export.pdf_annotations import annotate
from viewer.export.pdf_content import build
from viewer.export.pdf_document import PAGE_SIZES, Renderer
from viewer.export.scratch import scratch_file
from viewer.export.selection import select
from viewer.jobs import TaskState, quiet

@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "A4"  # or "Letter"
    researcher: str | None = None
    colours: Mapping[int, str] | None = None  # the exporting window's claim colours, kept where they suit


@dataclass(frozen=True)
class ExportSummary:
    path: Path | None
    pages: int = 0
    documents: int = 0
    claims: int = 0
    highlights: int = 0
    notes: int = 0
    message: str | None = None


def export_pdf(
    corpus: Corpus,
    target: str | Path,
    render: Renderer,
    documents: Sequence[int] | None = None,
    claims: Sequence[int] | None = None,
    state: TaskState | None = None,
    options: PdfOptions = PdfOptions(),
) -> ExportSummary:
    """Write the annotated PDF of a selection; a cancel raises `Cancelled` with the target untouched."""
    if target in (None, "", "-"):
        raise ExportError("a PDF cannot go to standard output; give a file name with -o FILE.pdf")
    if options.page_size not in PAGE_SIZES:
        raise ExportError(f"unknown page size {options.page_size!r}; use {' or '.join(PAGE_SIZES)}")
    state = quiet(state)
    selection = select(corpus, documents, claims, state, options.colours)
    content = build(selection, options.researcher, PAGE_SIZES[options.page_size])
    target = Path(target)
    with atomic_path(target) as temporary, scratch_file(temporary.parent, target, ".qt.pdf") as painted:
        try:
            rendered = render(content.sections, painted, PAGE_SIZES[options.page_size], state)
            if os.path.getsize(painted) == 0:
                raise ExportError(f"{target}: {_unwritten(painted, 'the PDF writer produced nothing')}")
            added = annotate(painted, temporary, content, rendered, selection, options.researcher)
        except PdfReadError as exc:
            raise ExportError(
                f"{target}: {_unwritten(painted, f'the laid-out PDF could not be read back ({exc})')}"
            ) from exc
        state.check()  # the last moment a cancel can still leave the target as it was
    state.progress(1, 1, "done")
    return ExportSummary(
        target, rendered.page_count, len(selection.articles), len(selection.claims), added.highlights, added.notes,
        "; ".join(filter(None, [selection.message(), undrawn_said(rendered.undrawn)])) or None,
    )


def undrawn_said(letters: frozenset[str]) -> str | None:
    """Letters printed as empty boxes, by script, in words a researcher can act on: no installed package ships a font
    for Chinese, Japanese or Korean, and Windows and macOS have one, so it is this system that lacks it."""
    letters = frozenset(ch for ch in letters if unicodedata.category(ch)[0] == "L")  # the punctuation goes with them
    if not letters:
        return None
    scripts = sorted({unicodedata.name(ch, "?").split()[0] for ch in letters} - {"?"})
    named = ", ".join(s if s == "CJK" else s.title() for s in scripts)
    return (f"{len(letters)} different letters ({named}) are printed as empty boxes: no font on this computer draws"
            " them; install a font for them (Noto Sans CJK for Chinese, Japanese and Korean) and export again")


def _unwritten(painted: Path, otherwise: str) -> str:
    """Qt's PDF writer does not report a failed write; a short file on a full disk is that."""
    reason = DISK_FULL if is_full(painted.parent) else otherwise
    return f"{reason}; nothing was written"
