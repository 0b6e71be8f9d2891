"""Find page junk in an article's text and mark it; the text itself is never changed.

Each rule is a small function over a `Page` (the text split into its non-blank lines). Rules run
in the order of `RULES`, and a line one rule marked whole is not offered to later rules, so a
copyright line never also reads as a headline.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewer.corpus.metadata import header_fields
from viewer.corpus.nameplates import AGENCIES
from viewer.corpus.spans import Covering, Span
from viewer.jobs import Parts, unheard

# The rules' version: a corpus whose marks another version made has them made again when opened (`remarking`).
# 2: a line opening with an earlier one and holding most of the page keeps all but that opening (speakers45)
# 3: an embedded post's credit without a picture link, later video blurbs and teasers printed twice are marked
#    (session 49)
RULES_VERSION = "3"
KINDS = ("see-also", "copyright", "navigation", "caption", "share", "credit", "metadata", "more-news", "page", "site-name")
Mark = tuple[Span, str]

_WORD = re.compile(r"\w+")
_SEE_ALSO_PAREN = re.compile(
    r"\((?:also read|read also|keep reading|also|you may be interested in|you may also be interested in|"
    r"see also|read more|related|lee también|lire aussi|leia também)\s*:[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)",
    re.IGNORECASE,
)
_SEE_ALSO_LINE = re.compile(
    r"(?:also read|read also|read more|see also|related|keep reading|you may be interested in|"
    r"you may also like|recommended)\s*:\s*\S.*",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|all rights reserved", re.IGNORECASE)
_SHARE = re.compile(
    r"(?:(?:share|tweet|e-?mail|print|copy link|whatsapp|facebook|twitter|telegram|linkedin|pinterest)"
    r"(?:[\s|•·/,]+(?:share|tweet|e-?mail|print|copy link|whatsapp|facebook|twitter|telegram|linkedin|pinterest|x))*"
    r"|share (?:this|on|via) .{0,40}"
    r"|(?:subscribe|sign up|follow us|join us on|download (?:our|the) app|click here)\b.{0,80})[.!:]?",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[•·▪►‣◦*\-–]\s+\S")
_PIPE_NAV = re.compile(r"[^|]{1,30}(?:\s\|\s[^|]{1,30}){2,}")
MENU_ITEMS = 4  # a printed menu: at least 4 lines opening the page, each a name of one or two words ("Science & Tech")
_MENU_ITEM = re.compile(r"(?!by\b)[^\W\d_][\w'’-]*(?: &)?(?: [^\W\d_][\w'’-]*)?", re.IGNORECASE)
_MORE_NEWS = re.compile(
    r"(?:more news|more stories|related news|related stories|related articles|related|most read|most popular|"
    r"top stories|latest news|you may also like|you might also like|more from [\w ]{1,30})\s*:?",
    re.IGNORECASE,
)
_AGENCY = rf"(?:[A-Z]{{2,6}}|{AGENCIES})"
_CREDIT = re.compile(
    rf"(?:(?:with|source|sources|credit)\s*:?\s*|[—–-]\s*)?\(?{_AGENCY}"
    rf"(?:\s*(?:,|and|&|/|y|et|with|und|e|и)\s*{_AGENCY})*\)?\.?"
    r"|/\s*[A-Z][\w.&' -]{0,30}"
)
_EMBED_CREDIT = re.compile(r"pic\.twitter\.com/\S+\s+[—–-]\s+[^\n]+")
# An embedded post's credit closing its line, "— Name (@handle) August 9, 2015", with no picture link before it (as
# analysis.attribution.posts reads it: the post's words stay prose, spoken by the poster).
_POST_CREDIT = re.compile(r"[—–]\s*[^()\n—–]{1,60}?\s*\(@\w{1,15}\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})[ \t]*$",
                          re.MULTILINE)
# A video blurb closes with its stamp, "… Bob Redell reports. (Published Thursday, Oct. 20, 2016)".
_BLURB_STAMP = re.compile(r"\((?:Published|Updated) (?:[A-Z][a-z]+day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\)$")
TEASER_TAIL = 4  # words a teaser's second copy adds to the first ("Will it snow tomorrow? Mar 9")
CAROUSEL_PAIRS = 3  # lines printed twice in a row, one pair after another, that make a carousel of blurbs
_PHOTO_LINE = re.compile(r"(?:photo|image|foto|credit|picture)\s*:\s*\S.{0,200}", re.IGNORECASE)
# A photo's caption that ends in its credit, as papers print one under a picture and a saved page keeps it as a
# paragraph: "…in a shooting along I-270 (Credit: KMOV)", "…at the Capitol.CreditJoshua Roberts/Reuters" (The New York
# Times sets "Credit" and the name without a colon, glued to the caption when a page is copied). The credit names
# a photographer or a source: capitalised words, joined by "/", "for", "via" ("Sam Hodgson for The New York Times").
_CREDIT_NAME = r"[A-Z0-9][\w.'’&-]*(?:(?:\s+|\s*[/,&]\s*)(?:[A-Z0-9][\w.'’&-]*|for|via|and|of|the|de))*"
_CREDITED_CAPTION = re.compile(
    rf"(?:.*\S)?\s*(?:\(\s*(?:(?i:photo|image|video|picture)\s+)?(?:Credit|CREDIT|credit)s?\s*:\s*[^()\n]{{1,80}}\)"
    rf"|(?:^|(?<=\s))(?:(?i:photo|image|video|picture)\s+)?(?:Credit|CREDIT|credit)s?\s*:\s*{_CREDIT_NAME}\.?"
    rf"|(?<=[.!?”\"’')\]])\s?Credit\s?{_CREDIT_NAME})\s*"
)
# A slideshow's counter ("Image 7 of 111"): a saved gallery keeps each slide's caption as a paragraph after it, and
# a slideshow of figures runs its slides together on one line. On the GVA crawl 455 lines hold one, all galleries.
_GALLERY_COUNTER = re.compile(r"\b(?:Image|Photo|Slide|Picture)\s+(\d{1,3})\s+of\s+(?:/\s*)?(\d{1,3})\b")
CAPTION_WORDS = 100  # the longest credited caption read on the GVA crawl and BASIL had 84 words
_FRAGMENT_CAPTION = re.compile(r"[A-Z][\w'-]*(?: [\w'-]+){0,3} (?:who|which|that|\w+ing)\b[^.\"“”]*\.")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|said|says|did|does|do|"
    r"told|added)\b",
    re.IGNORECASE,
)
# Related headlines over an article (`_related_headlines`), read off the GVA crawl's opening lines.
RELATED_RUN = 3
RELATED_SHARE = 0.2
RELATED_BODY_WORDS = 150
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{4,}")
_DATED = re.compile(r"\d{1,2}:\d{2}|\b(?:19|20)\d\d\b|^(?:by|updated|posted|published|created|last)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"(?:he|she|they|it|we|i|you|this|that|there)\b", re.IGNORECASE)
_PAGE_LINES = json.loads(Path(__file__).with_name("page_lines.json").read_text(encoding="utf-8"))
# What the page-line table marks, as a stamp: a corpus whose marks carry another was marked by an older table.
# The related-headlines rule marks page lines too, so its settings are part of the stamp.
PAGE_LINES_DIGEST = hashlib.sha256(json.dumps([
    _PAGE_LINES["max_words"], [(e["match"], e["pattern"]) for e in _PAGE_LINES["entries"]],
    ["related", RELATED_RUN, RELATED_SHARE, RELATED_BODY_WORDS, _LONG_WORD.pattern, _DATED.pattern],
]).encode()).hexdigest()[:16]
_PAGE_PATTERNS = [(re.compile(e["pattern"], re.IGNORECASE), e["match"]) for e in _PAGE_LINES["entries"]]
_LINE_PATTERNS = [(pattern, match == "whole") for pattern, match in _PAGE_PATTERNS if match != "span"]
_SPAN_PATTERNS = [pattern for pattern, match in _PAGE_PATTERNS if match == "span"]


@dataclass
class Line:
    start: int
    end: int
    text: str
    words: int = field(init=False)

    def __post_init__(self) -> None:
        self.words = len(self.text.split())


@dataclass
class Page:
    """The text as non-blank lines (trimmed), and what the rules marked so far."""

    text: str
    lines: list[Line] = field(init=False)
    marks: list[Mark] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.lines = []
        for match in re.finditer(r"[^\n]+", self.text):
            stripped = match.group().strip()
            if stripped:
                start = match.start() + match.group().index(stripped)
                self.lines.append(Line(start, start + len(stripped), stripped))

    def free(self) -> list[int]:
        return [i for i in range(len(self.lines)) if i not in self.taken]

    def mark_lines(self, first: int, last: int, kind: str) -> None:
        self.marks.append((Span(self.lines[first].start, self.lines[last].end), kind))
        self.taken.update(range(first, last + 1))

    def mark(self, start: int, end: int, kind: str) -> None:
        self.marks.append((Span(start, end), kind))
        for index, line in enumerate(self.lines):
            if start <= line.start and line.end <= end:
                self.taken.add(index)


def _metadata(page: Page) -> None:
    for span, _key, _value in header_fields(page.text):
        page.mark(span.start, span.end, "metadata")


def _whole_lines(pattern: re.Pattern[str], kind: str, max_words: int) -> Callable[[Page], None]:
    def rule(page: Page) -> None:
        for i in page.free():
            line = page.lines[i]
            if line.words <= max_words and pattern.fullmatch(line.text):
                page.mark_lines(i, i, kind)

    return rule


def _copyright(page: Page) -> None:
    for i in page.free():
        line = page.lines[i]
        if line.words <= 40 and _COPYRIGHT.search(line.text):
            page.mark_lines(i, i, "copyright")


def _see_also(page: Page) -> None:
    for match in _SEE_ALSO_PAREN.finditer(page.text):
        page.mark(match.start(), match.end(), "see-also")
    _whole_lines(_SEE_ALSO_LINE, "see-also", 40)(page)


def _runs(indexes: list[int], keep: Callable[[int], bool]) -> list[list[int]]:
    """Runs of consecutive line numbers that all pass `keep`."""
    runs: list[list[int]] = []
    for i in indexes:
        if not keep(i):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _navigation(page: Page) -> None:
    def is_item(i: int) -> bool:
        return bool(_BULLET.match(page.lines[i].text)) and page.lines[i].words <= 6

    for run in _runs(page.free(), is_item):
        if len(run) >= 2:
            page.mark_lines(run[0], run[-1], "navigation")
    _whole_lines(_PIPE_NAV, "navigation", 20)(page)


def _printed_menu(page: Page) -> None:
    """A site's menu as a page printed to PDF keeps it: its items one to a line with neither bullets nor bars
    ("Home / Politics / Opinion / Video"), above the headline. Only a run opening the page is taken, of at least
    MENU_ITEMS short lines that state nothing (no figure, no sentence mark, no byline) before a longer line, so a
    pasted title, byline and place, or a list in the article, is never one."""
    run: list[int] = []
    for i in page.free():
        if (run and i != run[-1] + 1) or not _MENU_ITEM.fullmatch(page.lines[i].text):
            break
        run.append(i)
    if len(run) >= MENU_ITEMS and run[-1] + 1 < len(page.lines) and page.lines[run[-1] + 1].words > 3:
        page.mark_lines(run[0], run[-1], "navigation")


def _repeats(page: Page) -> None:
    """A caption or pull quote printed again: the later copy is marked, the first kept. A caption is never most of
    the page: a line holding more than half the page's words that opens with an earlier line is the article glued to
    its headline ("The Latest: Tribune says … LOS ANGELES (AP) — …", 4 of the 101 WCEP articles), and only the
    opening is marked."""
    earlier = _Earlier()
    half = sum(line.words for line in page.lines) / 2
    for i, line in enumerate(page.lines):
        repeated = earlier.repeats(line) if i not in page.taken and line.words >= 6 else 0
        if repeated and line.words > half and _runs_on(line, repeated):
            page.mark(line.start, line.start + repeated, "caption")
            earlier.add(line)
        elif repeated:
            page.mark_lines(i, i, "caption")
        else:
            earlier.add(line)


def _runs_on(line: Line, repeated: int) -> bool:
    """Whether the words after a line's repeated opening outnumber the opening's."""
    return len(line.text[repeated:].split()) > len(line.text[:repeated].split())


class _Earlier:
    """The lines kept so far, indexed so that each new line is compared with them at once: compared line by line,
    their words found again for every line, a 1 MB text took 20 s (and a 30 MB one hours) before the import could
    hear a cancel. A line repeats an earlier one when it starts with one of six words or more, or, unpunctuated, when
    three in five of its five-word runs are among the earlier lines' (read as one text, a wordless line breaking it)."""

    OPENING = 24  # characters that file a line under its opening

    def __init__(self) -> None:
        self.openings: set[str] = set()
        self.by_opening: dict[str, list[str]] = {}  # lines of six words or more, by their opening
        self.short: list[str] = []  # lines of six words or more shorter than an opening
        self.runs: set[str] = set()  # the five-word runs of the lines read so far, in lower case
        self.tail: list[str] = []  # the last four words, which run on into the next line
        self.unread: list[str] = []  # lines whose runs are read when a line first needs them (most pages: never)

    def add(self, line: Line) -> None:
        self.openings.add(line.text[:self.OPENING])
        if line.words >= 6:
            if len(line.text) >= self.OPENING:
                self.by_opening.setdefault(line.text[:self.OPENING], []).append(line.text)
            else:
                self.short.append(line.text)
        self.unread.append(line.text)

    def repeats(self, line: Line) -> int:
        """How many of the line's characters repeat earlier lines: its longest opening that is an earlier line, or
        the whole line when its five-word runs are mostly earlier ones; 0 when it repeats none."""
        opening = line.text[:self.OPENING]
        if opening in self.openings:
            openings = [len(text) for text in (*self.by_opening.get(opening, ()), *self.short)
                        if line.text.startswith(text)]
            if openings:
                return max(openings)
        if line.text.rstrip("\"'”’)").endswith((".", "!", "?", ":", ",")):
            return 0
        words = _WORD.findall(line.text.lower())
        grams = {" ".join(words[k:k + 5]) for k in range(len(words) - 4)}
        runs = self._runs()
        return len(line.text) if grams and sum(gram in runs for gram in grams) / len(grams) >= 0.6 else 0

    def _runs(self) -> set[str]:
        """The five-word runs of every line so far."""
        for text in self.unread:
            words = _WORD.findall(text.lower())
            run = self.tail + words if words else []
            self.runs.update(" ".join(run[k:k + 5]) for k in range(len(run) - 4))
            self.tail = run[-4:]
        self.unread = []
        return self.runs


