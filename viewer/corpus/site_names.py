"""Site names after headlines: "Man shot on Elm St - WAFB 9 News Baton Rouge, Louisiana News".

A scraped web page's title carries the site's name after a dash or bar. It is page furniture, not
the headline's words: left in, two different headlines of one site read alike through it. What
marks a site name is the corpus, not a word list: a title's ending after " - ", " | ", " – ",
" — " or " :: " that at least one other, different title of the corpus ends with too. Two copies of
one headline ("Police: man shot - 2 dead" twice) share their ending without it being a site name,
so the titles before the ending must differ. On a crawl of 6,224 local news pages (Gun Violence
Archive sources) this cuts 912 titles, at 98 distinct endings, all of them site or section names.

The ending is marked as boilerplate of kind 'site-name' in the text's opening line; the text is
never changed. A new document can make an older one's ending shared, so every import marks the
whole corpus again in its own transaction, and a document whose marks changed is listed in
`remarked_documents` for the next analysis (as `corpus.page_marks` does). A corpus imported before
this rule is marked when next opened for writing.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext

from sqlite_utils import Database

from viewer.corpus.boilerplate_rows import store_marks
from viewer.corpus.id_lists import IN_IDS, id_list
from viewer.corpus.spans import Span

KIND = "site-name"
STAMP_KEY = "site_names"
RULE = "1"  # changes when the rule does: a corpus marked by another is marked again
Reindexed = Callable[[Database, list[int]], AbstractContextManager[None]]
_SEPARATOR = re.compile(r"[ \t]+(?:-|\||–|—|::)[ \t]+")
_HEAD_CHARS = 1000  # the opening line is looked for this far into the text
_WORD = re.compile(r"\w+")
_UNLIKE = 0.5  # two titles sharing fewer words than this share of the shorter's tell different stories
_COMPARED = 50  # titles of one ending compared pairwise, at most


def endings(line: str) -> list[tuple[int, str]]:
    """Where each candidate ending starts in ``line`` (at its separator), with the ending's
    comparison form (case and spacing folded), earliest first."""
    out = []
    for match in _SEPARATOR.finditer(line):
        rest = " ".join(line[match.end():].split()).casefold()
        if rest:
            out.append((match.start(), rest))
    return out


def opening_line(head: str, marked: Sequence[Span]) -> Span | None:
    """The text's first non-blank line that no boilerplate mark covers whole: the headline."""
    for match in re.finditer(r"[^\n]+", head):
        stripped = match.group().strip()
        if not stripped:
            continue
        start = match.start() + match.group().index(stripped)
        line = Span(start, start + len(stripped))
        if not any(m.start <= line.start and line.end <= m.end for m in marked):
            return line if match.end() < len(head) or len(head) < _HEAD_CHARS else None
    return None


def site_name_spans(heads: Iterable[tuple[int, str, Sequence[Span]]]) -> dict[int, Span]:
    """Each document's site-name span, given (id, text's opening characters, its other marks)."""
    lines: dict[int, tuple[Span, str]] = {}
    before: defaultdict[str, set[str]] = defaultdict(set)  # ending -> the different titles it ends
    for document_id, head, marked in heads:
        line = opening_line(head, marked)
        if line is None:
            continue
        text = line.text_of(head)
        lines[document_id] = (line, text)
        for start, ending in endings(text):
            before[ending].add(" ".join(text[:start].split()).casefold())
    shared = {ending for ending, titles in before.items() if _unlike_pair(titles)}
    found = {}
    for document_id, (line, text) in lines.items():
        for start, ending in endings(text):
            if ending in shared:
                found[document_id] = Span(line.start + start, line.end)
                break
    return found


def _unlike_pair(titles: set[str]) -> bool:
    """Two of the titles share less than half the words of the shorter: different stories, not
    two wordings of one headline ("Woman killed in Queens hit - and - run, driver charged" and
    "… hit - run, driver charged" end alike in their own words). The first titles in order are
    enough to tell."""
    words = [set(_WORD.findall(title)) for title in sorted(titles)[:_COMPARED]]
    return any(
        len(a & b) < _UNLIKE * min(len(a), len(b))
        for i, a in enumerate(words) for b in words[i + 1:] if a and b
    )


def is_current(db: Database) -> bool:
    """Were this corpus's site names marked by the rule this program carries?"""
    row = db.execute("SELECT value FROM corpus_info WHERE key = ?", (STAMP_KEY,)).fetchone()
    return row is not None and row[0] == RULE


def mark_again(db: Database, reindexed: Reindexed | None = None) -> list[int]:
    """Mark every document's site name as the corpus now shows it, inside the caller's
    transaction; the ids of the documents whose mark changed. A mark is part of the title the search index holds
    (`search_index.reindexed`, passed in: that module reads this one's marks), so the marks change inside it."""
    marked: defaultdict[int, list[Span]] = defaultdict(list)
    present: dict[int, Span] = {}
    for document_id, start, end, kind in db.execute(
        'SELECT document_id, start, "end", kind FROM boilerplate WHERE start < ?', (_HEAD_CHARS,)
    ):
        if kind == KIND:
            present[document_id] = Span(start, end)
        else:
            marked[document_id].append(Span(start, end))
    heads = db.execute("SELECT id, substr(text, 1, ?) FROM documents ORDER BY id", (_HEAD_CHARS,))
    wanted = site_name_spans((document_id, head, marked.get(document_id, ())) for document_id, head in heads)
    changed = sorted(d for d in set(present) | set(wanted) if present.get(d) != wanted.get(d))
    if changed:
        ids = id_list(changed)
        with reindexed(db, changed) if reindexed else nullcontext():
            db.execute(f"DELETE FROM boilerplate WHERE kind = ? AND document_id {IN_IDS}", (KIND, ids))
            store_marks(db, ((d, wanted[d], KIND) for d in changed if d in wanted))
        db.execute("INSERT OR IGNORE INTO remarked_documents SELECT value FROM json_each(?)", (ids,))
    db.execute("INSERT OR REPLACE INTO corpus_info VALUES (?, ?)", (STAMP_KEY, RULE))
    return changed
