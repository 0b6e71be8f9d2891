"""Saved web pages: trafilatura finds the article and its metadata; nothing is ever fetched.

The page is parsed as data only: scripts and styles are dropped, not run, and images
(local or remote) are never loaded, since a remote image request could reveal a researcher.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from functools import cache

from viewer.corpus.dates import MONTHS
from viewer.corpus.encoding import BinaryContent, decode_page
from viewer.corpus.formats import Extracted, Extraction, FormatError
from viewer.corpus.outlet_names import outlet_name
from viewer.corpus.page_stamps import is_stamp
from viewer.corpus.page_titles import article_title, headings
from viewer.jobs import Parts, unheard

# htmldate (under trafilatura) tries dateutil on a page's date strings, and dateutil warns of a time zone it does not
# know ("2014-12-29 08:57:25 EST"): the command line printed a Python warning with a library's path over the import's
# report. The day is read all the same, so the warning tells the researcher nothing.
warnings.filterwarnings("ignore", message=r"tzname \w+ identified but not understood", module="dateutil")
PARSER_DEPTH = 256  # libxml2 (under lxml) drops elements nested deeper; measured: text at 257 is lost
# trafilatura reads a page in one call that no cancel reaches, in time that grows with its elements: measured here
# (load 9, 2 cores), 70 µs of CPU an element, 3.6 s at 50,000, 7 s at 100,000, 15 s at 200,000, whatever their text;
# a 10 MB page of 2,400 paragraphs took 1.4 s. News pages hold a few thousand: HTTP Archive's crawl of March 2023, news
# sites' front pages (Grinstead, "HTTP Archive Analysis of News Homepages"), median 1,714 elements, at most 10,444.
# Ten times that most is the bound: a cancel waits at most seconds.
MAX_ELEMENTS = 100_000
_OPENING = re.compile(r"<[a-z]")
_RAW_TEXT = re.compile(r"<(script|style)\b")  # elements whose text is not markup, though it may hold "<a"
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
         b"source", b"track", b"wbr"}
_METADATA = {"title": "title", "sitename": "outlet", "author": "author", "date": "published", "url": "url",
             "language": "language"}
# A capture's address: the archive's host, the capture time, then the page's own address, whose "//"
# trafilatura folds to "/" when it normalises the whole ("…/web/2015…/http:/q13fox.com/…"). The Wayback
# Machine's ("web.archive.org/web/20151026092316/http://…") and archive.today's long form under any of its
# hosts ("archive.ph/2019.03.01-123456/https://…", "archive.is/20190301123456/…"); archive.today's short
# form ("archive.ph/AbCdE") names neither and is left as it is.
_CAPTURE = re.compile(r"^(?:https?:)?//?(?:(?:web|wayback)\.archive\.org(?::\d+)?/web/(?P<time>\d+)[a-z_]*"
                      r"|(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md)/(?:(?P<dotted>\d{4}\.\d\d\.\d\d)-\d{6}|(?P<plain>\d{8,14})))"
                      r"/+(?P<scheme>https?:)?/*(?P<host>[^/?#:]+)(?P<rest>.*)$", re.IGNORECASE)
_ARCHIVE_HOSTS = {"web.archive.org", "wayback.archive.org", "archive.org", "archive.today", "archive.ph", "archive.is",
                  "archive.li", "archive.vn", "archive.fo", "archive.md"}


# A page's date only from its markup (meta tags, JSON-LD, <time>, its address): trafilatura's extensive
# search also takes a year from the text ("Copyright 2015", a phone extension "Ext. 2002") and makes it the
# first of January, which was then stored as file metadata. Dates written in the text are the dating reader's.
@cache
def _markup_dates() -> dict:
    from trafilatura.settings import set_date_params

    return set_date_params(extensive=False)


def read(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """Main text of the page, one paragraph per block, with the page's declared metadata.

    trafilatura is imported here, on the first page read, not when the window starts (0.2 s)."""
    import trafilatura

    try:
        page = decode_page(data)  # a picture or archive saved as .html has no page to look for an article in
    except BinaryContent as exc:
        raise FormatError(str(exc).replace("not a text file", "not a web page")) from exc
    parts(0, 1, "")  # trafilatura reads the page in one call, which nothing can stop: heard before, and after
    if (count := elements(page)) > MAX_ELEMENTS:
        raise FormatError(
            f"too much markup to read: the page holds {count:,} HTML elements, where an article's page holds a few"
            f" thousand, and past {MAX_ELEMENTS:,} the reading takes longer than a cancel should wait, as it cannot be"
            " stopped part-way; save the article alone (the browser's reader view, or Print → Save as PDF) and import"
            " that")
    try:
        found = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, include_tables=True, deduplicate=False, date_extraction_params=_markup_dates(),
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise FormatError(f"unreadable HTML ({exc})") from exc
    if found is None or not (found.text or "").strip():
        depth = nesting_depth(data)
        if depth > PARSER_DEPTH:
            raise FormatError(
                f"the page's markup is nested {depth:,} levels deep; the HTML parser reads {PARSER_DEPTH}"
                " levels, and no article text lies within them"
            )
        if target := redirect_target(data):
            raise FormatError(f"no article text found in the page: it only sends the browser on to {target} (a"
                              " redirect); open that address and save the article's own page")
        raise FormatError("no article text found in the page")
    parts(1, 1, "")
    fields = {}
    for attribute, key in _METADATA.items():
        value = getattr(found, attribute, None)
        if isinstance(value, str) and value.strip():
            fields[key] = value.strip()
    if locale := declared_locale(data):
        fields["locale"] = locale
    text = "\n\n".join(one_cell_unboxed(line) for line in found.text.split("\n") if line.strip())
    hostname = getattr(found, "hostname", None)
    fields = archived_page(without_stamp_authors(site_outlet(fields, hostname)))
    site = fields.get("outlet")
    fields = publisher_named(fields, hostname)
    title = article_title(fields.pop("title", None), fields.get("outlet"), fields.get("url"), headings(page), text,
                          site)
    return Extraction([Extracted(text, {**fields, "title": title} if title else fields)])


def publisher_named(fields: dict[str, str], hostname: str | None) -> dict[str, str]:
    """The outlet as its publisher writes its name (`outlet_names`), not the site's raw label or host."""
    url = fields.get("url") or (f"http://{hostname}/" if hostname else None)
    outlet = outlet_name(fields.get("outlet"), url, fields.get("title"))
    return {**fields, "outlet": outlet} if outlet else fields


