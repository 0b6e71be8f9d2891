"""When and by whom a document was published, and how we know: metadata, dateline, text or import.

`gather` collects what a document says about its own date and outlet (its evidence), once, at
import. `resolve` decides from that evidence, the researcher's corrections and the corpus around
it, in a fixed order of trust: the researcher, the file's metadata, the dateline, the page's own
stamp in the text ("Posted: …"), a date line, an estimate from the text (an "Updated: …" stamp, when
the page was last changed; the lead's weekday), and last the import time, which is marked as such. Sources
that disagree by more than a day are kept as conflicts and shown, never silently dropped; a date
after the import or before 1900 is flagged. Plain data in, plain data out: no SQL here.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from viewer.corpus import page_stamps
from viewer.corpus.capital_dates import capital_dates
from viewer.corpus.dates import (
    dates_only, only_dates,
    WEEKDAYS, DatePhrase, Stamp, date_phrases, parse_date, weekday_on_or_after, weekday_phrases,
)
from viewer.corpus.metadata import header_fields, outlet_credits
from viewer.corpus.numeric_dates import is_numeric, numeric_dates, order_said, two_readings
from viewer.corpus.sentence_ends import next_sentence_end
from viewer.corpus.spans import Covering, Span
from viewer.jobs import Parts, unheard

READER_VERSION = "21"  # 21: a month's abbreviation before its day ends no sentence ("Aug. 25");
# 20: whether a day is to come reads its sentence from the shared sentence ends (clock
# times, titles); 19: a day is to come by its own clause; a past yearless mention is read on or before
# the report's date; 18: a dateline with its year and no place; a quoted will or a listed day is not to come;
# the lead weekday is not counted from a month-first day written with its year; 17: the day a lead names with its weekday dates the report (estimate) unless it looks
# ahead or the article's year lacks that weekday; 16: a yearless date takes the year nearest the document's own full date, else the
# corpus's span of stated dates when it is a year at most, else none (saying why); 15: a yearless date is never
# read in the import's year (undated, saying why); a date in brackets opening the lead with a dash ("(05/24/15) - …");
# a date line under a correction at the foot is the correction's (updated); 14: a year written after a date with none
# ("November 27-2005") or in the address or file name, and the date's weekday, give it its year before the corpus's usual year; 13: a dateline set off by a horizontal bar
# ("WASHINGTON ―", HuffPost); 12: an update marker in the text ("UPDATE, MAY 20:") dates the page as an estimate; the
# station named in a copyright notice, not the company owning it ("WSMV (Meredith Corporation)"); 11: an outlet's name
# on its own line under the headline ("Pittsburgh Tribune-Review"); 10: labelled numeric stamps ("Created: 08/09/2014")
# in the page's order, a press release's date, a credit or byline and its date on one line, a summary line ending in a
# date and time; 9: a two-way numeric date settled by the page's language or its address's country, or by a reading
# after the page existed; a "PUBLISHED: … | UPDATED: …" pair down to line 10; day-first dates in capitals;
# 8: numeric dates when one order is possible, a lone dateline line, archive.today headers and addresses, the latest
# embedded post and a web archive's capture as estimates; 7: a header's date in capitals or beside a time zone; 6: a
# PDF's creation date only as an estimate, a day in the page's own address or share line; 5: page stamps
# ("Posted: …"), a dateline under a pasted headline or on one of the first lines; 4: a copyright notice's year span or
# second mark, a date in a dateline's brackets; 3: a notice's "by" and dash; bump when `gather` reads differently, so
# stored evidence is gathered again
SOURCES = ("metadata", "dateline", "text", "import")
Mark = tuple[Span, str]

_HEAD_LINES = 4  # a date alone on one of the first (or last) lines is the page's own date line
_PLACE = r"[A-Z][\w'’.\-]+(?:[ ,]+[A-Z][\w'’.\-]+){0,3}"
_AGENCY = r"(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<slashed>[^/\n]{2,30})/)"
_DATELINES = (
    re.compile(rf"(?P<place>{_PLACE})\s*(?:,\s*(?P<date>[^()/\n—–]{{3,40}}?))?\s*{_AGENCY}?\s*\.?\s*(?:[—–:]|--?)\s"),
    re.compile(rf"(?P<place>{_PLACE}),\s*(?P<date>[^()/\n—–]{{3,40}}?)\.?\s*/(?P<slashed>[^/\n]{{2,30}})/\.?\s"),  # TASS
)
_UPDATE_PLACE = re.compile(r"(?i:updated?|correction|editor'?s note)")
_DATELINE_LINES = 6  # a dateline with its date may open any of the first lines of a saved page
_MENTIONED = 60  # dates mentioned in the body kept as evidence, at most
FUTURE_SLACK = timedelta(days=1)  # time zones: a report dated tomorrow where it was filed


@dataclass(frozen=True)
class Evidence:
    """One thing a document says about itself.

    ``field`` is ``published`` (its own date), ``updated`` (the day its page says it was last
    changed), ``made`` (the day its file was made, a PDF's creation date), ``captured`` (the day a web archive captured its
    page), ``quoted`` (the day of a post it embeds), ``order`` (the order its numeric dates are written in, and
    what says so), ``two-way`` (a date line in numbers that reads two ways, "4/7/2013": value "2013-04-07|2013-07-04"),
    ``locale`` (the language tag its markup declares), ``outlet``, ``mentioned`` (a date the article talks about) or
    ``weekday`` (a weekday its lead names), ``pictured`` (the day a photo caption gives its picture) or ``year`` (a
    year its address or file name gives, or one written just after a date without one); ``value`` an ISO date,
    ``--MM-DD`` for a date without a year, a weekday number or a name; ``detail`` the kind of place it was found
    ("file metadata", "header line", "dateline", "stamp", "copyright line", "lead"…).
    """

    field: str
    source: str
    value: str
    detail: str
    phrase: str = ""
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        data = {"field": self.field, "source": self.source, "value": self.value, "detail": self.detail}
        if self.phrase:
            data["phrase"] = self.phrase
        if self.start is not None:
            data |= {"start": self.start, "end": self.end}
        return data

    @classmethod
    def from_json(cls, data: Mapping) -> Evidence:
        return cls(data["field"], data["source"], data["value"], data["detail"], data.get("phrase", ""),
                   data.get("start"), data.get("end"))


@dataclass(frozen=True)
class Dating:
    """What the timeline uses for one document, with its reasons.

    ``published`` is None when nothing dates the document; ``placed`` is then the import day and
    ``date_from`` "import". ``conflicts`` are the other sources' dates that disagree with it.
    """

    published: str | None
    placed: str
    date_from: str
    explanation: str
    estimated: bool = False
    corrected: bool = False
    conflicts: tuple[tuple[str, str], ...] = ()
    flags: tuple[str, ...] = ()
    outlet: str | None = None
    outlet_from: str | None = None
    outlets: tuple[tuple[str, str], ...] = ()  # (source, name) of every outlet the document names

    @property
    def undated(self) -> bool:
        """Whether nothing dates the document: its import day is no publication day, never a first report's."""
        return self.date_from == "import"

    def to_json(self) -> dict:
        return {
            "published": self.published, "placed": self.placed, "date_from": self.date_from,
            "explanation": self.explanation, "estimated": self.estimated, "corrected": self.corrected,
            "conflicts": [list(c) for c in self.conflicts], "flags": list(self.flags),
            "outlet": self.outlet, "outlet_from": self.outlet_from, "outlets": [list(o) for o in self.outlets],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Dating:
        return cls(
            data["published"], data["placed"], data["date_from"], data["explanation"], data["estimated"],
            data["corrected"], tuple(tuple(c) for c in data["conflicts"]), tuple(data["flags"]),
            data["outlet"], data["outlet_from"], tuple(tuple(o) for o in data["outlets"]),
        )


# -- gathering: what the text and the file say ---------------------------------------------------


# Formats whose only date is the day the file was made, not the article's: a browser's "Save as PDF" or
# "Print to PDF" writes the day the researcher saved the page as the PDF's creation date, so a folder saved
# in one sitting read as published in one day, ahead of the dateline the text gives. Word sets a .docx's the same way.
MADE_ON_SAVING = frozenset({"pdf", "docx"})


READINGS = 7  # the readings `gather` says as parts: a long text's dates take a second or more, which a bar shows


def gather(text: str, marks: Sequence[Mark], stored: Mapping[str, str | None],
           declared: Collection[str] | None = None, file_format: str | None = None,
           parts: Parts = unheard) -> list[Evidence]:
    """Everything a document says about its date and outlet.

    ``stored`` holds the published/outlet values import kept; ``declared`` names the fields the
    file itself declared (record fields, HTML metadata). For documents imported before this was
    recorded it is None, and a stored outlet that the text's own credit line gives is read as text.
    ``file_format``: a stored date of a format in `MADE_ON_SAVING` says when the file was made
    (evidence ``made``), which places the article only when nothing else does. ``parts`` hears each of the
    READINGS done, where a cancel is heard too: each may read the whole text (seconds each in a 30 MB file).
    """
    found: list[Evidence] = []
    header = {key: (span, value) for span, key, value in header_fields(text)}
    found += _stored_date(stored.get("published"), header, file_format in MADE_ON_SAVING)
    found += _stored_outlet(text, marks, stored.get("outlet"), header, declared)
    locale = stored.get("locale")
    said = order_said(text, locale or stored.get("language"), stored.get("url"))
    order = said[0] if said else None
    parts(1, READINGS, "readings")
    if locale:  # kept, so that gathering again (a newer reader) knows it: only the page's markup said it
        found.append(Evidence("locale", "metadata", locale, "page's language tag"))
    if said:
        found.append(Evidence("order", "text" if said[2] else "metadata", said[0], said[1]))
    start = _content_start(text, marks)
    head = _archive_head(text, start)
    found += _saved_from(text, start, head)
    start = max(start, head)
    found += (_dateline(text, start, order) or _dateline(text, _under_headline(text, start), order)
              or _dated_dateline(text, start, order) or _unplaced_dateline(text, start, order))
    parts(2, READINGS, "readings")
    found += _stamped(text, [e for e in found if e.start is not None], head, order)
    parts(3, READINGS, "readings")
    written = _page_dates(text, 0, len(text), order)  # every date the text writes, read once for the two below
    found += _date_lines(text, written, [e for e in found if e.start is not None], order, head)
    if order is None:
        found += _two_way_stamps(text, [e for e in found if e.start is not None], head)
        found += _two_way_lines(text, [e for e in found if e.start is not None], head)
    parts(4, READINGS, "readings")
    found += _update_lines(text, [e for e in found if e.start is not None], order, head)
    found += _addressed(text, stored.get("url"))
    parts(5, READINGS, "readings")
    found += _mentioned(text, start, written, marks, [e for e in found if e.start is not None])
    parts(6, READINGS, "readings")
    found += _quoted_posts(text)  # also mentioned: a post's day is a day the article talks about
    found += _pictured(text, start)  # also mentioned: a photo's day is a day the article talks about
    found += _lead_days(text, marks, start)
    found += _years(text, found, stored.get("url"), stored.get("name"))
    parts(7, READINGS, "readings")
    return found


def _stored_date(value: str | None, header: Mapping, made: bool = False) -> list[Evidence]:
    if not value:
        return []
    detail = "header line" if "published" in header else "file metadata"
    span = header["published"][0] if "published" in header else None
    day = parse_date(value)
    if day is None:
        return [Evidence("published", "metadata", value, "unreadable " + detail, value)]
    if made and span is None:  # the file's own creation date, not a date its text states
        return [Evidence("made", "metadata", day.isoformat(), "creation date", value)]
    return [Evidence("published", "metadata", day.isoformat(), detail, value,
                     span.start if span else None, span.end if span else None)]


def _stored_outlet(text: str, marks: Sequence[Mark], value: str | None, header: Mapping,
                   declared: Collection[str] | None) -> list[Evidence]:
    credits = outlet_credits(text, marks)
    out = []
    if value:
        if "outlet" in header and header["outlet"][1] == value:
            span = header["outlet"][0]
            out.append(Evidence("outlet", "metadata", value, "header line", value, span.start, span.end))
        # An outlet the file did not declare was read from the text, maybe by an earlier reader: the
        # credits read now stand for it.
        elif "outlet" in declared if declared is not None else all(name != value for _s, _k, name in credits):
            out.append(Evidence("outlet", "metadata", value, "file metadata", value))
    for span, kind, name in credits:
        detail = "name under the headline" if kind == "nameplate" else f"{kind} line"
        out.append(Evidence("outlet", "text", name, detail, span.text_of(text), span.start, span.end))
    return out


def _content_start(text: str, marks: Sequence[Mark]) -> int:
    """Where the article proper starts: past metadata header lines and leading blank space."""
    position = 0
    for span, kind in sorted(marks):
        if kind != "metadata" or text[position:span.start].strip():
            break
        position = span.end
    match = re.compile(r"\S").search(text, position)
    return match.start() if match else len(text)


def _dateline(text: str, start: int, order: str | None = None) -> list[Evidence]:
    """"KYIV, April 13 (Reuters) -", "MOSCOW, 13.04.2022. /TASS/.": the filing place, date and agency.
    A dateline may stand alone on its line with its date ("WASHINGTON, DC, April 28, 2009"; "KYIV, Ukraine
    (AP) — April 13, 2022"). ``order`` is the page's order for numeric dates (`numeric_dates`)."""
    line_end = text.find("\n", start)
    end = len(text) if line_end < 0 else line_end
    match = next((m for m in (p.match(text, start, end) for p in _DATELINES) if m), None)
    if match is None:
        return _lone_dateline(text, start, end, order)
    out = []
    if match["date"]:
        phrases = _day_phrases(text, match.start("date"), match.end("date"), order)
        if phrases:
            out.append(_date_evidence("published", "dateline", phrases[0], "dateline"))
    groups = match.groupdict()
    agency = groups.get("agency") or groups.get("slashed")
    position = match.start("agency") if groups.get("agency") else match.start("slashed")
    # "RICHMOND, Ind. (April 11, 2014) –": the brackets date the filing; "UPDATE (April 21, 2022):" a change
    if agency and not out and not _UPDATE_PLACE.fullmatch(match["place"]):
        phrases = _day_phrases(text, position, position + len(agency), order)
        if phrases:
            out.append(_date_evidence("published", "dateline", phrases[0], "dateline"))
    # "KYIV, Ukraine (AP) — April 13, 2022": the date after the dash, alone on the line
    if not out and not _UPDATE_PLACE.fullmatch(match["place"]) and _DASHED.search(match.group()):
        phrases = _day_phrases(text, match.end(), end, order)
        if phrases and only_dates(text[match.end():end], phrases[0].text) and phrases[0].start == _first_word(text, match.end()):
            out.append(_date_evidence("published", "dateline", phrases[0], "dateline"))
    # "INDIANAPOLIS, Ind. (Feb. 20, 2014) —", "UPDATE (March 1, 2017 11:30 a.m.):": the brackets hold a date
    if agency and agency.strip()[:1].isupper() and not _page_dates(text, position, position + len(agency), order):
        name = agency.strip()
        out.append(Evidence("outlet", "dateline", name, "agency in the dateline", name, position, position + len(name)))
    return out


def _lone_dateline(text: str, start: int, end: int, order: str | None) -> list[Evidence]:
    """"WASHINGTON, DC, April 28, 2009" alone on its line: a place, a comma, and nothing but its date, with
    its year ("Greenfield, Feb. 24" alone heads an entry of a police log as often as a story)."""
    line = text[start:end].rstrip()
    for comma in (m.start() for m in re.finditer(",", line)):
        if not re.fullmatch(_PLACE, line[:comma]) or _UPDATE_PLACE.fullmatch(line[:comma]) or dates_only(line):
            continue  # "Sun, 15 Sep 2013", "Published, 2 March 2024": a date line, not a place
        phrases = _day_phrases(text, start + comma + 1, start + len(line), order)
        rest = line[comma + 1:].strip()
        if phrases and phrases[0].full and phrases[0].start == _first_word(text, start + comma + 1) \
                and only_dates(rest, phrases[0].text) \
                and re.fullmatch(r"[\s.,:|—–-]*", text[phrases[0].end:start + len(line)]):
            return [_date_evidence("published", "dateline", phrases[0], "dateline")]
    return []


_DASHED = re.compile(r"(?:[—–]|--?)\s$")  # a dateline's dash, not a stamp's colon ("Published: …")


def _first_word(text: str, position: int) -> int:
    match = re.compile(r"\S").search(text, position)
    return match.start() if match else position


def _page_dates(text: str, start: int, end: int, order: str | None) -> list[DatePhrase]:
    """The dates written in ``text[start:end]``, in words (day first in capitals too: "MON 22 JUL 2013") or in
    numbers; a numeric date only where it reads one way on this page (``order``: `numeric_dates`), so
    "03.04.2022" alone dates nothing."""
    words = [p for p in date_phrases(text, start, end) if not is_numeric(p)]
    words += [p for p in capital_dates(text, start, end) if not any(w.start < p.end and p.start < w.end for w in words)]
    numbers = [p for p in numeric_dates(text, start, end, order)
               if not any(w.start < p.end and p.start < w.end for w in words)]
    return sorted(words + numbers, key=lambda p: p.start)


def _day_phrases(text: str, start: int, end: int, order: str | None) -> list[DatePhrase]:
    return [p for p in _page_dates(text, start, end, order) if p.day is not None]


def _dated_dateline(text: str, start: int, order: str | None = None) -> list[Evidence]:
    """A dateline with its date opening one of the first lines, below what a saved page puts over the
    story ("× Headline", "Please enable Javascript…", a photo caption): "HENRY COUNTY, Ind. (Aug. 28,
    2015) – Officials…". Only its date is taken: below the first lines it names the place, not the outlet."""
    lines = [m.start() for m in re.finditer(r"[^\n]+", text[start:]) if m.group(0).strip()][:_DATELINE_LINES]
    for line_start in lines[1:]:
        dated = [e for e in _dateline(text, start + line_start, order) if e.field == "published"]
        if dated:
            return dated
    return []


# A dateline with its date and no place, opening the lead: in brackets, "(05/24/15) - It has been an extremely violent
# weekend in the city of Flint." (a Michigan station's pages on the GVA crawl: 10 pages; within a day of the crawl's
# date 4 of the 5 in its develop half, the fifth 4 days off where the page's own date is the likelier one), or bare with
# its year and a spaced dash, "June 17, 2013 - Houston police are investigating…" (a police department's releases).
_UNPLACED = (re.compile(r"\(\s*(?P<date>[^()\n]{6,30}?)\s*\)\s*(?:[—–]|--?)\s"),
             re.compile(r"(?P<date>[^()\n—–-]{6,30}?)\s+(?:[—–]|--?)\s"))


def _unplaced_dateline(text: str, start: int, order: str | None = None) -> list[Evidence]:
    """The date of a lead that opens with it and a dash, on one of the first lines: the whole bracket, or all before
    the dash, a date with its day and year (in numbers only where it reads one way on this page). Lines that each open
    so are a list of dated entries (a timeline, a video playlist), none the page's own date."""
    lines = [m.start() for m in re.finditer(r"[^\n]+", text[start:]) if m.group(0).strip()][:_DATELINE_LINES]
    found = [e for line_start in lines if (e := _unplaced_date(text, start + line_start, order))]
    return found if len(found) == 1 else []


def _unplaced_date(text: str, start: int, order: str | None) -> Evidence | None:
    for pattern in _UNPLACED:
        match = pattern.match(text, start)
        if match is None:
            continue
        phrases = _day_phrases(text, match.start("date"), match.end("date"), order)
        if phrases and phrases[0].full and (phrases[0].start, phrases[0].end) == match.span("date"):
            return _date_evidence("published", "dateline", phrases[0], "dateline")
    return None


def _under_headline(text: str, start: int) -> int:
    """Where the line under a headline starts, or ``start`` when the first line is not one: a pasted
    article opens "Headline", blank line, "RICHMOND, Ind. (April 11, 2014) – Four men were…"."""
    line_end = text.find("\n\n", start)
    if line_end < 0 or "\n" in text[start:line_end]:
        return start
    line = text[start:line_end].strip()
    if not 2 <= len(line.split()) <= 25 or line.endswith((".", ",", ";", ":")):
        return start
    following = re.compile(r"\S").search(text, line_end)
    return following.start() if following else start


def _stamped(text: str, taken: Sequence[Evidence], head: int = 0, order: str | None = None) -> list[Evidence]:
    """"Posted: Tuesday, January 28, 2014 8:18 PM EST", "(Published Monday, Dec. 15, 2014)": the page's
    own stamp, anywhere on one of the first lines (a pasted headline often runs into it), or opening one
    of the last. A stamp lower down, or inside a line at the bottom, is a caption's or a quoted post's,
    unless it is the page's pair of stamps under a summary (`_stamp_pairs`). A date in numbers is read in
    the page's ``order`` (`page_stamps`).
    "Updated" stamps are kept apart: a page changed on that day was published on it or before."""
    out = []
    for stamp in _page_stamps(text, head, order):
        if not _within(stamp.date, taken):
            out.append(_stamp_evidence(text, stamp))
    return out


def _page_stamps(text: str, head: int, order: str | None, two_way: bool = False) -> list:
    """The stamps on the lines where a page puts its own: the first few anywhere in them, the last few and
    a summary's pair (`_stamp_pairs`) opening them. ``two_way``: those whose date in numbers reads two ways
    (`page_stamps.two_way`), as (stamp, the day-first reading)."""
    lines = _lines(text, head)
    out = []
    deeper = _stamp_pairs(text, lines, order) + _release_lines(text, lines)
    for line_start, line_end in dict.fromkeys(lines[:_HEAD_LINES] + lines[-_HEAD_LINES:] + deeper):
        opening = re.compile(r"\W*").match(text, line_start).end()
        found = page_stamps.two_way(text, line_start, line_end) if two_way else page_stamps.stamps(text, line_start, line_end, order)
        for item in found:
            stamp = item[0] if two_way else item
            if (line_start, line_end) in lines[:_HEAD_LINES] or stamp.start == opening:
                out.append(item)
    return out


_STAMP_PAIR_LINES = 10  # a headline and the summary points a page prints over its stamps ("PUBLISHED: … | UPDATED: …")


def _stamp_pairs(text: str, lines: Sequence[tuple[int, int]], order: str | None = None) -> list[tuple[int, int]]:
    """Lines below the first few, among the first `_STAMP_PAIR_LINES`, that open with the page's pair of
    stamps: a published one, then an updated one on the same line or opening the next ("PUBLISHED: 02:31
    GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013" under the Daily Mail's summary points). A
    caption or a quoted post carries one stamp, not the pair."""
    out = []
    top = lines[:_STAMP_PAIR_LINES + 1]
    for (line_start, line_end), following in zip(top[_HEAD_LINES:_STAMP_PAIR_LINES], top[_HEAD_LINES + 1:] + [None]):
        found = page_stamps.stamps(text, line_start, line_end, order)
        opening = re.compile(r"\W*").match(text, line_start).end()
        if not found or found[0].updated or found[0].start != opening:
            continue
        later = [s for s in found[1:] if s.updated]
        if following is not None:
            next_opening = re.compile(r"\W*").match(text, following[0]).end()
            later += [s for s in page_stamps.stamps(text, *following, order) if s.updated and s.start == next_opening]
        if later:
            out.append((line_start, line_end))
    return out


# A press release's heading: "FOR IMMEDIATE RELEASE", then the day it was released ("DATE: September 15, 2016 9:11:51 AM
# CDT", "May 10th, 2016") on its line or the next, under the agency's name and a headline.
_RELEASE = re.compile(r"\W*for immediate release\b[\s:.,|–—-]*", re.IGNORECASE)


def _release_lines(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a press release's date stands, among the first `_STAMP_PAIR_LINES`: the rest of its "FOR IMMEDIATE
    RELEASE" line, or the line under it. The release is published that day, however far below the top. A page
    with several such headings is a list of releases (a police department's news page), dated by none of them."""
    if len([line for line in lines if _RELEASE.match(text, *line)]) > 1:
        return []
    top = lines[:_STAMP_PAIR_LINES]
    for index, (line_start, line_end) in enumerate(top):
        heading = _RELEASE.match(text, line_start, line_end)
        if heading is None:
            continue
        if text[heading.end():line_end].strip():
            return [(heading.end(), line_end)]
        return list(top[index + 1:index + 2])
    return []


def _two_way_stamps(text: str, taken: Sequence[Evidence], head: int = 0) -> list[Evidence]:
    """A stamp saying when the page was put out in numbers that read two ways ("Created: 08/09/2014 5:14 AM"), on
    a page that does not say its order: kept with both readings, as `_two_way_lines` keeps a date line's."""
    return [Evidence("two-way", "text", f"{stamp.date.full.isoformat()}|{day_first.full.isoformat()}", "stamp",
                     stamp.date.text, stamp.date.start, stamp.date.end)
            for stamp, day_first in _page_stamps(text, head, None, two_way=True)
            if not stamp.updated and not _within(stamp.date, taken)][:1]


def _stamp_evidence(text: str, stamp: Stamp) -> Evidence:
    return Evidence("updated" if stamp.updated else "published", "text", _value(stamp.date), "stamp",
                    text[stamp.start:stamp.end], stamp.start, stamp.end)


def _date_evidence(field_: str, source: str, phrase: DatePhrase, detail: str) -> Evidence:
    return Evidence(field_, source, _value(phrase), detail, phrase.text, phrase.start, phrase.end)


def _value(phrase: DatePhrase) -> str:
    """An evidence's value: the ISO day, or ``--MM-DD`` when the phrase gives no year."""
    full = phrase.full
    return full.isoformat() if full else f"--{phrase.month:02d}-{phrase.day:02d}"


def _date_lines(text: str, written: Sequence[DatePhrase], taken: Sequence[Evidence], order: str | None = None,
                head: int = 0) -> list[Evidence]:
    """A line at the top or the bottom that only dates the page ("Published 13 April 2022", "4/7/2013 1:53:00
    AM"). One that opens "Updated"/"Last modified" says when the page last changed, kept as such (a stamp); so does
    one at the bottom under a correction ("CORRECTION: … misstated the year …" then "Saturday, March 19, 2016."):
    the day the correction was appended (PolNeAR train: 5 of 5 such pages, from 2 to 8 days after the article)."""
    lines = _lines(text, head)
    near = lines[:_HEAD_LINES] + lines[-_HEAD_LINES:] + _release_lines(text, lines)
    corrected = next((a for a, b in lines[_HEAD_LINES:] if _CORRECTION.match(text, a, b)), len(text))
    out = []
    named = [p.full for p in written if p.full is not None]
    for line_start, line_end in dict.fromkeys(near):
        line = text[line_start:line_end]
        phrases = [p for p in _day_phrases(text, line_start, line_end, order) if not _within(p, taken)]
        # a number alone on a line older than a day the text reports is a date of birth under a photo
        # ("Gary Shelton" / "10/12/1952" at the foot of a police release), not the page's date
        if phrases and phrases[0].full and not re.search(r"[A-Za-z]", phrases[0].text) \
                and any(day > phrases[0].full + timedelta(days=1) for day in named):
            continue
        if phrases and only_dates(line, phrases[0].text):
            if _CHANGED_LINE.match(line):
                out.append(_date_evidence("updated", "text", phrases[0], "stamp"))
            elif line_start > corrected and (line_start, line_end) not in lines[:_HEAD_LINES]:
                out.append(_date_evidence("updated", "text", phrases[0], "correction"))
            else:
                out.append(_date_evidence("published", "text", phrases[0], "date line"))
        elif phrases and (line_start, line_end) in lines[:_HEAD_LINES] and (
                _credited(text, line_start, line_end, phrases[0], order) or _timestamped(text, line_start, line_end, phrases)):
            out.append(_date_evidence("published", "text", phrases[0], "date line"))
    return out


# A summary line running into the page's timestamp: "Motive For Shooting Unknown; No One In Custody May 11, 2013 1:28 PM"
# (CBS's local sites print the headline's summary, then the day and time the story was put out).
_CLOCK_END = re.compile(r",?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\s*", re.IGNORECASE)


def _timestamped(text: str, line_start: int, line_end: int, phrases: Sequence[DatePhrase]) -> bool:
    """Whether the line is a summary (three words or more, no sentence ended, no stamp word) followed by a full date
    and a clock time that end it, the line's only date: a time of day beside a date is a timestamp, not prose."""
    if len(phrases) != 1 or phrases[0].full is None or not _CLOCK_END.fullmatch(text, phrases[0].end, line_end):
        return False
    summary = text[line_start:phrases[0].start]
    return len(summary.split()) >= 3 and not re.search(r"[.!?][\"'”’)]?\s", summary) \
        and not page_stamps.stamps(text, line_start, line_end) and not re.search(r"\b(?i:updated?|posted|published)\b", summary)


# Who wrote the page or put it out, before its date on one line: a byline ("By MetroNews in News | June 20, 2016 at
# 5:09PM", "By The Associated Press on Tue 06/30/2015 04:48am", "By Space Coast Daily // September 3, 2016"), an
# outlet ("The Republic | azcentral.com Sun Apr 14, 2013 10:26 PM", "Fox News | June 3, 2019"), or only the "on" a
# byline left ("on September 14, 2013 11:41am | Updated on …"). A bar, "//" or "on" parts them; a headline running
# into a date has none of these, and words in lower case, so it is not read.
_NAME = r"[A-Z][\w'’.&\-]*(?:,?\s+(?:[A-Z][\w'’.&\-]*|and|&|de|van|von|of|the))*"
_HOST = r"[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}"
_SEPARATOR = r"\s*(?:\||//|•|·)\s*"
_CREDIT = re.compile(
    rf"\W*(?:(?i:by):?\s+{_NAME}(?:\s+in\s+{_NAME})?(?:{_SEPARATOR}|\s+on\s+)"
    rf"|(?:{_NAME}|{_HOST})(?:{_SEPARATOR}(?:{_NAME}|{_HOST}))?{_SEPARATOR}"
    rf"|(?:{_NAME}{_SEPARATOR})?{_HOST}\s+"
    rf"|on\s+)(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?")


def _credited(text: str, line_start: int, line_end: int, phrase: DatePhrase, order: str | None) -> bool:
    """Whether the line is a credit, then the page's date with nothing after it but a time, a zone or the page's
    "Updated" stamp (`_CREDIT`)."""
    if phrase.full is None or not _CREDIT.fullmatch(text, line_start, phrase.start):
        return False
    rest = text[phrase.start:line_end]
    for stamp in page_stamps.stamps(text, phrase.end, line_end, order):
        if stamp.updated:
            rest = rest.replace(text[stamp.start:stamp.end], "", 1)
    return only_dates(rest, phrase.text)


def _two_way_lines(text: str, taken: Sequence[Evidence], head: int = 0) -> list[Evidence]:
    """A line at the top or the bottom that only dates the page in numbers that read two ways ("4/7/2013
    1:53:00 AM"), on a page that does not say its order: kept with both readings, so that an undated page
    says why, and never placed on one of them."""
    lines = _lines(text, head)
    out = []
    for line_start, line_end in dict.fromkeys(lines[:_HEAD_LINES] + lines[-_HEAD_LINES:] + _release_lines(text, lines)):
        for month_first, day_first in two_readings(text, line_start, line_end)[:1]:
            if not _within(month_first, taken) and only_dates(text[line_start:line_end], month_first.text) \
                    and not _CHANGED_LINE.match(text[line_start:line_end]):
                out.append(Evidence("two-way", "text", f"{month_first.full.isoformat()}|{day_first.full.isoformat()}",
                                    "date line", month_first.text, month_first.start, month_first.end))
    return out


# "UPDATE, MAY 20: Four persons…", "UPDATE @ 5:30 p.m. (Jan. 20):", "Update (9:20 p.m. 5/21/16)": a paragraph
# the page added on that day. The date must stand in the marker, before its colon: after it ("Update: On Aug. 6,
# Jackson was convicted") it is what the paragraph reports. Shapes counted on the GVA crawl's 6,335 pages.
_UPDATE_MARKER = re.compile(r"^(?:UPDATED?|Updated?)\b(?P<marker>[^\n]{0,45}?)(?:(?::|\s[—–-])(?=\s|$)|$)",
                            re.MULTILINE)
_CAPITAL_WORD = re.compile(r"\b([A-Z])([A-Z]+)\b")


def _update_lines(text: str, taken: Sequence[Evidence], order: str | None, head: int) -> list[Evidence]:
    """The earliest update marker's day anywhere in the text: the page existed then, so it was published on it or
    before. Its month may be in capitals ("MAY 20"), which a marker, unlike a headline, never means otherwise."""
    earliest = None
    for marker in _UPDATE_MARKER.finditer(text, head):
        start, end = marker.span("marker")
        said = text[:start] + _CAPITAL_WORD.sub(lambda m: m[1] + m[2].lower(), text[start:end]) + text[end:]
        phrases = [p for p in _day_phrases(said, start, end, order) if not _within(p, taken)]
        if phrases and (earliest is None or (phrases[0].month, phrases[0].day) < (earliest.month, earliest.day)):
            earliest = replace(phrases[0], text=text[phrases[0].start:phrases[0].end])
    return [_date_evidence("updated", "text", earliest, "update line")] if earliest else []


_CHANGED_LINE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# A correction's heading below the story ("CORRECTION:", "Correction appended"), not "Corrections officers said …"
_CORRECTION = re.compile(r"\W*corrections?\s*(?::|appended\b|\.?\s*$)", re.IGNORECASE)


def _lines(text: str, head: int = 0) -> list[tuple[int, int]]:
    """The non-blank lines' (start, end), past an archive's header (which ends at ``head``)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip() and m.start() >= head]


# A page saved from an archive and pasted with the archive's own header: archive.today's "webpage capture",
# "Saved from https://…", "1 Mar 2019 12:34:56 UTC", "All snapshots from host …"; the Wayback Machine's
# "The Wayback Machine - https://web.archive.org/web/2015…/…", "44 captures". Its dates are the capture's,
# not the article's; its "Saved from" address is the article's own.
_ARCHIVE_HEAD_LINES = 12
_ARCHIVE_MARK = re.compile(r"\barchive\.(?:today|ph|is|li|vn|fo|md)\b|webpage capture|\bWayback Machine\b|web\.archive\.org/web/"
                           r"|\bsnapshots? from\b|^\s*\d[\d,]* captures?\b|\bsaved from\W*https?://", re.IGNORECASE)
_SAVED_FROM = re.compile(r"\bsaved from\W*(https?://\S+)", re.IGNORECASE)


def _archive_head(text: str, start: int) -> int:
    """Where an archive's header over a saved page ends (0 when there is none): past the last of the first
    lines that names the archive or its capture."""
    lines = [m for m in re.compile(r"[^\n]+").finditer(text, start) if m.group().strip()][:_ARCHIVE_HEAD_LINES]
    marked = [m for m in lines if _ARCHIVE_MARK.search(m.group())]
    return marked[-1].end() if marked else 0


def _saved_from(text: str, start: int, head: int) -> list[Evidence]:
    """The day in the address an archive's header says the page was saved from."""
    for match in _SAVED_FROM.finditer(text, start, head):
        if day := _path_day(match.group(1)):
            return [Evidence("published", "text", day, "saved from", match.group(1), match.start(1), match.end(1))]
    return []


# The page's own address as its foot gives it ("Read or Share this story: http://…/2015/07/05/…", Gannett's
# sites on the GVA crawl), and a day in an address's path: /2015/07/05/ or /2015-07-05/, a date the site filed
# the story under. Only a labelled share line counts in the text: other addresses there link other stories.
_SHARE = re.compile(r"^\W*(?:read or share|share) this (?:story|article)\s*:\s*(https?://\S+)\s*$", re.IGNORECASE)
# A Wayback Machine capture's address carries the capture's time ("…/web/20160918165730/http://abc13.com/…"):
# the page was published then or before.
_CAPTURED = re.compile(r"^(?:https?:)?//(?:web|wayback)\.archive\.org(?::\d+)?/web/((?:19|20)\d\d)(\d\d)(\d\d)\d{0,6}"
                       r"(?:[a-z]{2}_)?/", re.IGNORECASE)
_PATH_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def _addressed(text: str, url: str | None) -> list[Evidence]:
    """The day in the document's own address: the address its file declared (a record's or a page's url
    field), or the one its share line gives at the foot of the text; and the day a web archive captured the
    page, when its address is the capture's (evidence ``captured``)."""
    out = []
    if url and (day := _path_day(url)):
        out.append(Evidence("published", "metadata", day, "address", url))
    if url and (captured := _CAPTURED.match(url)) and (day := _on(*(int(g) for g in captured.groups()))):
        out.append(Evidence("captured", "metadata", day.isoformat(), "archive capture", url))
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for line in lines[-_HEAD_LINES:]:
        shared = _SHARE.match(line.group())
        if shared and (day := _path_day(shared.group(1))):
            start = line.start() + shared.start(1)
            out.append(Evidence("published", "text", day, "share link", shared.group(1), start, start + len(shared.group(1))))
    return out


def _path_day(url: str) -> str | None:
    """The day an address's path is filed under, if one is (the last such day, past any archive's prefix)."""
    found = [m for m in _PATH_DAY.finditer(re.sub(r"^\w+://[^/]+", "", url.split("?")[0].split("#")[0]))]
    if not found:
        return None
    year, month, day = (int(g) for g in found[-1].groups())
    placed = _on(year, month, day)
    return placed.isoformat() if placed else None


# An embedded post as the page shows it: "… pic.twitter.com/x — Tia A. Ewing (@TIA_EWING) March 18, 2015".
_POSTED_BY = re.compile(r"[—–]\s[^—–\n]{1,60}\(@\w{1,30}\)\s+(?P<date>[^\n]{6,30})")


def _quoted_posts(text: str) -> list[Evidence]:
    """The days of the posts the page embeds (evidence ``quoted``): the page came out after the latest."""
    out = []
    for match in _POSTED_BY.finditer(text):
        phrases = date_phrases(text, match.start("date"), match.end("date"))
        if phrases and phrases[0].start == match.start("date") and phrases[0].full is not None:
            out.append(_date_evidence("quoted", "text", phrases[0], "quoted post"))
    return out


# A photo's caption over the story, ending in the day the picture was taken and its credit in brackets: "Police
# investigate a shooting in Auburn, Wash., Oct. 7, 2016. (Credit: KING)", "… on June 5, 2015. (Photo: WFAA)".
_CREDIT_AFTER = re.compile(r"\.?\s*\([^()\n]{2,40}\)\s*$")


def _pictured(text: str, start: int) -> list[Evidence]:
    """The day a photo caption on one of the first lines gives its picture (evidence ``pictured``): the page came out
    then or after, mostly the same day or the next (GVA crawl's develop half: 10 of 13 pages nothing else dated)."""
    out = []
    for line in [m for m in re.finditer(r"[^\n]+", text[start:]) if m.group(0).strip()][:_DATELINE_LINES]:
        credit = _CREDIT_AFTER.search(line.group(0))
        if credit is None:
            continue
        end = start + line.start() + credit.start()
        phrases = [p for p in date_phrases(text, start + line.start(), end) if p.full is not None and p.end == end]
        if phrases:
            out.append(_date_evidence("pictured", "text", phrases[-1], "photo caption"))
    return out


def _within(phrase: DatePhrase | Stamp, taken: Sequence[Evidence]) -> bool:
    return any(e.start <= phrase.start < e.end for e in taken)


def _mentioned(text: str, start: int, written: Sequence[DatePhrase], marks: Sequence[Mark],
               taken: Sequence[Evidence]) -> list[Evidence]:
    """Days the article talks about (of the dates ``written`` in it), outside page furniture: a report is rarely
    older than the latest it tells as past. A day its sentence looks ahead to (detail ``to come``: "is set for
    June 28") is after the report, not before it."""
    junk = Covering(span for span, _kind in marks)
    out = []
    for phrase in written:
        if phrase.day is None or _within(phrase, taken):
            continue
        if junk.holds_point(phrase.start):
            continue
        told = "to come" if _to_come(text, start, phrase.start) else "mentioned"
        out.append(_date_evidence("mentioned", "text", phrase, told))
    return out[-_MENTIONED:]


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _lead(text: str, start: int, paragraphs: int) -> tuple[int, int]:
    """The headline, if the text opens with one, and the ``paragraphs`` under it: a saved page opens "5 plead guilty
    in Bunny Friend Park shooting", blank line, "NEW ORLEANS -- … accepted plea deals Friday (October 14)."."""
    end = _under_headline(text, start)
    for _ in range(paragraphs):
        found = _PARAGRAPH_BREAK.search(text, end + 1)
        end = found.start() if found else len(text)
    return start, end


def _lead_days(text: str, marks: Sequence[Mark], start: int) -> list[Evidence]:
    """"accepted plea deals Friday (October 14)", "said on Monday, May 20,": the day the news broke, named in the lead
    with its weekday (evidence ``lead day``), and else "said on Wednesday" (evidence ``weekday``), in the reader's
    week."""
    junk = Covering(span for span, _kind in marks)
    dated = [(phrase, written) for phrase, written in _dated_weekdays(text, *_lead(text, start, _LEAD_PARAGRAPHS))
             if not junk.holds_point(written.start)][:1]
    end = text.find("\n\n", start)  # a weekday alone counts in the first paragraph only: on gva500, further down
    end = len(text) if end < 0 else end  # (under a headline) it was counted from the wrong day 5 times in 10
    out = [Evidence("lead day", "text", _value(written), "lead", text[phrase[0]:phrase[1]], *phrase)
           for phrase, written in dated]
    return out + [
        Evidence("weekday", "text", str(w.weekday), "lead", w.text, w.start, w.end)
        for w in weekday_phrases(text, start, end)
        if w.relation in ("on", "") and not junk.holds_point(w.start) and not _within_dated(w.start, dated)
        and not _to_come(text, start, w.start)  # "the hearing, which is set for Tuesday": a day ahead, not the news day
    ][:1]


_LEAD_PARAGRAPHS = 3  # a day named with its weekday is the news day this far down: under a caption, a dateline
_AHEAD = re.compile(r"\b(?:until|by|next|since|this|last)\s+$")  # as a lone weekday's relation (`weekday_phrases`)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z“\"])")  # not "p.m. on", "Dec. 9"
_FUTURE = re.compile(r"\b(?:will|shall)\b|\w'll\b|\b(?:planned|scheduled|set|slated|expected|due)\s+(?:for|to|on)\b",
                     re.I)  # leads of gva, gva500, basil, wcep, ECB+ dev: of 23 days dropped, 21 are to come
_PARENTHESISED = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*\(")  # "Wednesday night (Dec. 9)"


def _dated_weekdays(text: str, start: int, end: int) -> list[tuple[tuple[int, int], DatePhrase]]:
    """Days the lead writes with their weekday, where the phrase is and the date it writes: "Monday, May 20" and,
    as wire reports and their stations write it, "Friday (October 14)"."""
    written = [p for p in date_phrases(text, start, end) if p.day is not None and not _to_come(text, start, p.start)]
    out = [((p.start, p.end), p) for p in written
           if p.weekday is not None and not _AHEAD.search(text, max(p.start - 8, 0), p.start)]
    for w in weekday_phrases(text, start, end):
        opening = _PARENTHESISED.match(text, w.end) if w.relation in ("on", "") else None
        inside = next((p for p in written if opening and p.start == opening.end()), None)
        if inside is not None and text.startswith(")", inside.end):
            out.append(((w.start + len(w.text) - len(WEEKDAYS[w.weekday]), inside.end + 1), inside))
    return sorted(out, key=lambda found: found[0])


def _to_come(text: str, lead: int, position: int) -> bool:
    """Whether the sentence holding ``position`` speaks of what is to come ("Visitation will be held … on Saturday,
    Oct. 22"), or the day is an entry of a list ("dates have been scheduled:- Tuesday, Sept. 20 at 6 p.m.: …"): a
    day ahead of the report, not the news day. A "will" in someone's quoted words is theirs, not the sentence's:
    "“We will find him,” police said Friday (October 14)."""
    if _LISTED.search(text, max(lead, position - 4), position):
        return True
    opening = max(_opening(text, lead, position), text.rfind("\n", lead, position))
    before = _QUOTED.sub(_blanked, text[opening:position])
    ahead = list(_FUTURE.finditer(before))
    return bool(ahead) and not _PAST_VERB.search(before, ahead[-1].end())


def _opening(text: str, lead: int, position: int) -> int:
    """Where the sentence holding ``position`` opens, from ``lead`` on: the sentence readers' ends (`next_sentence_end`),
    so the stop of a title ("Sgt. Hale will") or of a clock time its sentence goes on after ("will be held at 11 a.m.
    Saturday") opens no sentence and the day keeps its clause's "will"."""
    opening = lead
    while (end := next_sentence_end(_SENTENCE_END, text, opening, position)) is not None:
        opening = end.end()
    return opening


# A verb in the past between the sentence's "will" and the day: the day is that clause's, told as past ("… will be
# allowed, the IRS announced Thursday", "will have to attend church … after a fire ripped through it on Friday"). Not a
# participle after an auxiliary ("will be arraigned Monday", "has been set for") or an article ("on a limited
# schedule Wednesday"), nor a word `_FUTURE` reads. Counted by training/count_coming_days.py on the leads of gva500,
# ECB+ train and BASIL (session 49): of 54 days read as to come, 12 were past, 11 of them after such a verb, now read
# as past; of the 43 left, 1 is past (a sentence run into the next without a space).
_PAST_VERB = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bto )"
                        r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bget )(?<!\bgot )(?<!\ba )(?<!\ban )(?<!\bthe )"
                        r"\b(?!(?:planned|scheduled|slated|expected)\b)(?:[a-z]{2,}ed|said|told|saying)\b")


_LISTED = re.compile(r"(?:^|[\n:;.])\s*[-–—•*·]\s*\Z")  # a list's entry opens with a dash or bullet after a colon
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def _blanked(match: re.Match) -> str:
    return " " * len(match.group())


def _within_dated(position: int, dated: Sequence[tuple[tuple[int, int], DatePhrase]]) -> bool:
    return any(s <= position < e for (s, e), _ in dated)


# A year the date phrases cannot read as the date's ("November 27-2005"), and one in an address or file name
# ("/2015/", "report-2007.txt"), not inside an id or a hash.
_YEAR = re.compile(r"(?<![\d.,$£€/:])((?:19|20)\d\d)(?![.,:]?\d)")
_ADDRESS_YEAR = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)(?![0-9A-Za-z])")
_BESIDE = 3  # characters between a date without a year and a year written after it ("November 27-2005")


