"""Which version of the file readers (`corpus.formats`) read each document's text, and so which documents a newer
reader might read better from their original files.

Kept apart from the readers themselves: the document list asks this of every row it shows, and the readers load
pypdf and trafilatura's helpers the first time a file is read, not when the window starts.
"""
from __future__ import annotations

import re

# Stored with each document the readers read (documents.text_reader, migration 14). Bump when a reader turns the same
# file into different text, so the window marks the documents read before. 1: session 30's readers (a PDF as the prose
# its pages show with ligatures spelt out; a web archive's page naming its own site). A document stored with none was
# read before versions were kept. Not READER_VERSION (corpus.dating): that is the date reader's, which reads the
# stored text again by itself, never the file.
TEXT_READER_VERSION = "1"

RECORD_FORMATS = ("json", "jsonl", "csv")
_RECORD = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")  # "records.jsonl:12": one record of a file of many


def one_record(source_path: str, source_format: str | None) -> re.Match | None:
    """Where a document that is one record of a file of many came from: such a record is not re-read on its own."""
    return _RECORD.match(source_path) if source_format in RECORD_FORMATS else None


def read_by_older_reader(text_reader: str | None, source_path: str, source_format: str | None) -> bool:
    """Whether re-reading this document's file might give better text: an older reader (or one not recorded) read
    it, and it is a file of its own (a record of a JSONL/CSV file is read again by importing the file)."""
    return text_reader != TEXT_READER_VERSION and one_record(source_path, source_format) is None


def reader_note(text_reader: str | None) -> str:
    """What the list's tooltip and the pane's header say of a document an older reader read."""
    which = "an older version of the reader" if text_reader else "a version of the reader older than the ones recorded"
    return f"Read by {which}: Re-read from the original file may improve its text."