# A table row as trafilatura writes it: "| cell | cell | ", a "|" inside a cell escaped "\\|".
_CELL = re.compile(r"(?:[^|\\]|\\.)*")


def one_cell_unboxed(line: str) -> str:
    """A table row with one cell of words is a paragraph, not a table: a page laid out in a table (the AP's "| KABUL,
    Afghanistan (AP) -- The father…  | ") or a photo caption set in one ("| Magic mushrooms can… | ") kept its bars
    in the text, the claims and every report. A row of several filled cells stays the table row it is."""
    if not line.startswith("| ") or not line.rstrip().endswith("|"):
        return line
    cells = [cell.strip() for cell in _CELL.findall(line.strip()[1:-1])]
    filled = [cell for cell in cells if cell]
    if len(filled) != 1 or not any(char.isalpha() for char in filled[0]):
        return line
    return filled[0].replace("\\|", "|")


def site_outlet(fields: dict[str, str], host: str | None) -> dict[str, str]:
    """trafilatura takes a page's publisher from `<meta name="copyright">` too: The Onion's pages had the outlet
    "2015" in the list, the outlet filter and every report, Teen Vogue's "Copyright (c) CondéNet 2015". A site name
    without a letter, or a copyright notice, names no outlet: the page's host does, as trafilatura gives it for a page
    that names no site."""
    outlet = fields.get("outlet", "x")
    if any(char.isalpha() for char in outlet) and not _COPYRIGHT.match(outlet):
        return fields
    rest = {key: value for key, value in fields.items() if key != "outlet"}
    return {**rest, "outlet": host} if host else rest


_COPYRIGHT = re.compile(r"\s*(?:copyright\b|©|\(c\))", re.IGNORECASE)


# <meta http-equiv="refresh" content="0;URL='http://…'">: a page that only sends the browser on (a search engine's
# click-through, a shortener), saved instead of the article it leads to.
_REFRESH = re.compile(rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?refresh[^>]*?content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')",
                      re.IGNORECASE)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"\s]+)", re.IGNORECASE)


def redirect_target(data: bytes) -> str | None:
    """The address a page with no article sends the browser on to, if it names one."""
    for match in _REFRESH.finditer(data):
        content = (match.group(1) or match.group(2)).decode("ascii", errors="replace")
        if target := _REFRESH_URL.search(content):
            return target.group(1)
    return None


