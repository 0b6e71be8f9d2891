"""PDF articles through pypdf's text layer, read back as prose (`pdf_prose`); a scan without one is reported,
never stored empty."""
from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from viewer.corpus.formats import Extracted, Extraction, FormatError
from viewer.corpus.formats.pdf_pages import printed_address, without_furniture
from viewer.corpus.formats.pdf_prose import prose, words
from viewer.corpus.formats.pdf_type_sizes import display_lines, page_runs
from viewer.jobs import Cancelled, Parts, unheard

if TYPE_CHECKING:  # pypdf is imported on the first PDF read: the window starts without it
    from pypdf import PdfReader

_LOGGER = logging.getLogger("pypdf")
# a file's name standing in for a title: "report.docx", "Microsoft Word - …", or a stem such as "buzzfeed_fox" or
# "IMG_0042" (one word joined by underscores) a tool wrote for the page it printed: the text's headline is the title
_FILE_NAME_TITLE = re.compile(r"\.(docx?|odt|rtf|pdf|indd|pages)$|^Microsoft Word|^[^\s_]+(?:_[^\s_]+)+$", re.IGNORECASE)
_SITE = re.compile(r"https?://(?:www\d?\.)?([^/:?#]+)")  # a printed address's site: "www.wwltv.com" is wwltv.com


def read(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """Text of every page without its running header, footer and number; what pypdf had to repair is reported."""
    with _pypdf_warnings() as warnings:
        try:
            extraction = _read(data, parts)
        except _PypdfSaid as exc:  # pypdf's words, its error's and its log's, in one bracket
            raise FormatError(_with(exc.message, [exc.said, *(w for w in warnings if w != exc.said)])) from exc
        except FormatError as exc:
            raise FormatError(_with(str(exc), warnings)) from exc
    if warnings:
        extraction.warnings.append(f"repaired while reading, so check its text against the original"
                                   f" (pypdf: {'; '.join(warnings)})")
    return extraction


def _read(data: bytes, parts: Parts) -> Extraction:
    reader = _open(data)
    pages, runs = _pages(reader, parts)
    display = display_lines(runs, words)
    # one text, its pages a gap apart: a sentence a page break cuts runs on as across any gap
    text = prose("\n\n".join(without_furniture(pages)), display).strip("\n")
    if not text.strip():
        raise FormatError("needs OCR: the PDF has no text layer (scanned pages?)")
    fields = _metadata(reader)
    address = printed_address(pages)
    if address:  # a browser's print: the page's address, which the day it is filed under dates, not the print day;
        fields["url"] = address  # its site is the outlet, as a saved page's site name is
        fields["outlet"] = _SITE.match(address)[1]
    return Extraction([Extracted(text, fields)])


def _pages(reader: PdfReader, parts: Parts) -> tuple[list[str], list[tuple[float, float, str]]]:
    """Each page's text and its runs of type, read in one pass that says which page it is on: a PDF of hundreds of
    pages takes minutes to read, and read twice over it showed one page count, then another."""
    pages, runs = [], []
    try:
        count = len(reader.pages)
        for number, page in enumerate(reader.pages):
            parts(number, count, "pages")
            pages.append(_page_text(page))
            runs += page_runs(page)
    except Cancelled:
        raise
    except Exception as exc:  # pypdf raises a wide range of errors on damaged content streams
        raise FormatError(f"corrupt PDF: cannot read its pages ({exc})") from exc
    return pages, runs


def _page_text(page) -> str:
    """The page's text in pypdf's layout mode, whose blank lines are the page's gaps between paragraphs; its
    plain mode where layout fails (a font it cannot measure)."""
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # pypdf's layout mode raises on fonts without widths; the plain reading still has the words
        return page.extract_text() or ""


@contextmanager
def _pypdf_warnings() -> Iterator[list[str]]:
    """pypdf logs what it repairs ("EOF marker not found") on its logger, which Python prints to
    standard error; while this thread reads a PDF, they are collected for the file's report."""
    caught: list[str] = []
    handler = _ThisThread(caught)
    _LOGGER.addHandler(handler)
    try:
        yield caught
    finally:
        _LOGGER.removeHandler(handler)


class _ThisThread(logging.Handler):
    def __init__(self, caught: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.caught, self.thread = caught, threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        said = _without_objects(record.getMessage())
        if record.thread == self.thread and said not in self.caught:
            self.caught.append(said)


def _without_objects(message: str) -> str:
    """pypdf's message without the objects it prints whole: "…a CFF Type1 font in font dictionary {'/BaseFont': …,
    '/Widths': [685, 0, 0, …]}…" put over 1,000 characters of a font's widths in the import's report, three times."""
    out, depth = [], 0
    for char in message:
        if char == "{":
            depth += 1
            if depth == 1:
                out.append("{…}")
        elif char == "}" and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)


class _PypdfSaid(FormatError):
    """A file pypdf refused, with its reason apart: the report gave it in a bracket of its own beside the
    bracket of pypdf's log ("(Stream has ended unexpectedly) (pypdf: EOF marker not found)")."""

    def __init__(self, message: str, said: str) -> None:
        super().__init__(f"{message} ({said})")
        self.message, self.said = message, said


def _with(message: str, warnings: list[str]) -> str:
    return f"{message} (pypdf: {'; '.join(warnings)})" if warnings else message


def _open(data: bytes) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF-" not in data[:1024]:  # where every PDF, and PDF readers' tolerance, puts it
        raise FormatError("not a PDF: the file does not begin as a PDF does (another kind of file named .pdf,"
                          " or a download that failed)")
    try:
        reader = PdfReader(io.BytesIO(data))
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise _PypdfSaid("corrupt PDF: it cannot be opened; save or print it to PDF again from where it came",
                         str(exc)) from exc
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as exc:
            raise FormatError(f"encrypted PDF that cannot be opened here ({exc})") from exc
        if not opened:
            raise FormatError("encrypted PDF: it needs a password; import an unprotected copy")
    return reader


def _metadata(reader: PdfReader) -> dict[str, str]:
    try:
        info = reader.metadata
    except Exception:
        return {}
    if info is None:
        return {}
    fields = {}
    if info.title and info.title.strip() and not _FILE_NAME_TITLE.search(info.title.strip()):
        fields["title"] = info.title.strip()
    if info.author and info.author.strip():
        fields["author"] = info.author.strip()
    try:
        created = info.creation_date
    except Exception:
        created = None
    if created is not None:
        fields["published"] = created.date().isoformat()
    return fields
