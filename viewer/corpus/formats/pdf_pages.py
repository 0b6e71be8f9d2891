"""What a PDF prints on every page around the article: running headers and footers, page numbers.

A web article saved with a browser's "Print → Save as PDF" carries the print's date and the page's title at the top
of each page and its address with "1/3" at the bottom; a report or a paper prints its name and a page number. Read
as text they ran into the article: "…it's often a https://www.example.com/story 1/2 12/2/26, 9:14 AM Sinking Spring
man killed family… very dangerous time", one sentence cut by the page's furniture, the title a print stamp
("12/2/26, 9:14 AM Sinking Spring man…"), the address a claim's words. Such a line is known by where it stands and
what it repeats: it is among the first or last lines of its page and, digits aside, one of the same lines of another
page, or it counts the page itself ("7", "Page 7 of 12", "… 7/12"), or it is the print's date and time before the
headline the page goes on to print (a one-page print has no other page to repeat).
"""
from __future__ import annotations

import re

EDGE = 2  # lines read at the top and at the bottom of each page: a header or footer of one or two lines
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
# the page's own number at the end of a line, or alone: "7", "- 7 -", "Page 7", "7 of 12", "page 7/12", "… 7/12"
_COUNTER = re.compile(r"(?:^|\s)[-–(]?\s*(?:page\s+)?(?P<n>\d{1,4})(?:\s*(?:/|of)\s*(?P<total>\d{1,4}))?\s*[-–)]?$",
                      re.IGNORECASE)

_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?")  # a web address as a browser prints it in a footer
# a browser's print stamp: its date and time, then the page's title as far as it fits ("9/8/16, 2:05 PM  Two injured…")
_STAMPED = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?P<title>.{12,})$")


def without_furniture(pages: list[str]) -> list[str]:
    """Each page's text without the running header, footer or page number at its edges; the rest as it was."""
    lines = [page.split("\n") for page in pages]
    return ["\n".join(line for row, line in enumerate(page) if row not in drop)
            for page, drop in zip(lines, _furniture_rows(lines))]


def printed_address(pages: list[str]) -> str | None:
    """The page's web address a browser printed in its header or footer: the page's own address (the document's
    url, where a day it is filed under dates it), left out of the text with the rest of the furniture. None when
    no furniture line holds a whole one (a long address a browser shortened with "…" is not the page's)."""
    lines = [page.split("\n") for page in pages]
    for page, drop in zip(lines, _furniture_rows(lines)):
        for row in sorted(drop):
            found = _ADDRESS.search(page[row])
            if found and not found[0].endswith(("…", "...")):
                return found[0].rstrip(".,;")
    return None


def _furniture_rows(lines: list[list[str]]) -> list[set[int]]:
    """Each page's rows that are its running header, footer or page number."""
    edges = [_edge_rows(page) for page in lines]
    seen: dict[tuple[str, str], set[int]] = {}
    for number, (page, rows) in enumerate(zip(lines, edges)):
        for edge, row in rows:
            seen.setdefault((edge, _shape(page[row])), set()).add(number)
    return [{row for edge, row in rows if len(seen[edge, _shape(page[row])]) > 1 or _counts_page(page[row], number + 1)
             or edge == "top" and _stamps_headline(page[row], page[row + 1:])}
            for number, (page, rows) in enumerate(zip(lines, edges))]


def _edge_rows(page: list[str]) -> list[tuple[str, int]]:
    """The first ``EDGE`` rows of the page that hold any words, and the last: a header repeats another page's header,
    a footer another's footer (a line a page break cut and printed again on the next page is neither)."""
    filled = [row for row, line in enumerate(page) if line.strip()]
    bottom = filled[-EDGE:] if len(filled) > EDGE else []
    return [("top", row) for row in filled[:EDGE]] + [("bottom", row) for row in bottom if row not in filled[:EDGE]]


def _shape(line: str) -> str:
    """A line with its numbers (page, date, time) made alike: "3/12" and "4/12" are one footer."""
    return _DIGITS.sub("#", _SPACE.sub(" ", line).strip().casefold())


def _counts_page(line: str, number: int) -> bool:
    """The line ends in this page's number, with the page count if one follows ("2", "Page 2 of 5", "https://… 2/5")."""
    counter = _COUNTER.search(_SPACE.sub(" ", line).strip())
    if counter is None or int(counter["n"]) != number:
        return False
    return counter["total"] is None and counter.start() == 0 or counter["total"] is not None \
        and int(counter["total"]) >= number


def _stamps_headline(line: str, below: list[str]) -> bool:
    """The line is a date and time before the words one of the next lines opens with: the print's stamp and title."""
    stamped = _STAMPED.match(_SPACE.sub(" ", line).strip())
    if stamped is None:
        return False
    title = _shape(stamped["title"])[:12]
    return any(_shape(following).startswith(title) for following in [line for line in below if line.strip()][:3])