def _captions(page: Page) -> None:
    free = page.free()
    for i in free:
        line = page.lines[i]
        if (_PHOTO_LINE.fullmatch(line.text) or _in_gallery(line.text)
                or (line.words <= CAPTION_WORDS and _CREDITED_CAPTION.fullmatch(line.text))):
            page.mark_lines(i, i, "caption")
        elif 0 < i < len(page.lines) - 1 and line.words <= 8 and _is_fragment(line.text):
            page.mark_lines(i, i, "caption")


def _in_gallery(text: str) -> bool:
    """Whether the line carries a slideshow's counter, its slide's number no more than their count."""
    return any(int(m.group(1)) <= int(m.group(2)) for m in _GALLERY_COUNTER.finditer(text))


def _is_fragment(text: str) -> bool:
    """A verbless noun phrase standing alone ("Soldiers who left Azovstal.") is a photo caption."""
    return bool(_FRAGMENT_CAPTION.fullmatch(text)) and not _PRONOUN_START.match(text) and not _FINITE.search(text)


def _embed_credit(page: Page) -> None:
    """An embedded post's credit: after its picture link, or closing the post's line without one ("… More info to
    follow. — Tracy Philbeck (@tracyphilbeck) August 9, 2015"), which the parse would read as the post's last words.
    The post's words are left: `analysis.attribution.posts` makes them the poster's statement."""
    for match in _EMBED_CREDIT.finditer(page.text):
        page.mark(match.start(), match.end(), "credit")
    credits = [span for span, kind in page.marks if kind == "credit"]
    for match in _POST_CREDIT.finditer(page.text):
        if not any(span.start < match.end() and match.start() < span.end for span in credits):
            page.mark(match.start(), match.end(), "credit")


