"""A saved page's headline when its <title> names no article: "Home", "News", "Article", the site's name alone.

A site that sets its headline by script, or a page saved from a section, leaves a <title> that is page furniture;
taken as the document's title, twenty articles of one site were listed as "News". What marks such a title is the
page itself, not a list of words: it is the site's name (its outlet, or words that spell its host), or a word or two
the article's text never uses while the page carries a longer heading (its og:title, an <h1>). Then that heading is
the title; with none, the title is dropped and the text's first line stands in (`metadata.headline`).
"""
from __future__ import annotations

import html
import re

from viewer.corpus.outlet_names import host_labels, host_of, spelt_name

_HEADING = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(r"<meta\b[^>]*?\bproperty\s*=\s*[\"']og:title[\"'][^>]*?\bcontent\s*=\s*"
                       r"(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+")
_SHORT = 2  # words: a title this short that the text never uses names no article
_TEXT_LOOKED_AT = 3000  # characters of the text searched for the title's words


def headings(page: str) -> list[str]:
    """The page's own headlines besides its <title>: its og:title, then its <h1>s, as plain text."""
    found = [match.group(1) or match.group(2) for match in _OG_TITLE.finditer(page)]
    found += [_TAG.sub(" ", match.group(1)) for match in _HEADING.finditer(page)]
    return [text for text in (" ".join(html.unescape(item).split()) for item in found) if text]


def article_title(title: str | None, outlet: str | None, url: str | None, page_headings: list[str],
                  text: str, site: str | None = None) -> str | None:
    """``title`` when it names the article, else the first of the page's headings that does, else None. A title of a
    word or two gives way to a longer heading ("News" beside "<h1>Two hurt in Elm Street fire</h1>"). ``site``: the
    site's name as the page gives it, when the outlet is its publisher's spelling ("NYTimes" beside "The New York
    Times"): a <title> of "- NYTimes" is that name alone."""
    outlets = [name for name in (outlet, site) if name]
    named = [heading for heading in page_headings if not _furniture(heading, outlets, url, text)]
    if title and not _furniture(title, outlets, url, text):
        if len(_WORD.findall(title)) > _SHORT:
            return title
        return next((heading for heading in named if len(_WORD.findall(heading)) > _SHORT), title)
    return named[0] if named else None


def _furniture(title: str, outlets: list[str], url: str | None, text: str) -> bool:
    """The site's name, or a word or two the text never uses ("Home", "Article")."""
    folded = " ".join(_WORD.findall(title.casefold()))
    if any(folded == " ".join(_WORD.findall(outlet.casefold())) for outlet in outlets):
        return True
    if spelt_name(title, host_labels(host_of(url))):
        return True
    words = _WORD.findall(folded)
    used = set(_WORD.findall(text[:_TEXT_LOOKED_AT].casefold()))
    return len(words) <= _SHORT and not any(word in used for word in words)
