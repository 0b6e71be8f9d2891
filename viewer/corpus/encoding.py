"""Turn a file's bytes into text without changing the article's own characters.

Only a leading byte-order mark and CRLF line endings are normalised, and a C1 control character is read as the
Windows-1252 mark of its byte (`with_cp1252_marks`, one character for one); everything else is kept exactly, so offsets
into the stored text stay meaningful against the original.
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The charset a page's markup declares within its first 1,024 bytes, as browsers look for it: <meta charset="…">, or
# <meta http-equiv="Content-Type" content="text/html; charset=…">. Labels browsers read as windows-1252 are read so.
_DECLARED = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"}
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# Windows-1252's letters and marks at 0x80-0x9F (“ ” ‘ ’ – — … €), by the C1 control character Latin-1 reads there; the
# five bytes Windows-1252 leaves undefined stay as they are.
_CP1252_MARKS = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_HIGH = re.compile(rb"[\x80-\xff]+")


class BinaryContent(ValueError):
    """The bytes are not text in any encoding worth guessing (an image or archive renamed .txt)."""


# What a file's first bytes say it is, for a file whose name says otherwise (a photo saved as "article.html").
_SIGNATURES = ((b"\x89PNG", "a PNG picture"), (b"\xff\xd8\xff", "a JPEG picture"), (b"GIF8", "a GIF picture"),
               (b"%PDF", "a PDF document"),
               (b"PK\x03\x04", "a ZIP archive, as Word and OpenDocument files are"), (b"\x1f\x8b", "a gzip archive"))


def binary_kind(data: bytes) -> str | None:
    """What the file is by its first bytes ("a PNG picture"), None when they name nothing known: "binary content" alone
    left the researcher to guess which of their files had been saved under the wrong name."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP picture"
    return next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)


def decode(data: bytes) -> str:
    """Text of `data`: UTF-8 first, then a careful guess, so undeclared legacy files read right."""
    text = _decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    return with_cp1252_marks(text.replace("\r\n", "\n"))


def with_cp1252_marks(text: str) -> str:
    """The text with each C1 control character as the Windows-1252 character of its byte (U+0093 as “, U+0092 as
    ’), one for one, so offsets stay. Text decoded as Latin-1 somewhere on its way and saved again as UTF-8 carries
    them (22 of the GVA crawl's 6,335 texts, 10 with quotation marks so: its pages were read as Latin-1), and no
    article means a control character there: read as they stand, the quotation marks quoted nothing and an
    apostrophe cut "Greer’s" in two."""
    return text.translate(_CP1252_MARKS)


def decode_page(data: bytes) -> str:
    """Text of a saved web page: as any text file when it is UTF-8 or has a byte-order mark, else in the charset its
    markup declares when its bytes are that, else as `decode` guesses. trafilatura reads no declaration: it guessed
    an English page in windows-1252 whose only high bytes were curly quotes as cp852 ("Google’s" became "Googleĺs")."""
    label = _declared_charset(data)
    if label and not looks_binary(data) and not _is_utf8(data) and not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            return with_cp1252_marks(data.decode(label).replace("\r\n", "\n"))
        except (LookupError, UnicodeDecodeError):  # a label Python does not know, or bytes that are not that charset
            pass
    return decode(data)


def _declared_charset(data: bytes) -> str | None:
    declared = _DECLARED.search(data[:1024])
    if declared is None:
        return None
    label = declared.group(1).decode("ascii").lower()
    return "cp1252" if label in _AS_WINDOWS_1252 else label


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _declared(data, encoding)
    utf16 = bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        kind = binary_kind(data)
        raise BinaryContent(f"binary content ({kind + ', ' if kind else ''}not a text file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(guess_legacy_encoding(data), errors="replace")


def _declared(data: bytes, encoding: str) -> str:
    """Text in the encoding its byte-order mark declares: a few broken characters are replaced, but
    bytes that are mostly not that encoding (junk behind a BOM) are no article."""
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > max(1, len(text) // 10):
        raise BinaryContent(f"binary content (not a text file, though it starts with a {encoding.upper()} byte-order mark)")
    return text


def bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools), or None.

    Such text has NUL bytes on one side of each pair only: the high byte of every ASCII
    character (spaces, digits, punctuation, Latin letters), whatever the script. A binary file
    has them on both sides. The whole file must then decode strictly and read as text.
    """
    head = data[:65536]
    if len(data) % 2 or len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) < max(1, len(head) // 100) or min(even, odd) > max(even, odd) // 50:  # no NUL: no UTF-16
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return text if _reads_as_text(text) else None


def _reads_as_text(text: str) -> bool:
    sample = text[:32768]
    if not sample or "\x00" in sample:
        return False
    ordinary = sum(c.isprintable() or c in "\n\r\t" for c in sample)
    return ordinary / len(sample) > 0.97 and sum(c.isalpha() for c in sample) / len(sample) > 0.4


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean a binary file, whatever its name says."""
    head = data[:65536]
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(4, len(head) // 100)


def guess_legacy_encoding(data: bytes) -> str:
    """A single-byte encoding for non-UTF-8 text; Cyrillic-looking byte runs decide for cp1251.

    Cyrillic words are runs of high bytes; Western European text has isolated accented bytes
    between ASCII letters. charset-normalizer only decides the cases this cannot.
    """
    runs = _HIGH.findall(data)
    high = sum(len(run) for run in runs)
    in_runs = sum(len(run) for run in runs if len(run) >= 3)
    if high and in_runs / high >= 0.6 and _mostly_letters(data.decode("cp1251", errors="replace")):
        return "cp1251"
    if high and in_runs / high < 0.2:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise BinaryContent("binary content (no text encoding fits)")
    return best.encoding


def _mostly_letters(text: str) -> bool:
    high = [c for c in text if ord(c) > 127]
    return bool(high) and sum(c.isalpha() for c in high) / len(high) > 0.8
