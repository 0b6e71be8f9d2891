"""The pypdf pass: real highlight and note annotations, internal links, bookmarks and metadata.

Qt paints the page (colours stay when a reader or a court's filing system drops comments);
this pass adds what a PDF reader lists as comments, over the boxes the layout reported.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pypdf
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Link, Text
from pypdf.generic import (
    ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject,
)

from viewer.export import palette
from viewer.export.pdf_content import Content
from viewer.export.pdf_document import Box, Rendered
from viewer.export.selection import TOOL, Selection
from viewer.provenance.wording import claim_label


@dataclass(frozen=True)
class Added:
    highlights: int
    notes: int
    links: int


def annotate(source: Path, target: Path, content: Content, rendered: Rendered, selection: Selection,
             researcher: str | None) -> Added:
    """Copy the painted PDF to ``target`` with annotations, outline and metadata added."""
    writer = PdfWriter(clone_from=PdfReader(source))
    author = researcher or TOOL
    stamp = _pdf_date(selection.exported_at)
    highlights = 0
    for n, highlight in enumerate(content.highlights, start=1):
        pages: dict[int, list[Box]] = defaultdict(list)
        for key in highlight.keys:
            for box in rendered.boxes.get(key, []):
                pages[box.page].append(box)
        for page, boxes in sorted(pages.items()):
            annotation = _highlight(writer, boxes, highlight.comment, selection.colour(highlight.claim.id))
            _stamp(annotation, author, stamp, f"provenance-c{highlight.claim.id}-{n}-{page}", f"Claim {claim_label(highlight.claim.id)}")
            writer.add_annotation(page, annotation)
            highlights += 1
    notes = 0
    for pin in content.notes:
        boxes = rendered.boxes.get(pin.key)
        if not boxes:
            continue
        box = boxes[0]
        width = writer.pages[box.page].mediabox.width
        x = float(width) - 40
        annotation = Text(rect=(x, box.y1 - 16, x + 16, box.y1), text=pin.body, open=False)
        annotation[NameObject("/Name")] = NameObject("/Comment")
        annotation[NameObject("/C")] = ArrayObject([FloatObject(v) for v in palette.rgb("#EEDD88")])
        _stamp(annotation, author, stamp, f"provenance-{pin.key}", pin.title)
        writer.add_annotation(box.page, annotation)
        notes += 1
    links = 0
    for box, key in rendered.links:
        destination = rendered.boxes.get(key)
        if not destination:
            continue
        writer.add_annotation(box.page, Link(rect=(box.x0, box.y0, box.x1, box.y1), target_page_index=destination[0].page))
        links += 1
    _outline(writer, content, rendered)
    writer.add_metadata({
        "/Title": f"Provenance report: {selection.corpus_name}",
        "/Subject": f"Claims, sources and speakers of {selection.describe()}",
        "/Keywords": ", ".join(f"c{c.id}" for c in selection.claims),
        "/Creator": TOOL,
        "/Producer": f"{TOOL} (Qt PDF writer, pypdf {pypdf.__version__})",
        "/CreationDate": stamp,
        "/ModDate": stamp,
        **({"/Author": researcher} if researcher else {}),
    })
    writer.page_mode = "/UseOutlines"
    with open(target, "wb") as out:
        writer.write(out)
    return Added(highlights, notes, links)


def _highlight(writer: PdfWriter, boxes: list[Box], comment: str, colour: str) -> DictionaryObject:
    quads: list[float] = []
    for b in boxes:  # upper-left, upper-right, lower-left, lower-right, as Acrobat writes them
        quads += [b.x0, b.y1, b.x1, b.y1, b.x0, b.y0, b.x1, b.y0]
    rect = (min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes), max(b.y1 for b in boxes))
    annotation = Highlight(rect=rect, quad_points=ArrayObject([FloatObject(q) for q in quads]),
                           highlight_color=colour.lstrip("#"), printing=True)
    annotation[NameObject("/Contents")] = TextStringObject(comment)
    # The colour is already painted under the text (it survives a filing system that strips
    # comments); a transparent, empty appearance keeps readers from tinting it twice while the
    # comment stays listed, coloured (/C) and selectable over the same words.
    annotation[NameObject("/CA")] = FloatObject(0)
    appearance = DecodedStreamObject()
    appearance.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(v) for v in rect]),
    })
    appearance.set_data(b"")
    annotation[NameObject("/AP")] = DictionaryObject({NameObject("/N"): writer._add_object(appearance)})
    return annotation


def _stamp(annotation: DictionaryObject, author: str, stamp: str, name: str, subject: str) -> None:
    annotation[NameObject("/T")] = TextStringObject(author)
    annotation[NameObject("/M")] = TextStringObject(stamp)
    annotation[NameObject("/NM")] = TextStringObject(name)
    annotation[NameObject("/Subj")] = TextStringObject(subject)
    annotation[NameObject("/F")] = NumberObject(4)  # print


def _outline(writer: PdfWriter, content: Content, rendered: Rendered) -> None:
    writer.add_outline_item(title="Cover", page_number=0)
    for section, page in zip(content.sections, rendered.section_pages):
        if section.bookmark and section.bookmark != "Speaker index":
            parent = writer.add_outline_item(title=section.bookmark, page_number=page)
            for title, mark in section.entries:
                if boxes := rendered.boxes.get(mark):
                    writer.add_outline_item(title=title, page_number=boxes[0].page, parent=parent)
    articles = writer.add_outline_item(title="Articles", page_number=rendered.section_pages[content.bookmarks[0][1]]) if content.bookmarks else None
    for title, index in content.bookmarks:
        writer.add_outline_item(title=title, page_number=rendered.section_pages[index], parent=articles)
    writer.add_outline_item(title="Speaker index", page_number=rendered.section_pages[-1])


def _pdf_date(iso: str) -> str:
    moment = datetime.fromisoformat(iso).astimezone(timezone.utc)
    return moment.strftime("D:%Y%m%d%H%M%SZ")
