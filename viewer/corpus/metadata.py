"""Metadata read from an article's own text: a date header, the outlet's credit, a title.

Plain-text captures carry their metadata as text (" date 2022-04-13 ...", "/BNR",
"© 2024 Latin Times"); the boilerplate marks say where, this module says what it means.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.corpus.dates import dates_only, stamps
from viewer.corpus.nameplates import nameplate
from viewer.corpus.spans import Span

Mark = tuple[Span, str]

_VISIBLE = re.compile(r"\S")
_DATE_PREFIX = re.compile(
    r"[ \t]*(?P<all>(?:date|dated|published)[ \t]*:?[ \t]*(?P<value>\d{4}-\d{2}-\d{2}))(?=\s|$)", re.IGNORECASE
)
_HEADER_LINE = re.compile(
    r"[ \t]*(?P<all>(?P<key>title|source|outlet|url|author|by|published|date)[ \t]*:[ \t]*(?P<value>\S[^\n]*?))[ \t]*$",
    re.IGNORECASE,
)
_HEADER_KEYS = {"source": "outlet", "by": "author", "date": "published"}
# "Copyright 2017 by KPRC Click2Houston - All rights reserved.": the owner is the name between the
# notice's "by" and the dash, bar or full stop that sets it off ("WGCL-TV" keeps its own dash).
# The marks may come twice ("© Copyright 2013", "Copyright (c) 2016"), the year with a footnote mark ("2012*"), a
# full stop ("2016. WVUE.") or as a span ("2004 - present", "2004-2016"); the year may also follow the owner
# ("© Chicago Sun-Times 2013"), and the owner stand in brackets ("Copyright 2014 (KVVU Broadcasting Corporation)").
_COPYRIGHT_MARK = r"(?:©|\(c\)|copyright)"
_COPYRIGHT_OWNER = re.compile(
    rf"{_COPYRIGHT_MARK}(?:\s*{_COPYRIGHT_MARK})*\s*"
    r"(?:\d{4}\*?(?:\s*[-–]\s*(?:\d{4}|present|now|today))?[.*]?(?!\w))?\s*,?\s*(?:by\s+)?(?P<name>[^.|©\n]+?)\s*"
    r"(?:\.|\||(?<=\s)[-–—]{1,2}\s|,?\s*all rights reserved|$)",
    re.IGNORECASE,
)
_TRAILING_YEAR = re.compile(r"\s+\d{4}$")
# A company named after the outlet: in brackets ending in a legal form, or set off as its division or
# subsidiary; or the place after a semicolon. Checked on the GVA crawl's 1,130 copyright lines.
_OWNING_COMPANY = re.compile(
    r"(?<=\S)\s*(?:\([^()]*\b(?:Corporation|Corp|Inc|Incorporated|LLC|Ltd|Limited|Company|Co)\.?\)"
    r"|,\s*an?\s+(?:division|subsidiary|unit)\s+of\b.*|,\s*an?\s+[\w .&-]+\s+company|;.*)$",
    re.IGNORECASE,
)
_CREDIT_NOISE = re.compile(r"^(?:with|source|sources|credit)\s*:?\s*|^[/(—–-]\s*|[).]\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s|$)")
_TITLE_CHARS = 80
# Where a report was filed, before what it says: an upper-case place (up to four words), an
# optional region or date ("Fla.", "Ukraine", "April 13"), an optional agency in brackets.
_PLACE = r"[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]*){0,3}(?:\s*,\s*[A-Z][\w'’.\- ]{0,30}?)?(?:\s*\([^()\n]{1,40}\))?"
_DASH = r"(?:[—–―]-?|--?)"  # "–-" too: a dash typed twice; HuffPost files with a horizontal bar ("WASHINGTON ―")
_DATELINE = re.compile(_PLACE + r"\s*" + _DASH + r"\s+")
# Agencies also write the place in ordinary case when their credit follows it: "Kyiv (AFP) -",
# "Mariupol, April 13 (Reuters) -", "MOSCOW, April 13. /TASS/.". A credit in brackets has no hyphen,
# which keeps out a name with its party and state ("Blake Farenthold (R-Texas) —").
_CREDITED_DATELINE = re.compile(
    r"[A-Z][\w'’.\-]*(?:[ ][A-Z][\w'’.\-]*){0,3}(?:\s*,\s*[A-Z][\w'’. ]{0,30}?)?\s*"
    r"(?:\([^()\n\-]{1,40}\)\s*" + _DASH + r"|/[^/\n]{2,30}/\.?\s*" + _DASH + r"?)\s+"
)
_DATELINE_LINE = re.compile(_PLACE + r"\s*[—–:-]?")
# Stops that end an abbreviation, not a sentence: initialisms (U.S., U.N.), an initial (J.), and
# a capitalised stem of at most four letters (Gen., Fla., Sept.). A short place name ending a
# sentence ("… in Gaza.") then runs on to the next stop: a longer title, never a cut one.
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.|[A-Z][a-z]{0,3}\.")


def header_fields(text: str) -> list[tuple[Span, str, str]]:
    """(span, field, value) for metadata written at the top: ``date 2022-04-13`` or ``Title: ...``."""
    found = []
    position = 0
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if line.strip():
            match = _HEADER_LINE.match(line) or _DATE_PREFIX.match(line)
            if match is None:
                break
            key = match.groupdict().get("key") or "published"
            key = _HEADER_KEYS.get(key.lower(), key.lower())
            span = Span(position + match.start("all"), position + match.end("all"))
            found.append((span, key, match["value"]))
            if line[match.end():].strip():
                break
        position = line_end + 1
    return found


def text_metadata(text: str, marks: Sequence[Mark]) -> dict[str, str]:
    """Title, outlet and date the text itself states, given its boilerplate marks."""
    fields = {key: value for _span, key, value in header_fields(text)}
    outlet = _outlet(text, marks)
    if outlet and "outlet" not in fields:
        fields["outlet"] = outlet
    title = headline(text, marks)
    if title and "title" not in fields:
        fields["title"] = title
    return fields


def _outlet(text: str, marks: Sequence[Mark]) -> str | None:
    credits = outlet_credits(text, marks)
    return credits[0][2] if credits else None


def outlet_credits(text: str, marks: Sequence[Mark]) -> list[tuple[Span, str, str]]:
    """(span, "copyright", "nameplate" or "credit", outlet name) the page credits itself with, strongest first:
    the copyright owner, the outlet's name under the headline ("Pittsburgh Tribune-Review"), then credit
    lines from the last one up ("/BNR", "EFE and AFP")."""
    found = []
    for span, kind in marks:
        if kind == "copyright":
            match = _COPYRIGHT_OWNER.search(span.text_of(text))
            name = _owner_name(match["name"]) if match else ""
            if name:
                found.append((span, "copyright", name))
    under_headline = nameplate(text, marks)
    if under_headline:
        found.append((under_headline[0], "nameplate", under_headline[1]))
    for span, kind in reversed(marks):
        if kind == "credit" and not span.text_of(text).startswith("pic."):
            name = _CREDIT_NOISE.sub("", span.text_of(text).strip()).strip()
            if name:
                found.append((span, "credit", name))
    return found


def _owner_name(name: str) -> str:
    """"(© 2016 WWL)": the bracket the whole notice sits in is no part of the owner's name; nor is a year after it
    ("WTVM 2017"), the brackets around all of it, or a bracket a full stop cut ("KCTV (Meredith Corp.)"). The
    station, not the company that owns it, is the outlet: "WSMV (Meredith Corporation)", "CBS Local Media, a
    division of CBS Radio Inc" and "WALA; Mobile, AL" name WSMV, CBS Local Media and WALA."""
    name = _OWNING_COMPANY.sub("", _TRAILING_YEAR.sub("", name.strip()))
    if name.count(")") > name.count("("):
        name = name.rstrip(")").strip()
    if name.startswith("(") and name.endswith(")") and name.count("(") == 1:
        name = name[1:-1].strip()
    if name.count("(") > name.count(")"):
        name = name[:name.rfind("(")].strip()
    return name if re.search(r"[^\W\d_]", name) else ""  # "Copyright 2014\n\n. All rights reserved.": no owner


