"""Word documents (.docx): an article pasted into Word, or a translation a colleague sent, read as its paragraphs.

A .docx file is a ZIP archive of XML parts (ECMA-376, Office Open XML): the text is in ``word/document.xml``, one
``<w:p>`` per paragraph, its words in ``<w:t>`` runs, with ``<w:tab/>`` and ``<w:br/>`` between them; the title,
author and creation date a researcher or Word set are in ``docProps/core.xml`` (Dublin Core). The standard library
reads both, so nothing is added to the bundle. Only those two parts are read: pictures, macros and embedded objects
are never opened. A part larger than a Word document's text can be, or packed tighter than real text packs, is refused
from the archive's directory before it is unpacked (a ZIP bomb); the text part is parsed paragraph by paragraph, so a
long document neither holds its whole tree in memory nor keeps a cancel waiting.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping
from io import BytesIO
from xml.etree import ElementTree

from viewer.corpus.disk import size_said
from viewer.corpus.encoding import looks_binary
from viewer.corpus.formats import Extracted, Extraction, FormatError
from viewer.jobs import Parts, unheard

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"  # ECMA-376 Part 3, Markup Compatibility
_CORE = {"title": "{http://purl.org/dc/elements/1.1/}title", "author": "{http://purl.org/dc/elements/1.1/}creator",
         "published": "{http://purl.org/dc/terms/}created"}
_TEXT_PART = "word/document.xml"
_CORE_PART = "docProps/core.xml"
MAX_PART_BYTES = 200 * 1024 * 1024  # unpacked; a 50 MB import limit's worth of text, with its markup, fits
# How much smaller than its text a part may be packed. Apache POI, which reads Office files for Tika and Solr, refuses a
# part packed more than 100 times smaller (ZipSecureFile's MIN_INFLATE_RATIO 0.01) once it is past 100 KiB. Measured
# here (deflate at zlib's default, as Word packs): Word-like markup of the 501 gva500 articles packs 5.6:1, one article
# 4.8:1, one sentence repeated 20,000 times 33:1; only an empty 5,000-row table (no text to import) passed 100:1, at
# 178:1. The ZIP bomb of session 43 (190 MB of markup in a 538 KB file) is 344:1.
MAX_PACKING = 100
PACKING_CHECKED_FROM = 1024 * 1024  # unpacked bytes; below this a part unpacks fast whatever its packing
_CHECKED_EVERY = 200  # paragraphs between two looks at a cancel: a thousandth of a second's reading


def read(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """The document's paragraphs, one per block of text, with the title, author and date its properties declare."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        body = _part(archive, _TEXT_PART)
    except zipfile.BadZipFile as exc:
        if not data.startswith(b"PK") and not looks_binary(data):
            raise FormatError("not a Word document: the file is plain text named .docx; rename it .txt to import"
                              " it") from exc
        raise FormatError(f"not a Word document that can be opened ({exc}); open it in Word and save it again as"
                          " .docx") from exc
    if body is None:
        raise FormatError("not a Word document: the file has no document text (word/document.xml); an OpenDocument"
                          " or other file renamed .docx? Save it from its program as .docx, .txt or PDF")
    paragraphs = [text for text in _paragraph_texts(body, parts) if text.strip()]
    if not paragraphs:
        raise FormatError("no text in the Word document (pictures or scanned pages only?)")
    core = _part(archive, _CORE_PART)
    return Extraction([Extracted("\n\n".join(paragraphs), _properties(core) if core else {})])


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise FormatError(f"its text part unpacks to {info.file_size:,} bytes, more than any article; not read")
    packing = info.file_size / max(info.compress_size, 1)
    if info.file_size > PACKING_CHECKED_FROM and packing > MAX_PACKING:
        raise FormatError(f"refused unread, as a ZIP bomb: its {name} would unpack to {size_said(info.file_size)} from"
                          f" {size_said(info.compress_size)}, {packing:,.0f} times its packed size, and a Word"
                          f" document's text packs at most {MAX_PACKING} times smaller")
    return archive.read(info)


def _paragraph_texts(xml: bytes, parts: Parts) -> Iterator[str]:
    """Each paragraph's text in document order, a paragraph within another (a text box's) after the one around it;
    each outermost paragraph is let go once read. How far it is goes by the bytes of markup parsed: the paragraphs
    are not counted before they are read."""
    open_paragraphs = read = 0
    source = BytesIO(xml)
    try:
        for event, element in ElementTree.iterparse(source, ("start", "end")):
            if element.tag != f"{_W}p":
                continue
            open_paragraphs += 1 if event == "start" else -1
            if event == "end" and not open_paragraphs:
                yield from _paragraph_texts_in(element)
                element.clear()
                read += 1
                if read % _CHECKED_EVERY == 0:
                    parts(source.tell(), len(xml), "")
    except ElementTree.ParseError as exc:
        raise FormatError(f"the Word document's text is damaged ({exc}); open it in Word and save it again") from exc


def _paragraph_texts_in(paragraph: ElementTree.Element) -> Iterator[str]:
    """The paragraph's own text, then the text of each paragraph within it (a text box's), each read once: a box's
    words were read into the paragraph around it as well as on their own, and twice more from the copy Word keeps
    for older readers (``mc:Fallback``), which says in VML what the ``mc:Choice`` beside it says in DrawingML."""
    waiting = [paragraph]
    while waiting:
        own, inner = _own_runs(waiting.pop())
        yield own
        waiting += reversed(inner)


def _own_runs(paragraph: ElementTree.Element) -> tuple[str, list[ElementTree.Element]]:
    """A paragraph's runs joined (a tab as a space, a line break as a new line, a deleted run left out, as Word has
    it in ``w:delText``), and the paragraphs within it, in document order, each left for its own turn."""
    out, inner = [], []
    waiting = list(reversed(paragraph))
    while waiting:
        element = waiting.pop()
        if element.tag == f"{_W}p":
            inner.append(element)
            continue
        if element.tag == f"{_W}t":
            out.append(element.text or "")
        elif element.tag == f"{_W}tab":
            out.append(" ")
        elif element.tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        waiting += reversed(_read_children(element))
    return "".join(out).strip(), inner


def _read_children(element: ElementTree.Element) -> list[ElementTree.Element]:
    """An element's children, of alternative content only the first (the choice Word made; its fallback repeats it)."""
    if element.tag == f"{_MC}AlternateContent":
        return list(element)[:1]
    return list(element)


def _properties(core: bytes) -> dict[str, str]:
    """Title, author and creation date from the document's properties, where set. Word fills the creation date when
    the file is made, which dates the copy, not the article: the dating reads it as such (``made``)."""
    try:
        root = ElementTree.fromstring(core)
    except ElementTree.ParseError:
        return {}  # the properties are a nicety; the text was read
    found = {}
    for field, tag in _CORE.items():
        element = root.find(tag)
        if element is not None and element.text and element.text.strip():
            found[field] = element.text.strip()
    return found
