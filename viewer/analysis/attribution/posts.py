"""Posts a news page embeds as it renders them: the post's words, then "— Name (@handle) Month D, YYYY".

"Two shot outside Soulard bar. @FOX2now pic.twitter.com/Jfz1w9kE4e — George Sells (@GeorgeSells) September 27,
2014": whoever posted it speaks (the name before the handle), the post's words are what they said, and the link
to its picture is no part of them. A page sets the credit on the post's last line, or alone on the line below
the words. On the GVA crawl 403 credits are written so, in 97 of 3,926 pages; the parse read the post's words
as the page's own ("Last night's shooting … appears to be gang-related", a shooting as the speaker) and the
credit, where no picture link made it page junk, as prose.

The credit is often page junk (``corpus.boilerplate``'s embedded-post credit), so no token of the parse holds
the name: the credit is read in the page's text as it came, and the name on its own, as a speaker phrase is.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from viewer.analysis.model import Attribution
from viewer.analysis.nlp import english, text_of
from viewer.analysis.segment import ParsedDocument
from viewer.analysis.person_names import given_name_sex
from viewer.analysis.speakers.given_names import is_given_name
from viewer.analysis.speakers.nameless import lower_case_words
from viewer.analysis.speakers.names import ORG_WORDS, ROLE_WORDS, TITLES, describe
from viewer.corpus.spans import Span

_CREDIT = re.compile(r"[—–]\s*(?P<name>[^()\n—–]{1,60}?)\s*\((?P<handle>@\w{1,15})\)\s*"
                     r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})[ \t]*$", re.MULTILINE)
_LINK = re.compile(r"\s*(?:(?:https?://)?(?:pic\.twitter\.com|t\.co)/\S+\s*)+$")  # the post's picture or link


def embedded_posts(parsed: ParsedDocument) -> list[Attribution]:
    """One direct statement for each embedded post whose credit names who posted it; its words must be prose
    (the credit may be page junk, the words may not)."""
    text, prose = parsed.text, text_of(parsed.doc)
    found = []
    for credit in _CREDIT.finditer(text):
        words = _words(text, credit.start())
        if words is None or prose[words.start:words.end] != text[words.start:words.end]:
            continue
        name = _poster(credit.group("name"), lower_case_words(parsed.doc))
        if not name.name:
            continue
        found.append(Attribution("direct", words, Span(credit.start("name"), credit.end("name")), name.name,
                                 cue=Span(credit.start("handle"), credit.end("handle")), speaker_kind=name.kind))
    return found


def with_posts(text: str, attributions: list[Attribution], posts: list[Attribution]) -> list[Attribution]:
    """The attributions with the posts among them, in reading order. One read in a post's credit (its name and
    date parsed as prose, "Portland Police: … — Name (@handle) June 3") is none; a report the post passes on
    ("Capt. Brisbon says Anthony Frazier was headed home", in a station's post) stays, a statement of its own."""
    credits = [_credit_of(text, p) for p in posts]
    starts = {p.content.start for p in posts}
    kept = [a for a in attributions if a.content.start not in starts and not any(
        c.start <= (a.cue or a.content).start < c.end or a.content.overlaps(c) for c in credits)]
    return sorted(kept + posts, key=lambda a: a.content.start)


def _credit_of(text: str, post: Attribution) -> Span:
    """From the post's words to its credit's line end: the picture link, the name, the handle and the date."""
    end = text.find("\n", post.cue.end)
    return Span(post.content.end, len(text) if end < 0 else end)


def _words(text: str, credit: int) -> Span | None:
    """The post's words before its credit, on the credit's line or, when the credit stands alone, the line above."""
    start = text.rfind("\n", 0, credit) + 1
    if not text[start:credit].strip():
        end = len(text[:start].rstrip())
        start = text.rfind("\n", 0, end) + 1
    else:
        end = credit
    end = start + len(_LINK.sub("", text[start:end]).rstrip())
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end) if len(text[start:end].split()) >= 2 else None


def _poster(name: str, lower: frozenset[str]):
    """The poster's name as a speaker phrase reads it: "Auburn Police Dept" a body, "Mark D. Levine" a person.
    Read alone, with no sentence round it, a name the recogniser takes for a person's is a body's when it is
    not written as a person's name is (``_not_a_persons``)."""
    tokens = list(english()(name.strip()))
    reading = describe(tokens, Counter(t.text for t in tokens if t.text[:1].isupper()))
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if reading.kind == "person" and words and _not_a_persons(words, lower):
        return replace(reading, name=words[0].doc.text[words[0].idx:words[-1].idx + len(words[-1])], role=None,
                       kind="organisation")
    return reading


def _not_a_persons(words: list, lower: frozenset[str]) -> bool:
    """"Seattle Police", "City of Mukilteo", "KPRC 2 Houston", "Morning Joe": a word for a body, a lower-case word
    joining capitalised ones, or a first word that is no given name before a number or that the page writes in
    lower case ("this morning"), or no given name before a hyphen joining one word ("Illini-Alert") is not how a
    person's name is written; a title before a name is ("Chief Troy Riggs"), and so is a station after one
    ("Kaitlyn Pratt Fox 5")."""
    while words and words[0].lower_.rstrip(".") in TITLES | ROLE_WORDS:
        words = words[1:]
    if not words:
        return False
    first = words[0]
    given = is_given_name(first.text) or given_name_sex(first.text) is not None
    if not given and len(words) > 1 and all(not w.whitespace_ for w in words[:-1]) and "-" in first.doc.text:
        return True  # "Illini-Alert", one word the recogniser cut at its hyphen, of which "Alert" was the person
    return any(w.lower_ in ORG_WORDS for w in words) or any(w.is_lower and w.is_alpha for w in words[1:-1]) or \
        not given and (first.lower_ in lower or any(w.like_num for w in words))