def _later_video_blurbs(page: Page) -> None:
    """A station page opens with its own video's blurb (the story told short) and lists other videos after it, each
    a blurb closing with its stamp: those later ones tell other reports, or this one from an earlier broadcast, and
    are marked whole; the first is left to the credit and stamp entries of the page-line table."""
    blurbs = [i for i in page.free() if _BLURB_STAMP.search(page.lines[i].text)]
    for i in blurbs[1:]:
        page.mark_lines(i, i, "page")


def _teasers(page: Page) -> None:
    """A teaser carousel prints each item twice in a row: a headline, the second time with its date ("Will it snow
    in Philly tomorrow?" then "… tomorrow? Mar 9"), or a story's blurb, one after another. Both copies are marked:
    of a headline-like line after the title whose copy adds at most TEASER_TAIL words, and of sentences only in a run
    of CAROUSEL_PAIRS pairs or more, so a paragraph pasted twice keeps its first copy (`_repeats`)."""
    free = page.free()
    runs: list[list[int]] = []  # the first lines of pairs, a pair after another in one run
    for i, j in zip(free, free[1:]):
        if i > 0 and j == i + 1 and _copied(page.lines[i], page.lines[j]):
            if runs and runs[-1][-1] == i - 2:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        for i in run:
            if len(run) >= CAROUSEL_PAIRS or _teaser_headline(page.lines[i], page.lines[i + 1]):
                page.mark_lines(i, i + 1, "more-news")


