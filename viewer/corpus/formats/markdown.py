"""Markdown articles, stored as readable text: headings and list items stay as their own lines."""
from __future__ import annotations

import re
from collections.abc import Mapping

from markdown_it import MarkdownIt
from markdown_it.token import Token

from viewer.corpus.encoding import BinaryContent, decode
from viewer.corpus.formats import FIELDS, Extracted, Extraction, FormatError
from viewer.jobs import Parts, unheard

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>(?:.*\n){0,40}?)---\n")
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.+?)\s*$", re.MULTILINE)
_KEY_ALIASES = {"date": "published", "source": "outlet", "lang": "language"}
_BLOCK_LEAVES = {"fence", "code_block"}


def read(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """Readable text of the Markdown; YAML-style front matter becomes metadata."""
    try:
        source = decode(data)
    except BinaryContent as exc:
        raise FormatError(str(exc)) from exc
    fields, body = _front_matter(source)
    tokens = MarkdownIt("commonmark").parse(body)
    blocks, first_heading = _blocks(tokens)
    if first_heading and "title" not in fields:
        fields["title"] = first_heading
    return Extraction([Extracted("\n\n".join(blocks), fields)])


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    fields = {}
    for item in _FRONT_FIELD.finditer(match.group("body")):
        key = _KEY_ALIASES.get(item["key"].lower(), item["key"].lower())
        if key in FIELDS:
            fields[key] = item["value"].strip("\"'")
    return fields, source[match.end():]


def _blocks(tokens: list[Token]) -> tuple[list[str], str | None]:
    blocks: list[str] = []
    first_heading = None
    markers: list[str] = []
    item_start = False
    for index, token in enumerate(tokens):
        if token.type == "bullet_list_open":
            markers.append("•")
        elif token.type == "ordered_list_open":
            markers.append(str(int(token.attrGet("start") or 1)))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            markers.pop()
        elif token.type == "list_item_open":
            item_start = True
        elif token.type == "inline":
            line = _inline_text(token)
            if not line.strip():
                continue
            if item_start and markers:
                line = _item_prefix(markers) + line
                item_start = False
            if tokens[index - 1].type == "heading_open" and first_heading is None:
                first_heading = line
            blocks.append(line)
        elif token.type in _BLOCK_LEAVES:
            blocks.append(token.content.rstrip("\n"))
    return blocks, first_heading


def _item_prefix(markers: list[str]) -> str:
    indent = "  " * (len(markers) - 1)
    marker = markers[-1]
    if marker == "•":
        return f"{indent}• "
    markers[-1] = str(int(marker) + 1)
    return f"{indent}{marker}. "


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)
