"""Saved web pages: trafilatura finds the article and its metadata; nothing is ever fetched.

The page is parsed as data only: scripts and styles are dropped, not run, and images
(local or remote) are never loaded, since a remote image request could reveal a researcher.
"""
from __future__ import annotations

from collections.abc import Mapping

import trafilatura

from viewer.corpus.formats import Extracted, Extraction, FormatError

_METADATA = {"title": "title", "sitename": "outlet", "author": "author", "date": "published", "url": "url",
             "language": "language"}


def read(data: bytes, field_map: Mapping[str, str]) -> Extraction:
    """Main text of the page, one paragraph per block, with the page's declared metadata."""
    try:
        found = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, include_tables=True, deduplicate=False,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise FormatError(f"unreadable HTML ({exc})") from exc
    if found is None or not (found.text or "").strip():
        raise FormatError("no article text found in the page")
    fields = {}
    for attribute, key in _METADATA.items():
        value = getattr(found, attribute, None)
        if isinstance(value, str) and value.strip():
            fields[key] = value.strip()
    text = "\n\n".join(line for line in found.text.split("\n") if line.strip())
    return Extraction([Extracted(text, fields)])