def _copied(first: Line, second: Line) -> bool:
    return 4 <= first.words and second.text.startswith(first.text) and second.words - first.words <= TEASER_TAIL


def _teaser_headline(first: Line, second: Line) -> bool:
    return first.words <= 20 and not _ends_sentence(first.text) and not _ends_sentence(second.text)


def _ends_sentence(text: str) -> bool:
    """Whether a line closes as a sentence or a quoted one does ("… cut the cable. ”")."""
    return text.rstrip("\"'”’)» ").endswith((".", "!", ",", ";", ":"))


def _headline_like(line: Line, max_words: int = 20) -> bool:
    return 1 <= line.words <= max_words and not line.text.rstrip("\"'”’)»").endswith((".", ",", ";", ":"))


def _more_news(page: Page) -> None:
    free = page.free()
    for position, i in enumerate(free):
        if not _MORE_NEWS.fullmatch(page.lines[i].text):
            continue
        last = i
        for j in free[position + 1:]:
            if j != last + 1 or page.lines[j].words > 25:
                break
            last = j
        if last > i:
            page.mark_lines(i, last, "more-news")
            return


def _credit(page: Page) -> None:
    for i in reversed(page.free()[-4:]):
        line = page.lines[i]
        if line.words <= 6 and _CREDIT.fullmatch(line.text):
            page.mark_lines(i, i, "credit")
            return


