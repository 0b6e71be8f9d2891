"""The researcher's Markdown notes as safe HTML (raw HTML in a note is shown, never run), as readable
plain text for PDF comments (a reader's comments panel shows text as it is: "**2 a.m.**" stayed
"**2 a.m.**"), and as the one line a CSV cell keeps of what was typed."""
from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

BULLET = "•"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False})
    parser.add_render_rule("image", _image_as_link)
    return parser


def _image_as_link(self, tokens: list[Token], idx: int, options, env) -> str:
    """A note's image is a link naming it, never an <img>: a report never fetches a remote resource. With the image
    rule switched off instead, "![map](http://…)" read "!map", the "!" left over and the picture unnamed."""
    token = tokens[idx]
    return f'<a href="{escapeHtml(str(token.attrGet("src") or ""))}">image: {escapeHtml(token.content)}</a>'


def note_html(body: str) -> str:
    """Render a note; an image is shown as a link to it (`_image_as_link`)."""
    return _parser().render(body).strip()


def note_plain(body: str) -> str:
    """A note as typed, on one line, for CSV cells: a table of notes is data, kept as the researcher wrote it."""
    return " ".join(line.strip() for line in body.strip().splitlines() if line.strip())


def note_readable(body: str) -> str:
    """A note as text reads where Markdown is not rendered (a PDF comment): emphasis marks gone, each
    list item on its own line with a bullet or its number, a link as "words (address)", paragraphs apart."""
    blocks: list[str] = []
    prefix: list[str] = []  # what each open list or quotation puts before a line
    numbers: list[int | None] = []  # each open list's next number, None for a bulleted one
    for token in _parser().parse(body):
        if token.type == "bullet_list_open":
            numbers.append(None)
        elif token.type == "ordered_list_open":
            numbers.append(int(token.attrGet("start") or 1))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
        elif token.type == "list_item_open":
            number = numbers[-1]
            prefix.append(f"{BULLET} " if number is None else f"{number}. ")
            if number is not None:
                numbers[-1] = number + 1
        elif token.type == "list_item_close":
            prefix.pop()
        elif token.type == "blockquote_open":
            prefix.append("“")
        elif token.type == "blockquote_close":
            prefix.pop()
            if blocks:
                blocks[-1] += "”"
        elif token.type == "inline":
            blocks.append(_line(prefix) + _inline(token.children or []))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "hr":
            blocks.append("—")
    return "\n".join(blocks).strip()


def _line(prefix: list[str]) -> str:
    """Only the innermost list item marks its line; outer ones indent it."""
    if not prefix:
        return ""
    return "   " * sum(p != "“" for p in prefix[:-1]) + prefix[-1]


def _inline(children: list[Token]) -> str:
    out: list[str] = []
    links: list[tuple[str, int]] = []  # address, where its words start
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type == "image":
            out.append(f"image: {child.content} ({child.attrGet('src')})")
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "link_open":
            links.append((str(child.attrGet("href") or ""), len(out)))
        elif child.type == "link_close" and links:
            href, start = links.pop()
            words = "".join(out[start:])
            if href and href not in (words, f"mailto:{words}"):
                out.append(f" ({href})")
    return "".join(out)
