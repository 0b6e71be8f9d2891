"""Plain-text articles: the decoded text is the document, unchanged."""
from __future__ import annotations

from collections.abc import Mapping

from viewer.corpus.encoding import BinaryContent, decode
from viewer.corpus.formats import Extracted, Extraction, FormatError


def read(data: bytes, field_map: Mapping[str, str]) -> Extraction:
    """The whole file is one article; metadata comes later from the text itself."""
    try:
        return Extraction([Extracted(decode(data))])
    except BinaryContent as exc:
        raise FormatError(str(exc)) from exc