def _trailing_headlines(page: Page) -> None:
    """Related-story blocks left at the end of a capture: two or more unpunctuated short lines."""
    free = page.free()
    if not free:
        return
    last_run = _runs(free, lambda i: i > 0 and _headline_like(page.lines[i]))
    if last_run and last_run[-1][-1] == free[-1] and len(last_run[-1]) >= 2:
        page.mark_lines(last_run[-1][0], last_run[-1][-1], "more-news")


def _related_headlines(page: Page) -> None:
    """Other stories' headlines a crawl keeps above the article ("Iowa GOP official says Christians should enjoy
    special rights", over a report of a baby shot in Brooklyn): a run of at least RELATED_RUN headline-like lines
    between the title and the first sentence of prose, none of which shares more than a fifth of its words with the
    article below. A story's own highlights over it repeat its names and places, and a page whose body is too short
    to tell (a crawl that kept only the highlights) is left alone. On the GVA crawl this takes blocks of 5 of
    6,335 articles (rawstory.com's lists in four, a run of photo credits in one), and no line of ECB+ train or dev,
    PolNeAR train, BASIL or the WCEP sample (training/count_page_lines.py --related)."""
    free = page.free()
    first = next((i for i in free if _is_prose(page.lines[i])), None)
    if first is None:
        return
    below = " ".join(line.text for line in page.lines[first:])
    if len(below.split()) < RELATED_BODY_WORDS:
        return
    body = {w.lower() for w in _LONG_WORD.findall(below)}
    for run in _runs([i for i in free if 0 < i < first], lambda i: _is_other_headline(page.lines[i].text, body)):
        if len(run) >= RELATED_RUN:
            page.mark_lines(run[0], run[-1], "page")