def _years(text: str, found: Sequence[Evidence], url: str | None, name: str | None) -> list[Evidence]:
    """Years the document gives on their own (evidence ``year``): in its address or file name, or written just
    after a date its text gives without one ("November 27-2005"). They give that date its year; a year the body
    names elsewhere is mostly an earlier event's (ECB+ train: "descended into anarchy in 1991"), so it is not one."""
    out = [Evidence("year", "metadata", m.group(1), where, value)
           for where, value in (("address", url), ("file name", name))
           if value for m in _ADDRESS_YEAR.finditer(re.sub(r"^\w+://[^/]+", "", value.split("?")[0].split("#")[0]))]
    yearless = [e.end for e in found if e.value.startswith("--") and e.end is not None]
    for m in _YEAR.finditer(text):
        if any(0 <= m.start() - end <= _BESIDE for end in yearless):
            out.append(Evidence("year", "text", m.group(1), "beside the date", text[m.start():m.end()], m.start(), m.end()))
    return out


def stated_year(evidence: Sequence[Evidence]) -> int | None:
    """The year the document's own date states, if any: what the corpus's usual year is made of."""
    for e in evidence:
        if e.field == "published" and not e.value.startswith("--") and e.value[:4].isdigit():
            return int(e.value[:4])
    return None


