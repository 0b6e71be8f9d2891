"""Plain-text articles: the decoded text is the document, unchanged."""
from __future__ import annotations

from collections.abc import Mapping

from viewer.corpus.encoding import BinaryContent, decode, looks_binary
from viewer.corpus.formats import Extracted, Extraction, FormatError
from viewer.jobs import Parts, unheard


def read(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """The whole file is one article; metadata comes later from the text itself."""
    try:
        return Extraction([Extracted(decode(data))])
    except BinaryContent as exc:
        if stray := without_stray_nuls(data):
            return stray
        raise FormatError(str(exc)) from exc


def without_stray_nuls(data: bytes) -> Extraction | None:
    """A text with a few NUL bytes in it (a copy cut short and padded, a log written over) is still its article: refused
    as binary, its words were lost to the corpus. Read without them, and said, when the rest is plain text."""
    nuls = data.count(0)
    rest = data.replace(b"\x00", b"")
    if not nuls or not rest.strip() or looks_binary(rest):
        return None
    try:
        text = decode(rest)
    except BinaryContent:
        return None
    first = data.index(0)
    said = (f"{nuls:,} NUL byte{'s' if nuls != 1 else ''} left out (the first at byte {first:,}): the text was read"
            " without them")
    return Extraction([Extracted(text)], warnings=[said])
