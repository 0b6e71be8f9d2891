"""Which version of the file readers (`corpus.formats`) read each document's text, and so which documents a newer
reader might read better from their original files.

Kept apart from the readers themselves: the document list asks this of every row it shows, and the readers load
pypdf and trafilatura's helpers the first time a file is read, not when the window starts.
"""
from __future__ import annotations

import re

# Each file reader's version, with the formats (`documents.source_format`) it reads. Stored with each document it reads
# (documents.text_reader, migration 14), so the window marks a document only when its own format's reader has
# changed since: a PDF fix marks PDFs, not text files. Bump a reader's version when it turns the same file into
# different text; tests/corpus/test_reader_fingerprints.py fails when a reader's code changes and its version does
# not (`python -m viewer.corpus.reader_fingerprints` re-records them). "1" for every reader: session 30's readers (a
# PDF as the prose its pages show with ligatures spelt out; a web archive's page naming its own site), which stored
# one "1" for all of them, so documents stored then need no migration. A document stored with none was read before
# versions were kept. Not READER_VERSION (corpus.dating): that is the date reader's, which reads the stored text
# again by itself, never the file.
TEXT_READERS: dict[str, tuple[str, tuple[str, ...]]] = {  # reader (its module in corpus.formats) → version, formats
    "text": ("2", ("txt",)),  # 2: a C1 control character is the Windows-1252 mark of its byte (“ for U+0093)
    "markdown": ("2", ("md",)),  # 2: as text 2
    "html": ("6", ("html",)),  # 6: as text 2; 5: a <title>, og:title or <h1> that is only the site's label is no title; 4: the outlet is the publisher's name that spells the host ("nytimes" → "The New York Times"), a <title> that is page furniture ("Home", the site's name) gives way to the page's headline; 3: a legacy page is read in the charset it declares, else guessed as a text file is; a copyright year is no outlet; a one-cell table row is a paragraph; 2: a byline that is the page's stamp ("Posted: 5:37 PM, Jun 23") names no author
    "pdf": ("3", ("pdf",)),  # 3: a headline wrapped in display type is one paragraph; a print footer's address is the url, its site the outlet; 2: no running header, footer or page number; a sentence a page break cuts runs on
    "records": ("3", ("json", "jsonl", "csv")),  # 3: a C1 control written as a JSON escape ("\\u0093") too; 2: as text 2
    "docx": ("2", ("docx",)),  # 2: a text box is read once, after its paragraph (was 4 times)
}
_BY_FORMAT = {source_format: reader for reader, (_version, formats) in TEXT_READERS.items() for source_format in formats}

RECORD_FORMATS = ("json", "jsonl", "csv")
_RECORD = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")  # "records.jsonl:12": one record of a file of many


def one_record(source_path: str, source_format: str | None) -> re.Match | None:
    """Where a document that is one record of a file of many came from: such a record is not re-read on its own."""
    return _RECORD.match(source_path) if source_format in RECORD_FORMATS else None


def reader_of(source_format: str | None) -> str | None:
    """The reader that reads files of this format (None for a format no reader of this version reads)."""
    return _BY_FORMAT.get(source_format or "")


def text_reader_version(source_format: str | None) -> str | None:
    """The version of the reader that reads this format now: what an import or a re-read stores."""
    reader = reader_of(source_format)
    return TEXT_READERS[reader][0] if reader else None


def read_by_older_reader(text_reader: str | None, source_path: str, source_format: str | None) -> bool:
    """Whether re-reading this document's file might give better text: an older version of its format's reader (or
    one not recorded) read it, and it is a file of its own (a record of a JSONL/CSV file is read again by importing
    the file). A document from before formats were recorded (schema 1) is; one of a format no reader reads now is not:
    there is nothing to re-read it with."""
    if not source_format:
        return one_record(source_path, source_format) is None
    now = text_reader_version(source_format)
    return now is not None and text_reader != now and one_record(source_path, source_format) is None


def _older_reader_sql() -> str:
    """`read_by_older_reader` as an SQL condition on a `documents` row, so the corpus answers it in one statement:
    the ↻ count is asked each time a pane's header or a row's menu is drawn, and reading every row into Python for
    it stalled the window on a large corpus. Built from `TEXT_READERS`, so the two never disagree."""
    versions = " ".join(f"WHEN '{source_format}' THEN '{TEXT_READERS[reader][0]}'"
                        for source_format, reader in sorted(_BY_FORMAT.items()))
    known = ", ".join(f"'{source_format}'" for source_format in sorted(_BY_FORMAT))
    records = ", ".join(f"'{source_format}'" for source_format in RECORD_FORMATS)
    bare = "rtrim(source_path, '0123456789')"  # "records.jsonl:12" → "records.jsonl:"
    one_of_many = (f"(source_format IN ({records}) AND {bare} <> source_path AND substr({bare}, -1) = ':'"
                   f" AND length({bare}) > 1)")
    return (f"(coalesce(source_format, '') = '' OR (source_format IN ({known})"
            f" AND text_reader IS NOT (CASE source_format {versions} END) AND NOT {one_of_many}))")


OLDER_READER_SQL = _older_reader_sql()


def older_reader_ids(corpus) -> list[int]:
    """The documents of a corpus (`store.Corpus`) an older reader read: what "Re-read all marked documents" reads."""
    return [row[0] for row in corpus.db.execute(f"SELECT id FROM documents WHERE {OLDER_READER_SQL} ORDER BY id")]


def older_reader_count(corpus) -> int:
    """How many documents of a corpus an older reader read (the ↻ count), in one statement."""
    return corpus.db.execute(f"SELECT count(*) FROM documents WHERE {OLDER_READER_SQL}").fetchone()[0]


def versions_said() -> str:
    """Each reader's version, as Help → About says them ("text 1, markdown 1, …")."""
    return ", ".join(f"{reader} {version}" for reader, (version, _formats) in TEXT_READERS.items())


def reader_note(text_reader: str | None, source_format: str | None = None) -> str:
    """What the list's tooltip and the pane's header say of a document an older reader read."""
    reader = reader_of(source_format)
    named = f"the {reader} reader" if reader else "the reader"
    which = f"an older version of {named}" if text_reader else f"a version of {named} older than the ones recorded"
    return f"Read by {which}: Re-read from the original file may improve its text."