def _is_prose(line: Line) -> bool:
    return line.words >= 12 and line.text.rstrip("\"'”’)").endswith((".", "!", "?"))


def _is_other_headline(text: str, body: set[str]) -> bool:
    """A headline (capitalised, 4-20 words, no closing stop, bracket, date or time) sharing at most a fifth of its
    words of five letters or more with the article's body."""
    if not (4 <= len(text.split()) <= 20 and (text[0].isupper() or text[0] in "\"'‘“") and not text.isupper()):
        return False
    if text.rstrip("\"'”’»").endswith((".", ",", ";", ":", "?", "!", ")")) or _DATED.search(text):
        return False
    words = {w.lower() for w in _LONG_WORD.findall(text)}
    return len(words & body) <= RELATED_SHARE * max(1, len(words))


def _page_lines(page: Page) -> None:
    """The web page around the article, kept by a crawl or a copy ("Please enable Javascript to
    watch this video", sign-in and alert forms, widget labels): short lines the data file lists,
    each entry saying where it was seen. Last, so it only adds to what the other rules found.
    A 'span' entry marks only the words it matches, in a line of any length: a video blurb's credit
    ("News4's Derrick Ward reports.") shares its line with the blurb's own report."""
    for i in page.free():
        line = page.lines[i]
        if line.words <= _PAGE_LINES["max_words"] and any(
            pattern.fullmatch(line.text) if whole else pattern.search(line.text) for pattern, whole in _LINE_PATTERNS
        ):
            page.mark_lines(i, i, "page")
    for i in page.free():
        line = page.lines[i]
        for pattern in _SPAN_PATTERNS:
            for match in pattern.finditer(line.text):
                page.mark(line.start + match.start(), line.start + match.end(), "page")


RULES: list[tuple[str, Callable[[Page], None]]] = [
    ("metadata", _metadata),
    ("copyright", _copyright),
    ("share", _whole_lines(_SHARE, "share", 15)),
    ("see-also", _see_also),
    ("navigation", _navigation),
    ("printed menu", _printed_menu),
    ("teasers", _teasers),
    ("repeated caption", _repeats),
    ("caption", _captions),
    ("embedded post credit", _embed_credit),
    ("later video blurbs", _later_video_blurbs),
    ("more news", _more_news),
    ("credit", _credit),
    ("trailing headlines", _trailing_headlines),
    ("related headlines", _related_headlines),
    ("page lines", _page_lines),
]


def page_lines(text: str, other_marks: Sequence[Span]) -> list[Span]:
    """The page-line marks import would give `text` today (related headlines and the table's lines), given its
    marks of other kinds: a corpus imported before the table (or an entry of it) existed gets them afterwards."""
    page = Page(text)
    marked = Covering(other_marks)
    page.taken.update(i for i, line in enumerate(page.lines) if marked.holds(line.start, line.end))
    _related_headlines(page)
    _page_lines(page)
    return sorted(span for span, _kind in page.marks)


def find_boilerplate(text: str, parts: Parts = unheard) -> list[Mark]:
    """Spans of junk in `text`, each with its kind, in text order; ``parts`` hears each rule done (and may cancel
    there): a long text's rules take a second or more, which a bar shows."""
    page = Page(text)
    for done, (_name, rule) in enumerate(RULES, 1):
        rule(page)
        parts(done, len(RULES), "rules")
    return sorted(page.marks)
