"""One entry point for every export format, so the CLI and the window offer the same ones."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from viewer.corpus.store import Corpus
from viewer.export.atomic import ExportError

Progress = Callable[[int, int, str], None]


def export(
    corpus: Corpus,
    format: str,
    target: str | Path | None,
    documents: Sequence[int] | None = None,
    claims: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> str | None:
    """Write ``format`` to ``target``; returns a note for the researcher (e.g. no claims yet)."""
    if format == "json":
        from viewer.export.interchange import write_json

        write_json(corpus, target)
        return None
    raise ExportError(f"the {format} export is not available yet")
