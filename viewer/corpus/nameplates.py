"""An outlet's name on its own line under the headline: "Pittsburgh Tribune-Review", "The Associated Press".

A copied article often keeps the paper's or agency's name between its headline and its first
paragraph. Such a line names the outlet when it is short and ends in a word that ends outlets'
names in news prose ("told the Chicago Tribune", "told The Associated Press": `nameplate_words.json`,
written by training/count_nameplate_words.py from the GVA crawl and PolNeAR train), or is a news
agency's name or a US broadcaster's call letters ("WTVH", "KGW-TV"). A person's name ending in such a
word ("Emily Post") is no outlet: a line that opens with a given name is taken only as a name the
prose itself wrote after "told the" ("Washington Post"), and a section's label ("Links In The News") has
no small word inside a name. Only the lines between the headline and the first sentence are looked at:
below them a short line is a caption or a photo credit ("WDSU" between two paragraphs).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from nicknames import NickNamer

from viewer.corpus.spans import Covering, Span
from viewer.resources import resources_dir

Mark = tuple[Span, str]

# The agencies news texts credit by name; their abbreviations "AP" and "AFP" are written alone too.
AGENCIES = (
    r"(?:Reuters|Interfax|Xinhua|Ukrinform|Bloomberg|Anadolu|Sputnik|Kyodo|Yonhap|Agerpres|"
    r"Tanjug|Lusa|Belga|RIA Novosti|Europa Press|Associated Press|Agence France-Presse)"
)
_AGENCY_LINE = re.compile(rf"(?:the\s+)?(?:{AGENCIES}|AP|AFP)", re.IGNORECASE)
# US broadcasters' call letters (K or W and two or three letters), a service suffix, the channel number.
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LP))?(?:\s+\d{1,2})?")
_NAME_WORD = r"[A-Z][\w'’&.]*(?:-[A-Z][\w'’&]*)*"
_NAME = re.compile(rf"(?P<the>The\s+)?(?P<name>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD})")
_BYLINE = re.compile(r"by\s*:?\s+", re.IGNORECASE)  # "By The Associated Press", "By: WCTV Eyewitness News"
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by"})
_GLUED = re.compile(r"[A-Z]{2,}[a-z]")  # "By JULIET LINDERMANAssociated Press": a byline run into a credit
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
LINES_UNDER = 3  # lines under the headline looked at, at most


def nameplate(text: str, marks: Sequence[Mark]) -> tuple[Span, str] | None:
    """The outlet name a line just under the headline gives, with where it stands, or None."""
    lines = _free_lines(text, marks)
    for start, line in lines[1:1 + LINES_UNDER]:
        byline = _BYLINE.match(line)
        offset = byline.end() if byline else 0
        name = _outlet_name(line[offset:])
        if name:
            return Span(start + offset, start + len(line)), name
        if _SENTENCE_END.search(line):
            return None  # the prose has begun
    return None


def _outlet_name(line: str) -> str | None:
    if _AGENCY_LINE.fullmatch(line) or _CALL_LETTERS.fullmatch(line):
        return re.sub(r"^the\s+", "", line, flags=re.IGNORECASE)
    match = _NAME.fullmatch(line)
    if match is None and line.isupper():  # "PITTSBURGH TRIBUNE-REVIEW"
        match = _NAME.fullmatch(line.title())
    if match is None:
        return None
    name = match["name"]
    words = name.split()
    if words[-1].split("-")[-1].title() not in _words() or _GLUED.search(line):
        return None
    if any(word.casefold() in _SMALL_WORDS for word in words[:-1]):
        return None
    if not match["the"] and _given_name(words[0]) and _folded(name) not in _spellings():
        return None  # "Emily Post": a person's byline
    return line[match.start("name"):] if not line.isupper() else line[len(match["the"] or ""):]


def _free_lines(text: str, marks: Sequence[Mark]) -> list[tuple[int, str]]:
    """The first non-blank lines that no mark covers whole (a site's menu, a caption, metadata), trimmed."""
    out = []
    marked = Covering(span for span, _kind in marks)
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if not stripped:
            continue
        start = match.start() + match.group().index(stripped)
        if marked.holds(start, start + len(stripped)):
            continue
        out.append((start, stripped))
        if len(out) > LINES_UNDER:
            break
    return out


def _folded(name: str) -> str:
    return " ".join(name.replace("-", " ").replace("’", "'").casefold().split())


def _given_name(word: str) -> bool:
    return word.casefold() in _given_names()


@cache
def _given_names() -> frozenset[str]:
    """The given names the speaker tables know: the `nicknames` package's names and diminutives, and the
    SSA baby names of ``attribution/given_names.json`` ("Juliet")."""
    table = NickNamer().nickname_lookup
    ssa = json.loads((resources_dir() / "attribution" / "given_names.json").read_text(encoding="utf-8"))["names"]
    return frozenset(table) | frozenset(short for diminutives in table.values() for short in diminutives) | frozenset(ssa)


@cache
def _table() -> dict:
    return json.loads(Path(__file__).with_name("nameplate_words.json").read_text(encoding="utf-8"))["words"]


def nameplate_word(word: str) -> bool:
    """Whether outlets' names end in the word in news prose ("Post", "Tribune")."""
    return word in _words()


def _words() -> frozenset[str]:
    return frozenset(_table())


@cache
def _spellings() -> frozenset[str]:
    return frozenset(_folded(name) for entry in _table().values() for name in entry["spellings"])