# -- resolving: which date the timeline uses -----------------------------------------------------


@dataclass(frozen=True)
class CorpusDates:
    """The first and last day the corpus's documents that state their date give, and how many: what places a date that
    neither it nor its document gives a year. A corpus of one story's reports spans days or months, and its "May 20"
    is the one nearest that span; a corpus of stories from several years gives no such day."""

    first: date
    last: date
    documents: int

    def year_of(self, month: int, day: int) -> int | None:
        """The year that puts the day inside the span, or nearest it; None when the span is longer than a year."""
        if (self.last - self.first).days > _A_YEAR:
            return None
        days = [d for d in (_on(y, month, day) for y in range(self.first.year - 1, self.last.year + 2)) if d]
        return min(days, key=lambda d: (max((self.first - d).days, (d - self.last).days, 0), d)).year if days else None

    def said(self) -> str:
        """ "the 12 documents of the corpus that state their date run from 17 April to 21 December 2015" """
        if self.documents == 1:
            return f"the one document of the corpus that states its date is of {_day_words(self.last)}"
        first = _day_words(self.first) if self.first.year != self.last.year else f"{self.first.day} {self.first:%B}"
        return (f"the {self.documents:,} documents of the corpus that state their date run from {first} to"
                f" {_day_words(self.last)}")

    def years(self) -> range:
        return range(self.first.year, self.last.year + 1)


_A_YEAR = 366  # a span of the corpus's dates longer than this holds some day of the year twice


@dataclass
class _Context:
    imported: date
    corpus: CorpusDates | None


def resolve(evidence: Sequence[Evidence], imported_at: str, corrections: Mapping[str, str] | None = None,
            corpus: CorpusDates | None = None) -> Dating:
    """The document's date and outlet, each with where it came from, its conflicts and flags.

    ``corpus`` says when the corpus's dated documents were published: a "May 16" with no year anywhere in its
    document is read in the year nearest them (and marked as assumed), unless they span more than a year.
    """
    corrections = corrections or {}
    context = _Context(_day(imported_at), corpus)
    candidates = _candidates(evidence, corrections, context)
    outlet, outlet_from, outlets = _outlet(evidence, corrections)
    flags = ["unreadable"] if any(e.detail.startswith("unreadable") for e in evidence) else []
    if not candidates:
        contradicted = _weekday_contradicted(evidence, context)
        why = _two_ways(evidence) + (contradicted or _yearless(evidence, context))  # a date it gives, not placed
        return Dating(None, context.imported.isoformat(), "import",
                      f"no {'placeable ' if why else ''}date in the metadata, dateline or text (imported"
                      f" {context.imported.isoformat()}): undated, so never a claim's first reporter; set its date by"
                      " hand" + (why or _not_its_own(evidence)),
                      flags=tuple(flags + ["undated"]), outlet=outlet, outlet_from=outlet_from, outlets=outlets)
    chosen = candidates[0]
    conflicts = () if chosen.source == "correction" else tuple(  # the researcher has settled it
        (c.source, c.day.isoformat()) for c in candidates[1:] if abs((c.day - chosen.day).days) > 1
    )
    estimated = chosen.estimated
    if conflicts:
        flags.append("conflict")
    if chosen.day > context.imported + FUTURE_SLACK:  # published after we had it: impossible
        flags.append("future")
    if chosen.day.year < 1900:
        flags.append("before-1900")
    if estimated:
        flags.append("estimated")
    if chosen.source == "correction":
        flags.append("corrected")
    source = "metadata" if chosen.source == "correction" else chosen.source
    return Dating(
        chosen.day.isoformat(), chosen.day.isoformat(), source, chosen.explanation, estimated,
        chosen.source == "correction", conflicts, tuple(flags), outlet, outlet_from, outlets,
    )


