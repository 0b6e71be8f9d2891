"""One small reader per file format; each turns a file's bytes into documents to import.

Every reader has the same signature, ``read(data, field_map, parts) -> Extraction``, and raises
`FormatError` with a message fit for the researcher when the whole file cannot be read. A reader calls ``parts(done,
total, noun)`` between pages, records or paragraphs: the import's bar moves inside a long file, and ``parts`` raises
when the import is cancelled, so a cancel is heard there too.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from viewer.jobs import Parts

FIELDS = ("title", "outlet", "author", "published", "language", "url")


class FormatError(ValueError):
    """The file as a whole cannot be imported (corrupt, encrypted, no text layer, ...)."""


@dataclass
class Extracted:
    """One document's text and whatever metadata the file itself declares."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)
    sha256: str | None = None  # None: the hash of the file's bytes; records hash themselves
    line: int | None = None  # where a record starts, for messages


@dataclass
class Extraction:
    documents: list[Extracted] = field(default_factory=list)
    failures: list[tuple[int | None, str]] = field(default_factory=list)  # (line, reason)
    warnings: list[str] = field(default_factory=list)  # read, but something in the file was repaired
    textless: list[str] = field(default_factory=list)  # the fields of records that had no text field, to choose from


Reader = Callable[[bytes, Mapping[str, str], Parts], Extraction]


def _readers() -> dict[str, tuple[str, Reader]]:
    from viewer.corpus.formats import docx, html, markdown, pdf, records, text

    return {
        ".txt": ("txt", text.read),
        ".md": ("md", markdown.read),
        ".markdown": ("md", markdown.read),
        ".html": ("html", html.read),
        ".htm": ("html", html.read),
        ".mhtml": ("html", html.read_single_file),
        ".mht": ("html", html.read_single_file),
        ".pdf": ("pdf", pdf.read),
        ".docx": ("docx", docx.read),
        ".json": ("json", records.read_json),
        ".jsonl": ("jsonl", records.read_jsonl),
        ".csv": ("csv", records.read_csv),
    }


READERS: dict[str, tuple[str, Reader]] = _readers()
SUPPORTED_SUFFIXES = tuple(READERS)