def headline(text: str, marks: Sequence[Mark]) -> str | None:
    """The first line when it reads as a headline, else the first sentence cut to ~80 characters.

    A dateline ("WEST PALM BEACH, Fla. (AP) —") says where the report was filed, and a line that only
    dates the page ("Updated: November 11, 2011 20:09 IST") when: neither says what it reports, so they
    are skipped, as is a stamp a pasted headline runs into ("… Posted: Tuesday, March 5, 2024"); a
    sentence never ends at an abbreviation ("U.S.", "Gen."). A line of one word above more text is a page's
    tag, not its headline: of the GVA crawl's 3,926 usable reports, 12 are titled with one word, and none is a
    headline ("en" 6, a year, "News", a site's name, a URL, a URL's slug, a hashtag); a next line opening with a
    small letter goes on the same headline.
    """
    start = _content_start(text, marks)
    if start is None:
        return None
    line, line_end = _line_at(text, start)
    while len(line.split()) < 2 and (following := _VISIBLE.search(text, line_end)):
        tag = line
        line, line_end = _line_at(text, following.start())
        if line[:1].islower():  # "Mpls.", then "rapper behind huge party …": one headline cut at its stop
            line = f"{tag} {line}"
    if (_DATELINE_LINE.fullmatch(line.strip()) or dates_only(line)) and line_end < len(text):
        following = _VISIBLE.search(text, line_end)
        if following is None:
            return None
        line, line_end = _line_at(text, following.start())
    else:
        line = line.strip()
        line = line[dateline_length(line):]
    stamped = stamps(line)
    if stamped and stamped[0].start > 0:  # "Harbour reopens Posted: Tuesday, March 5, 2024 8:18 PM": a page's stamp run into it
        line = line[:stamped[0].start].rstrip(" -–—|,:")
    words = line.split()
    rest = text[line_end:].strip()
    if rest and 2 <= len(words) <= 15 and len(line) <= 120 and not line.endswith((".", ",", ";", ":")):
        return line
    return _trim(first_sentence(line))