@dataclass(frozen=True)
class _Candidate:
    source: str  # correction | metadata | dateline | text
    day: date
    explanation: str
    estimated: bool = False


def _candidates(evidence: Sequence[Evidence], corrections: Mapping[str, str], context: _Context) -> list[_Candidate]:
    """Every date the document could carry, most trusted first."""
    out: list[_Candidate] = []
    corrected = parse_date(corrections.get("published"))
    if corrected is not None:
        original = next((e.phrase or e.value for e in evidence if e.field in ("published", "made") and e.source == "metadata"), None)
        was = f" (the file said {original})" if original else ""
        out.append(_Candidate("correction", corrected, f"set by the researcher{was}"))
    metadata = next((e for e in evidence if e.field == "published" and e.source == "metadata"
                     and not e.detail.startswith("unreadable") and e.detail != "address"), None)
    anchor = date.fromisoformat(metadata.value) if metadata else None
    if metadata:
        out.append(_Candidate("metadata", anchor, f"{metadata.detail}: {metadata.phrase or metadata.value}"))
    for source, detail in (("dateline", "dateline"), ("text", "stamp"), ("text", "date line"), ("metadata", "address"),
                           ("text", "share link"), ("text", "saved from")):
        e = next((e for e in evidence if e.field == "published" and e.source == source and e.detail == detail), None)
        if e is not None:
            day, how = _placed(e, anchor, evidence, context)
            if day is not None:
                said = _SAID.get(detail, detail) + f": “{e.phrase}”" + _read_in_order(e, evidence)
                out.append(_Candidate(source, day, said + (f"; {how}" if how else ""), bool(how)))
                anchor = anchor or day
    settled = _settled_two_way(evidence, context)
    if settled is not None:
        out.append(settled)
        anchor = anchor or settled.day
    changed = next((e for e in evidence if e.field == "updated"), None)
    if changed is not None and not out:
        # A page changed on a day was published on it or before (so a later change is no conflict with
        # a date found above): on the GVA crawl's pages, within a day of it seven times in ten
        # (bench/gva_dates.py), so it places an otherwise undated page only as an estimate.
        day, how = _placed(changed, anchor, evidence, context)
        if day is not None:
            out.append(_Candidate("text", day, f"estimated from the text: “{changed.phrase}”, when the page was last"
                                  " changed (published then or before)" + (f"; {how}" if how else ""), True))
    lead = _lead_day(evidence, context) if not out else None
    estimate = lead or _estimate(evidence, context)
    if estimate is not None:
        out.append(estimate)
    quoted = max((e for e in evidence if e.field == "quoted"), key=lambda e: e.value, default=None)
    if quoted is not None and not out and date.fromisoformat(quoted.value) <= context.imported + FUTURE_SLACK \
            and not _later_mentioned(evidence, date.fromisoformat(quoted.value)):
        # A page that embeds posts came out after the latest of them (unless it names a later day itself):
        # on the GVA crawl's undated pages, within a day of it 89 times in 94 (bench/gva_dates.py, develop
        # half), so it places a page nothing else dates, as an estimate.
        out.append(_Candidate("text", date.fromisoformat(quoted.value), f"estimated from the text: the latest post it"
                              f" quotes is of “{quoted.phrase}” (published then or soon after)", True))
    pictured = max((e for e in evidence if e.field == "pictured"), key=lambda e: e.value, default=None)
    if pictured is not None and not out and date.fromisoformat(pictured.value) <= context.imported + FUTURE_SLACK \
            and not _later_mentioned(evidence, date.fromisoformat(pictured.value)):
        # A photo's caption dates the picture: on the GVA crawl's pages nothing else dates, within a day of the page
        # 10 times in 13 (develop half); the other 3 were older pictures of a court hearing or of the victim.
        out.append(_Candidate("text", date.fromisoformat(pictured.value), f"estimated from the text: a photo caption"
                              f" dates its picture “{pictured.phrase}” (published then or soon after)", True))
    if not out:  # upper bounds only: last, never a conflict with a date above; the earlier bound places it
        bounds = [_Candidate("metadata", date.fromisoformat(e.value), _BOUNDS[e.field].format(e.value), True)
                  for e in evidence if e.field in _BOUNDS]
        out += sorted(bounds, key=lambda c: c.day)[:1]
    return out