def read_single_file(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """A page saved as one file (.mhtml, .mht: Chrome's and Edge's "Webpage, Single File"): its web page read as any
    saved page, with the address it was saved from. Its pictures travel inside the file and are never read either."""
    import email
    from email import policy

    archive = email.message_from_bytes(data, policy=policy.compat32)
    page = next((part for part in archive.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise FormatError("no web page inside it: a saved single-file page (MHTML) holds one; save the article again"
                          " from the browser")
    markup = page.get_payload(decode=True) or b""
    if charset := page.get_content_charset():
        try:
            markup = markup.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass  # read as a page whose charset is unknown (`decode_page`)
    extraction = read(markup, field_map, parts)
    address = archive.get("Snapshot-Content-Location") or page.get("Content-Location")
    for document in extraction.documents:
        if address and "url" not in document.fields:
            document.fields["url"] = str(address).strip()
    return extraction


def without_stamp_authors(fields: dict[str, str]) -> dict[str, str]:
    """trafilatura takes a page's byline line for its authors, and on a page whose byline is its stamp ("Posted
    2016-09-08", "Posted: 5:37 PM, Jun 23, 2013") the author was "Posted" or "Posted; Jun", in the pane header and every
    report. Each name it gives (split at ";") that opens with a stamp's word, or is only a month or numbers, is none."""
    names = [name.strip() for name in fields.get("author", "").split(";")]
    kept = [name for name in names if name and not is_stamp(name) and not _DATE_PIECE.fullmatch(name)]
    if kept == names:
        return fields
    fields = {key: value for key, value in fields.items() if key != "author"}
    return {**fields, "author": "; ".join(kept)} if kept else fields


_DATE_PIECE = re.compile(rf"(?:{'|'.join(MONTHS)})\.?|[\d\W]+", re.IGNORECASE)


# The locale a page declares: <html lang="en-GB">, <meta property="og:locale" content="en_GB">. Read for the
# order its numeric dates are written in ("04/05/2015"), not as the document's language, which is detected.
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)", re.IGNORECASE)
_OG_LOCALE = re.compile(rb"<meta\b[^>]*?\bproperty\s*=\s*[\"']og:locale[\"'][^>]*?\bcontent\s*=\s*[\"']"
                        rb"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)", re.IGNORECASE)


def declared_locale(data: bytes) -> str | None:
    """The page's declared language tag, the one naming a region when both do ("en" and "en_GB": en_GB)."""
    found = [m.group(1).decode("ascii") for m in (_LANG.search(data), _OG_LOCALE.search(data)) if m]
    return next((tag for tag in found if re.search(r"[-_]", tag)), found[0] if found else None)


def archived_page(fields: dict[str, str]) -> dict[str, str]:
    """A page saved from the Wayback Machine or archive.today (as pages that went offline are) names its own
    site, not the archive's: its address keeps both "//" and its outlet is the original host. A date in an
    archive.today page's markup on the capture's own day is the archive's stamp (it dates its header), not
    the article's: it is dropped, and the original address's day or the text's date places the article. An
    outlet that is the page's title is a site-name guess gone wrong (trafilatura reads it off the <title>),
    so none is kept."""
    fields = dict(fields)
    if fields.get("outlet") and " ".join(fields["outlet"].split()) == " ".join(fields.get("title", "").split()):
        del fields["outlet"]
    capture = _CAPTURE.match(fields.get("url", ""))
    if capture is None:
        return fields
    scheme, host, rest = capture["scheme"] or "http:", capture["host"], capture["rest"]
    prefix = fields["url"][:capture.start("scheme") if capture["scheme"] else capture.start("host")].rstrip("/")
    fields["url"] = f"{prefix}/{scheme}//{host}{rest}"
    # archive.today writes the capture's time into the page it serves; the Wayback Machine replays the
    # page's own markup, whose date is the article's even when it was captured that day
    captured = (capture["plain"] or "")[:8] or (capture["dotted"] or "").replace(".", "")
    if len(captured) == 8 and fields.get("published", "").replace("-", "")[:8] == captured:
        del fields["published"]
    if fields.get("outlet", "").casefold() in _ARCHIVE_HOSTS or "outlet" not in fields:
        fields["outlet"] = host.casefold().removeprefix("www.")
    return fields


def elements(page: str) -> int:
    """How many elements the page's markup opens, not counting what its scripts and styles hold (a script's "<a"), in
    one pass: a script left open runs to the end of the page, as a browser reads it."""
    lowered, count, at = page.lower(), 0, 0
    while raw := _RAW_TEXT.search(lowered, at):
        count += len(_OPENING.findall(lowered, at, raw.start())) + 1
        at = lowered.find(f"</{raw[1]}", raw.end())
        if at < 0:
            return count
    return count + len(_OPENING.findall(lowered, at))


def nesting_depth(data: bytes) -> int:
    """How deep the page's elements nest, counted from its tags (a page that explains a failure)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(data):
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest
