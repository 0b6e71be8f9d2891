"""The researcher's Markdown notes as safe HTML (raw HTML in a note is shown, never run)."""
from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")


def note_html(body: str) -> str:
    """Render a note; images are disabled so a report never fetches a remote resource."""
    return _parser().render(body).strip()


def note_plain(body: str) -> str:
    """A note as one paragraph of plain text, for PDF comments and CSV cells."""
    return " ".join(line.strip() for line in body.strip().splitlines() if line.strip())