def dateline_length(paragraph: str) -> int:
    """How many characters a dateline opening the paragraph takes ("WASHINGTON — ", "KYIV, March 3
    (Reuters) - "), 0 without one: it says where the report was filed, not what it reports."""
    match = _DATELINE.match(paragraph) or _CREDITED_DATELINE.match(paragraph)
    return match.end() if match and match.end() < len(paragraph) else 0


def dateline_place(text: str, paragraphs: int = 3) -> str | None:
    """The place an article's dateline names ("SAN ANTONIO - …": "San Antonio"; "DEARBORN HEIGHTS, Mich. (WXYZ) -":
    "Dearborn Heights"), looked for at the head of its first few paragraphs; None without one."""
    for paragraph in [p.strip() for p in text.split("\n\n") if p.strip()][:paragraphs]:
        length = dateline_length(paragraph)
        if length:
            place = re.split(r"[,(/—–―]|\s-", paragraph[:length], maxsplit=1)[0].strip(" -")
            return place.title() if place.isupper() else place or None
    return None


def first_sentence(line: str) -> str:
    """Up to the first full stop that ends a sentence rather than an abbreviation or an initial."""
    for end in _SENTENCE_END.finditer(line):
        token = line[:end.end()].rsplit(None, 1)[-1].strip("\"'”’)([")
        if line[end.start()] == "." and _ABBREVIATION.fullmatch(token):
            continue
        return line[: end.end()]
    return line


def _line_at(text: str, start: int) -> tuple[str, int]:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end].strip(), end


def _content_start(text: str, marks: Sequence[Mark]) -> int | None:
    """Past the metadata lines and a site's menu opening the text: a page printed to PDF with no title of its own
    was titled "Home", its menu's first item."""
    skip = sorted(span for span, kind in marks if kind in ("metadata", "navigation"))
    position = 0
    for span in skip:
        if text[position:span.start].strip():
            break
        position = max(position, span.end)
    match = _VISIBLE.search(text, position)
    return match.start() if match else None


def _trim(sentence: str) -> str:
    if len(sentence) <= _TITLE_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, _TITLE_CHARS)
    return sentence[: cut if cut > 20 else _TITLE_CHARS].rstrip(" ,;:") + "…"
