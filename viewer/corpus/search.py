"""Full-text search over the corpus with SQLite FTS5.

Researchers type what they see in an article ("1,026", "Boychenko's", "36th Marine Brigade"),
so bare words are quoted before they reach FTS5; quotes, parentheses, AND / OR / NOT, a
trailing ``*`` for prefixes and ``title:`` keep their FTS5 meaning, and a minus before a word
leaves it out, as in a web search ("Akin -Romney" is "Akin NOT Romney"). A query FTS5 still cannot
parse raises `SearchError` with a message to show, never a traceback. English words are indexed and searched by
their stem (Porter, migration 18), so "surrender" finds "surrendered" and a quoted phrase its other endings too;
an irregular form ("shot" for "shoot") is another word.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from viewer.corpus.store import Corpus, shown_title_sql

MARK_START = "\x02"  # snippets wrap each matched term in these; the UI turns them into highlights
MARK_END = "\x03"
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_BINARY = {"AND", "OR", "NOT"}  # each goes between two words, phrases or bracketed groups
_BETWEEN = {"AND": " (as in 'police AND gang')", "OR": " (as in 'police OR gang')",
            "NOT": ": NOT leaves out what follows it, as in 'police NOT gang'"}
_HINT = "Put exact phrases in quotes; AND, OR and NOT go between words."
_COLUMNS = ("title", "text")
_TOKEN = re.compile(r'(?P<space>\s+)|(?P<phrase>"(?:[^"]|"")*"\*?)|(?P<open>")|(?P<paren>[()])|(?P<word>[^\s"()]+)')
_HAS_WORD = re.compile(r"\w")
_LEFT_OUT = re.compile(r"-[^\W\d_]")  # a minus before a letter ("-5" is a number)
_TITLE_WEIGHT = 5.0


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    title: str | None
    snippet: str
    rank: float  # FTS5 bm25 (title weighted 5x): more negative is a better match; hits come best first


class SearchError(ValueError):
    """A query that cannot be searched, with a message fit for the researcher."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position  # the character (from 0) where the query goes wrong, when known


def search(corpus: Corpus, query: str, limit: int = 200) -> list[SearchHit]:
    """Best matches first, each with a snippet around the matched words; a blank query finds nothing."""
    expression = fts_query(query)
    if expression is None:
        return []
    sql = (
        f"SELECT documents_fts.rowid, {shown_title_sql('documents')},"  # the title as the list shows it
        f" snippet(documents_fts, -1, '{MARK_START}', '{MARK_END}', '…', 16), documents_fts.rank"
        " FROM documents_fts JOIN documents ON documents.id = documents_fts.rowid"
        f" WHERE documents_fts MATCH ? AND documents_fts.rank MATCH 'bm25({_TITLE_WEIGHT}, 1.0)'"
        " ORDER BY documents_fts.rank LIMIT ?"
    )
    rows = _run(corpus, sql, (expression, limit), query)
    return [SearchHit(row[0], row[1], row[2], row[3]) for row in rows]


def search_document_ids(corpus: Corpus, query: str) -> list[int]:
    """Ids of every matching document, ascending, for filtering the document list."""
    expression = fts_query(query)
    if expression is None:
        return []
    sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid"
    return [row[0] for row in _run(corpus, sql, (expression,), query)]


def matches_in(corpus: Corpus, query: str, document_id: int) -> list[tuple[int, int]]:
    """Where the query's words are in the document's text, as (start, end) offsets into it, in
    reading order: a hit opened from a search is shown where it is, not at the article's top."""
    expression = fts_query(query)
    if expression is None:
        return []
    sql = (f"SELECT highlight(documents_fts, 1, '{MARK_START}', '{MARK_END}') FROM documents_fts"
           " WHERE documents_fts MATCH ? AND rowid = ?")
    rows = _run(corpus, sql, (expression, document_id), query)
    if not rows or rows[0][0] is None:
        return []
    spans, at, start = [], 0, None
    for piece in re.split(f"([{MARK_START}{MARK_END}])", rows[0][0]):
        if piece == MARK_START:
            start = at
        elif piece == MARK_END and start is not None:
            spans.append((start, at))
            start = None
        else:
            at += len(piece)
    return spans


