"""The title a document is shown under: its stored title without the site's name after it.

A scraped page's title ends with its site's name ("Man shot on Elm St - WECT TV6-WECT.com:News, Weather &
Sports Wilmington, NC"). The text's opening line already marks that ending as page furniture (`site_names`:
an ending other titles of the corpus end with too); left in the title, it fills the document list, the pane
headers, the timeline and every export with the same words. An ending is the site's name when it is the
marked ending, the document's outlet, or its url's host ("wect.com", "www.wect.com", "WECT"), alone or followed by
the site's tagline ("- WMC Action News 5 - Memphis, Tennessee"). The stored
title is never changed (a correction keeps it as the original); only the shown one is derived, here.

A title is never emptied or cut to one word, and a colon cuts only an outlet or host: "Police: man shot
in leg" is a headline, not a site called "man shot in leg".

A crawl may glue a page's two titles (its og:title and its <title>) into one: "Bridgeport News: 2 Women
ShotBridgeport News: 2 Women Shot - DoingItLocal" (4 of the GVA crawl's 6,335 titles, one site's). The
headline written twice in a row is shown once.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"[ \t]+(?:-|\||–|—|::)(?:[ \t]+|(?=…$))|[ \t]*:[ \t]*")  # "-…": a title cut at its separator
_TRUNCATED = "…"  # `metadata.headline` cuts a long first sentence here
_KEPT_WORDS = 2  # a shown title keeps at least this many words, or the whole title is shown
_GLUED_MIN = 12  # characters: a title's opening this long written again right after it is one headline glued twice


def shown_title(title: str | None, site_name: str | None, outlet: str | None, url: str | None) -> str | None:
    """``title`` without the site's name after its last separator that starts one; ``site_name`` is the
    text the opening line's site-name mark covers (separator included), or None."""
    if not title:
        return title
    title = _once(title)
    marked = _folded(site_name) if site_name else ""
    names = _names(outlet, url)
    for match in _SEPARATOR.finditer(title):
        rest = _folded(title[match.end():])
        colon = match.group().strip() == ":"
        if not rest or len(title[:match.start()].split()) < _KEPT_WORDS:
            continue
        if rest in names or (not colon and (marked and _begins(marked, rest) or _named_then_more(rest, names))):
            return title[:match.start()].rstrip()
    return title


def _once(title: str) -> str:
    """The title with a headline written twice in a row ("XX - Site") written once ("X - Site")."""
    for length in range(_GLUED_MIN, len(title) // 2 + 1):
        rest = title[2 * length:]
        if title[length:2 * length] == title[:length] and not rest[:1].isalnum():
            return title[length:]
    return title


def _named_then_more(rest: str, names: set[str]) -> bool:
    """The ending opens with the site's name and goes on past a separator or a comma ("WMC Action News 5 - Memphis,
    Tennessee", "LEX18.com | Continuous News and StormTracker Weather", "KSWO, Lawton, OK"): the name with its tagline,
    one site's alone."""
    return any(rest.startswith(name) and (_SEPARATOR.match(rest, len(name)) or rest[len(name):len(name) + 2] == ", ")
               for name in names)


def _begins(marked: str, rest: str) -> bool:
    """The title's ending is the marked ending, whole or as far as a cut title ("… - WECT TV6-WECT.com:Ne…") runs."""
    if rest == marked:
        return True
    return rest.endswith(_TRUNCATED) and marked.startswith(rest[:-1].rstrip())


def _names(outlet: str | None, url: str | None) -> set[str]:
    """The folded names the site goes by: its outlet, its host with and without "www.", the host's name alone."""
    names = {_folded(outlet)} if outlet else set()
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    if host:
        bare = host.removeprefix("www.")
        names |= {host, bare, bare.split(".")[0]}
    return {name for name in names if name}


def _folded(text: str) -> str:
    """Case and spacing folded, separators trimmed from the ends: how two spellings of one name compare."""
    return " ".join(text.split()).strip(" -–—|:").casefold()