# Days the article was published on or before: the day its file was made, the day an archive captured its page.
_BOUNDS = {"made": "estimated from the file's creation date ({}): the article was published then or before (a page"
                   " saved as PDF carries the day it was saved)",
           "captured": "estimated from the web archive's capture ({}): the page was published then or before"}


_SAID = {"stamp": "date read from the text", "address": "date in the page's address",
         "share link": "date in the page's address (its share link)",
         "saved from": "date in the page's address (the archive's “saved from”)"}  # the words the window shows for where a date came from


def _placed(e: Evidence, anchor: date | None, evidence: Sequence[Evidence], context: _Context) -> tuple[date | None, str]:
    """The day an evidence names, finding a year for "--05-16"; the second value says how, when assumed."""
    if not e.value.startswith("--"):
        return date.fromisoformat(e.value), ""
    month, day = int(e.value[2:4]), int(e.value[5:7])
    if anchor is not None:
        return _nearest(month, day, anchor), ""
    weekday = _named_weekday(e.phrase, month, day)
    hint = _year_hint(evidence, context, month, day, _ahead(e))
    if hint is None:
        return _weekday_in_corpus(month, day, weekday, context)
    year, how = hint
    if weekday is not None:
        fits = [y for y in range(year - 6, year + 7) if (d := _on(y, month, day)) and d.weekday() == weekday
                and d <= context.imported + FUTURE_SLACK]
        if fits:
            best = min(fits, key=lambda y: (abs(y - year), y))
            if best == year:
                return _on(best, month, day), f"year {year} {how} (the date is a {WEEKDAYS[weekday]} in it, as written)"
            return _on(best, month, day), (f"year {best}: the nearest to {year}, {how}, "
                                           f"in which the date is a {WEEKDAYS[weekday]}")
    return _on(year, month, day), f"year {year} {how}"


def _ahead(e: Evidence) -> bool | None:
    """Which side of its report a day the text talks about lies: after it if to come, else before; None for the
    report's own dates (a dateline, a stamp), which are read nearest."""
    return e.detail == "to come" if e.field == "mentioned" else None


def _year_hint(evidence: Sequence[Evidence], context: _Context, month: int, day: int,
               ahead: bool | None = None) -> tuple[int, str] | None:
    """The year a date the document gives without one is read in, and what says so: the year that puts it nearest a
    full date elsewhere in the document (its own date first, else the latest it mentions), else a year written beside
    the date or in its address or file name, else the year nearest the days the corpus's dated documents give, when
    they span a year at most (an assumption the explanation says), else none. Not the import's: a 2016 story imported
    in 2026 was placed in 2026, after every report of its corpus, and could be a claim's first reporter on that guess.
    Nor the corpus's most frequent year: a corpus of stories from 2015 to 2017 read a 2015 story's "May 20" in 2016."""
    own = _own_date(evidence)
    if own is not None and (near := _nearest(month, day, own[0], ahead if own[2] else None)) is not None:
        return near.year, f"from a date elsewhere in the document (“{own[1]}”, the nearest)"
    given = [(int(x.value), x.detail) for x in evidence if x.field == "year" and int(x.value) <= context.imported.year]
    if given:
        year, detail = max(given)
        return year, "written after the date" if detail == "beside the date" else f"from the document's {detail}"
    year = context.corpus.year_of(month, day) if context.corpus else None
    if year is not None:
        return year, f"assumed (the document gives no year): {context.corpus.said()}"
    return None


def _own_date(evidence: Sequence[Evidence]) -> tuple[date, str, bool] | None:
    """The document's own full date, else the latest full date it mentions, with its words and whether it is the
    document's own."""
    full = [x for x in evidence if x.field in ("published", "mentioned") and not x.value.startswith("--")
            and x.value[:4].isdigit() and parse_date(x.value) is not None]
    stated = [x for x in full if x.field == "published"] or full
    if not stated:
        return None
    chosen = stated[0] if stated[0].field == "published" else max(stated, key=lambda x: x.value)
    return parse_date(chosen.value), chosen.phrase or chosen.value, chosen.field == "published"


def _weekday_in_corpus(month: int, day: int, weekday: int | None, context: _Context) -> tuple[date | None, str]:
    """A date whose weekday is written ("Monday, May 20"), in a corpus spanning years, placed in the one year of the
    corpus's in which it falls on that weekday; else not placed."""
    if weekday is None or context.corpus is None:
        return None, ""
    fits = [d for y in context.corpus.years() if (d := _on(y, month, day)) and d.weekday() == weekday
            and d <= context.imported + FUTURE_SLACK]
    if len(fits) != 1:
        return None, ""
    return fits[0], (f"year {fits[0].year} assumed (the document gives no year): {context.corpus.said()}, and only"
                     f" in {fits[0].year} is the date a {WEEKDAYS[weekday]}, as written")


def _named_weekday(phrase: str, month: int, day: int) -> int | None:
    """The weekday a date phrase names with its month and day ("Sunday, November 27"), if it does."""
    named = next((p.weekday for p in date_phrases(phrase)
                  if p.weekday is not None and (p.month, p.day) == (month, day)), None)
    bracketed = weekday_phrases(phrase)[:1]  # "Friday (October 14)": a lead day as wire reports write it
    if named is None and bracketed and _PARENTHESISED.match(phrase, bracketed[0].end):
        return bracketed[0].weekday
    return named


def _read_in_order(e: Evidence, evidence: Sequence[Evidence]) -> str:
    """How a date in numbers that reads two ways was read: " (read month first: the page's time zone PDT)"."""
    order = next((x for x in evidence if x.field == "order"), None)
    if order is None or not e.phrase or not two_readings(e.phrase):
        return ""
    return f" (read {order.value}: {order.detail})"


def _settled_two_way(evidence: Sequence[Evidence], context: _Context) -> _Candidate | None:
    """A date line in numbers that reads two ways, when one reading is after the page existed: after it was
    imported, after a web archive captured it, or after its file was made ("3/7/2017" on a page captured on
    8 March 2017 is 7 March, not 3 July). Impossible, not unlikely: nothing is guessed."""
    e = next((x for x in evidence if x.field == "two-way"), None)
    if e is None:
        return None
    bounds = [(context.imported + FUTURE_SLACK, "after it was imported")]
    bounds += [(date.fromisoformat(x.value) + FUTURE_SLACK, _AFTER[x.field].format(x.value)) for x in evidence if x.field in _AFTER]
    bound, why = min(bounds)
    days = [date.fromisoformat(v) for v in e.value.split("|")]
    possible = [d for d in days if d <= bound]
    if len(possible) != 1:
        return None
    (day,), (late,) = possible, [d for d in days if d > bound]
    return _Candidate("text", day, f"{_SAID.get(e.detail, e.detail)}: “{e.phrase}” (read as {_day_words(day)}: {_day_words(late)} is {why})")


_AFTER = {"captured": "after a web archive captured the page ({})", "made": "after its file was made ({})"}


def _day_words(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _two_ways(evidence: Sequence[Evidence]) -> str:
    """Why an undated page with a date in numbers stays undated: "“4/7/2013” reads 7 April or 4 July 2013"."""
    e = next((x for x in evidence if x.field == "two-way"), None)
    if e is None:
        return ""
    readings = " or ".join(_day_words(date.fromisoformat(v)) for v in e.value.split("|"))
    return f"; its “{e.phrase}” reads {readings}, and nothing on the page says which"


def _yearless(evidence: Sequence[Evidence], context: _Context) -> str:
    """Why a page with a date but no year stays undated: "; its “Sunday, May 16” gives no year, nor does anything
    else in it or its corpus", or, in a corpus of several years, what its dates span."""
    e = next((x for x in evidence
              if x.field in ("published", "updated", "lead day") and x.value.startswith("--") and x.phrase), None)
    if e is None:
        return ""
    if context.corpus is None:
        return f"; its “{e.phrase}” gives no year, nor does anything else in it or its corpus"
    return (f"; its “{e.phrase}” gives no year, nor does anything else in it, and {context.corpus.said()}, more than a"
            " year: in which of them it was published is not known")


def _not_its_own(evidence: Sequence[Evidence]) -> str:
    """Why the days an undated report does give do not date it: those it talks about ("the Nov. 22 shootout") are
    not its own, and its lead's weekday ("Sunday night") has no date to count from."""
    talked = list(dict.fromkeys(x.phrase for x in evidence if x.field == "mentioned" and x.phrase))
    weekday = next((x.phrase for x in evidence if x.field == "weekday"), None)
    if talked:
        named = ", ".join(f"“{phrase}”" for phrase in talked[:3]) + (" …" if len(talked) > 3 else "")
        return (f"; the days it names ({named}) are days it talks about: none is given as its own"
                + (f", so its lead's “{weekday}” cannot be placed in a week" if weekday else ""))
    if weekday:
        return f"; its lead's “{weekday}” names a weekday, but nothing in it says of which week"
    return ""


def _later_mentioned(evidence: Sequence[Evidence], day: date) -> bool:
    """Whether the article names a full date more than a day after ``day``."""
    return any(e.field == "mentioned" and e.value[:4].isdigit() and date.fromisoformat(e.value) > day + timedelta(days=1)
               for e in evidence)


def _estimate(evidence: Sequence[Evidence], context: _Context) -> _Candidate | None:
    """The lead's weekday after the latest date the article mentions as past: "announced on Wednesday"
    in an article whose latest date is Monday 16 May reads as Wednesday 18 May ("sentencing is set for June 28" is
    after the report, so says nothing of it). An estimate: the
    report is taken to come within a week of the latest day it names. A day written month first with its year
    ("April 22, 1923") counts for nothing, nor gives its year: that style gives the year only to a day of another
    year than the report's (AP Stylebook, "dates"), so such a day is a birth or the crime a later sentence punishes
    (ECB+ train and dev: 6 of the 7 reports dated from one were years off). Day first ("9 January 2023") writes
    the year always."""
    weekday = next((e for e in evidence if e.field == "weekday"), None)
    if weekday is None:
        return None
    days = []
    recent = [e for e in evidence if e.field != "mentioned" or not _of_another_year(e)]
    for e in recent:
        if e.field == "mentioned" and e.detail != "to come":
            day, how = _placed(e, None, recent, context)
            if day is not None and day <= context.imported + FUTURE_SLACK:
                days.append((day, e, how))
    if not days:
        return None
    latest, phrase, how = max(days, key=lambda d: d[0])
    day = weekday_on_or_after(latest, int(weekday.value))
    explanation = f"estimated from the text: “{weekday.phrase}” in the lead, after “{phrase.phrase}” ({latest.isoformat()})"
    return _Candidate("text", day, explanation + (f"; {how}" if how else ""), True)


def _of_another_year(e: Evidence) -> bool:
    """A day written month first with its year: in news style, one of another year than the report's."""
    return not e.value.startswith("--") and (e.phrase or "")[:1].isalpha()


def _lead_day(evidence: Sequence[Evidence], context: _Context) -> _Candidate | None:
    """The day the lead names with its weekday ("accepted plea deals Friday (October 14)"): the news broke then, and
    a report that gives no date of its own came out then or soon after, an estimate."""
    e = next((x for x in evidence if x.field == "lead day"), None)
    if e is None or _weekday_contradicted(evidence, context):
        return None
    day, how = _placed(e, None, evidence, context)
    if day is None or day > context.imported + FUTURE_SLACK:
        return None
    return _Candidate("text", day, f"estimated from the text: the lead's “{e.phrase}”, the day the news broke"
                      " (published then or soon after)" + (f"; {how}" if how else ""), True)


def _weekday_contradicted(evidence: Sequence[Evidence], context: _Context) -> str:
    """Why the lead's day, written without a year, is not placed though its document gives one: its weekday is not
    that year's ("Tuesday, Sept. 6" beside "Oct. 22, 1989", an abduction 27 years before the hearing). Another year
    in which it fits would be a guess (1988 was taken)."""
    e = next((x for x in evidence if x.field == "lead day" and x.value.startswith("--")), None)
    if e is None:
        return ""
    month, day = int(e.value[2:4]), int(e.value[5:7])
    weekday, hint = _named_weekday(e.phrase, month, day), _year_hint(evidence, context, month, day)
    if weekday is None or hint is None or (on := _on(hint[0], month, day)) is None or on.weekday() == weekday:
        return ""
    return (f"; its lead's “{e.phrase}” gives no year, and in {hint[0]}, {hint[1]}, the date is a"
            f" {WEEKDAYS[on.weekday()]}")


def _outlet(evidence: Sequence[Evidence], corrections: Mapping[str, str]) -> tuple[str | None, str | None, tuple]:
    named = tuple(dict.fromkeys((e.source, e.value) for e in evidence if e.field == "outlet"))
    if corrections.get("outlet"):  # said "from the metadata" of an outlet the researcher set on a file naming none
        return corrections["outlet"], "correction", named
    for source in ("metadata", "dateline", "text"):
        for e in evidence:
            if e.field == "outlet" and e.source == source:
                return e.value, source, named
    return None, None, named


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(month: int, day: int, anchor: date, ahead: bool | None = None) -> date | None:
    """The day in the year that puts it closest to ``anchor``: a dateline "April 20" beside metadata
    of 13 April 2022 is a week later, not a year earlier, so their conflict is the real one. ``ahead`` keeps it on
    one side of the report dated ``anchor``: a day told as past ("captured days after the June 29 gunfight" in a
    report of 8 April 2015) is on or before it, 2014, though 2015's is nearer; a day to come is on or after it."""
    days = [d for d in (_on(anchor.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if ahead is not None:
        days = [d for d in days if (d >= anchor - FUTURE_SLACK if ahead else d <= anchor + FUTURE_SLACK)]
    return min(days, key=lambda d: abs(d - anchor), default=None)


def _day(timestamp: str) -> date:
    try:
        return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).date()
    except ValueError:
        return parse_date(timestamp) or date.today()