def fts_query(query: str) -> str | None:
    """The FTS5 expression for what the researcher typed, or None when there is nothing to search.
    A query FTS5 would refuse is refused here, naming the character where it goes wrong and why; a
    bracketed group beside a word is joined with AND, as two words are ("(Kent OR Seattle) shooting")."""
    parts: list[str] = []
    opened: list[int] = []  # where each '(' not yet closed is
    last, operator = None, ("", 0)  # what came last: None, "op", "open", "term", "near" or "close"
    for match in _TOKEN.finditer(query):
        kind, token, at = match.lastgroup, match.group(), match.start()
        if kind == "open":
            _refuse(query, at, "this quotation mark is not closed")
        if kind == "word" and token in _BINARY:
            if last in (None, "op", "open"):
                _refuse(query, at, f"{token} has no word before it" + _BETWEEN[token])
            last, operator = "op", (token, at)
        elif token == "(":
            if last in ("term", "close"):
                parts.append("AND")
            opened.append(at)
            last = "open"
        elif token == ")":
            if not opened:
                _refuse(query, at, "this ')' has no '(' before it")
            if last == "op":
                _refuse(query, operator[1], f"{operator[0]} has no word after it" + _BETWEEN[operator[0]])
            if last == "open":
                _refuse(query, opened[-1], "these brackets hold no word")
            opened.pop()
            last = "close"
        elif kind == "word" and _LEFT_OUT.match(token):  # "Akin -Romney", as in a web search: it found both words
            if last not in ("term", "close"):
                _refuse(query, at, f"{token} has no word before it: a minus leaves out the word it is on, after the"
                                   f" words it is left out of (as in 'police -gang')")
            parts += ["NOT", _bare_word(token[1:])]
            last = "term"
            continue
        elif kind in ("word", "phrase"):
            token = _bare_word(token) if kind == "word" and token not in _OPERATORS else token
            if token is None:  # punctuation alone is no word
                continue
            if last == "close":
                parts.append("AND")
            last = "near" if token == "NEAR" else "term"
        if kind != "space":
            parts.append(token)
    if opened:
        _refuse(query, opened[-1], "this '(' is not closed")
    if last == "op":
        _refuse(query, operator[1], f"{operator[0]} has no word after it" + _BETWEEN[operator[0]])
    return " ".join(parts) or None


def unsearched(query: str) -> str | None:
    """Why punctuation in a query found nothing (None when it holds none apart from words): FTS5 indexes only
    letters and digits, so "*", "-" or "©" alone found nothing and "(c)" looked for the word c, unsaid."""
    shown = query.strip()
    if not shown:
        return None
    if fts_query(query) is None:
        return (f"Nothing to search in “{shown}”: the search reads words and numbers and needs a letter or digit; "
                f"punctuation and symbols are not indexed.")
    apart = [t for t in re.split(r"[\s()]+", shown) if t and not _HAS_WORD.search(t)]
    grouped = "(" in shown and not any(w in _OPERATORS for w in shown.split())  # "(c)": brackets round one word
    if not apart and not grouped:
        return None
    words = [w for w in re.findall(r"\w+", shown) if w not in _OPERATORS and w.lower() not in _COLUMNS]
    return f"Punctuation is not searched, only words and numbers: “{shown}” looked for {', '.join(words)}."


def _refuse(query: str, at: int, why: str) -> None:
    """Raise the error a researcher reads: the query, the character it goes wrong at (counted from 1), why."""
    raise SearchError(f"Cannot search for {query!r}: at character {at + 1}, {why}. {_HINT}", at)


def _bare_word(token: str) -> str | None:
    column = ""
    name, colon, rest = token.partition(":")
    if colon and name.lower() in _COLUMNS and rest:
        column, token = f"{name.lower()} : ", rest
    prefix = token.endswith("*")
    token = token.rstrip("*")
    if not _HAS_WORD.search(token):
        return None
    return f'{column}"{token.replace(chr(34), chr(34) * 2)}"{"*" if prefix else ""}'


def _run(corpus: Corpus, sql: str, parameters: tuple, query: str) -> list[tuple]:
    try:
        return corpus.db.execute(sql, parameters).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "fts5" in message or "syntax error" in message or "no such column" in message:
            raise SearchError(f"Cannot search for {query!r}: {message.removeprefix('fts5: ')}. {_HINT}") from exc
        raise
