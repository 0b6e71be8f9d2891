"""Find quotations in news text, whatever quote marks the outlet (or its translator) used.

Marks are paired by a left-to-right scan: the glyph says which way a mark usually faces, the
characters around it say which way it faces here, and a pending quotation may run over
paragraph breaks (a translated quote often opens in one paragraph and closes two later).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS
from viewer.analysis.attribution.reported_speech import Frame
from viewer.analysis.nlp import text_of
from viewer.corpus.spans import Span

_DOUBLE_OPENERS = "“„«"
_DOUBLE_CLOSERS = "”»"
_SINGLE_OPENERS = "‘‚‹"
_SINGLE_CLOSERS = "’›"
_STRAIGHT = "\"'"
_OPEN_BEFORE = " \t\n([{—–-/"
_MAX_PARAGRAPHS = 4


@dataclass(frozen=True)
class Quote:
    """A quotation: ``span`` includes the marks, ``content`` is the quoted words, trimmed."""

    span: Span
    content: Span
    closed: bool


def find_quotes(text: str) -> list[Quote]:
    """Quotations in reading order (double-quote level, then single quotes outside them)."""
    marked = _paired_apostrophes(text)
    if marked != text:
        return [_whole_marks(text, q) for q in find_quotes(marked)]
    doubles = _pair(text, _marks(text, double=True))
    singles = [q for q in _pair(text, _marks(text, double=False))
               if not any(d.span.start <= q.span.start < d.span.end for d in doubles)]
    return sorted(doubles + singles, key=lambda q: q.span.start)


_TWO_APOSTROPHES = re.compile(r"'''|''|``")


def _paired_apostrophes(text: str) -> str:
    """Archive and typewriter texts mark quotations with two apostrophes (''…'' or ``…''): read
    each pair as one double mark, the other character as a space, so offsets stay the text's. Three
    are the edge of a quotation inside one ("''I said, 'No,'''"): a double and a single mark, the
    double outside (on PolNeAR's fit part: 11 quotations more, all annotated)."""
    def mark(m: re.Match) -> str:
        after = text[m.end()] if m.end() < len(text) else " "
        opens = after.isalnum() or m.group() == "``"
        if len(m.group()) == 3:
            return " \"'" if opens else "'\" "
        return ' "' if opens else '" '

    return _TWO_APOSTROPHES.sub(mark, text)


def _whole_marks(text: str, quote: Quote) -> Quote:
    """The quotation's span over both characters of a two-apostrophe mark."""
    start, end = quote.span.start, quote.span.end
    if start > 0 and text[start - 1:start + 1] in ("''", "``"):
        start -= 1
    if end < len(text) and text[end - 1:end + 1] == "''":
        end += 1
    return Quote(Span(start, end), quote.content, quote.closed)


def _marks(text: str, double: bool) -> list[int]:
    glyphs = _DOUBLE_OPENERS + _DOUBLE_CLOSERS + '"' if double else _SINGLE_OPENERS + _SINGLE_CLOSERS + "'"
    return [i for i, c in enumerate(text) if c in glyphs and not _is_apostrophe(text, i)]


def _is_apostrophe(text: str, i: int) -> bool:
    if text[i] not in "'’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or (before in "sS" and not after.isalnum()))


def _context_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _context_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _strong_opener(text: str, i: int) -> bool:
    return text[i] in _DOUBLE_OPENERS + _SINGLE_OPENERS and _context_opens(text, i)


def _can_open(text: str, i: int) -> bool:
    c = text[i]
    if c in _DOUBLE_OPENERS + _SINGLE_OPENERS:
        return not _context_closes(text, i) or _context_opens(text, i)
    if c in _STRAIGHT:
        return _context_opens(text, i)
    return c == "»" and _context_opens(text, i)  # German »…«


def _pair(text: str, marks: list[int]) -> list[Quote]:
    quotes: list[Quote] = []
    pending: int | None = None
    for i in marks:
        if pending is None:
            if _can_open(text, i):
                pending = i
            continue
        crossed = text.count("\n\n", pending, i)
        if crossed >= _MAX_PARAGRAPHS or (_strong_opener(text, i) and crossed) or (
                text[i] in _STRAIGHT and crossed and _context_opens(text, i)):
            quotes.append(_unclosed(text, pending))
            pending = i if _can_open(text, i) else None
            continue
        if _strong_opener(text, i) and text[pending] != "„":
            quotes.append(_unclosed(text, pending))
            pending = i
            continue
        quotes.append(_make(text, pending, i + 1, closed=True))
        pending = None
    if pending is not None:
        quotes.append(_unclosed(text, pending))
    return [q for q in quotes if len(q.content) > 0]


def _unclosed(text: str, start: int) -> Quote:
    end = text.find("\n", start)
    return _make(text, start, len(text) if end < 0 else end, closed=False)


def _make(text: str, start: int, end: int, closed: bool) -> Quote:
    lo, hi = start + 1, end - 1 if closed else end
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:"):
        hi -= 1
    return Quote(Span(start, end), Span(lo, hi), closed)


def to_its_close(text: str, content: Span, quotes: list[Quote]) -> Span:
    """A reported clause that opens a quotation goes on to the quotation's close: in 'Rubio responded that the
    businessman "is right about the problems, but his solutions don't work."' the parse (or the sentence break in
    '"only Ted Cruz can beat Donald Trump. John Kasich can't do it."') ends the clause inside the quoted words,
    which are all the speaker's. PolNeAR's annotators run such contents to the closing mark (on its fit part 76
    of 77 contents that stopped inside a quotation closed later in the paragraph)."""
    for quote in quotes:
        if quote.closed and content.start <= quote.span.start < content.end < quote.content.end \
                and "\n" not in text[content.end:quote.content.end] and not _next_sentences(text, content, quote):
            end = quote.content.end
            while end > content.end and text[end - 1] in ".,;:":
                end -= 1
            return Span(content.start, end)
    return content


def _next_sentences(text: str, content: Span, quote: Quote) -> bool:
    """A content that ends on the opening mark of the next sentence's quotation ("…to do more. ''The flow…", a
    two-apostrophe mark the clause took in) has none of its words: that quotation is another statement."""
    return quote.content.start >= content.end and text[content.start:quote.span.start].rstrip()[-1:] in (".", "!", "?")


_INTRO_TOKENS = 8


def named_after(doc, quote: Quote):
    """'"I have never seen anything like it." Margaret Hale stood in the doorway…': a quotation
    opening its paragraph with no cue is the person the next sentence of the paragraph names."""
    text = text_of(doc)
    start = text.rfind("\n", 0, quote.span.start) + 1
    if not quote.closed or text[start:quote.span.start].strip() or text[quote.span.end:quote.span.end + 1] != " ":
        return None
    first = next((t for t in doc if t.idx > quote.span.end), None)
    if first is None:
        return None
    sentence = first.sent
    for ent in sentence.ents:
        if ent.label_ == "PERSON" and 0 <= ent.start - first.i < _INTRO_TOKENS and _introduces(ent.root):
            return Frame("indirect", [_verb_of(ent.root)], list(ent), None, Span(first.idx, sentence.end_char))
    return None


def _introduces(root) -> bool:
    """The name is who the sentence is about, who "so warned", or where "the words came from"."""
    holder = root.head if root.dep_ == "appos" else root
    inverted = holder.dep_ == "dobj" and holder.head.lemma_.lower() in REPORTING_VERBS  # "So warned Emma Clarke"
    return holder.dep_ in ("nsubj", "nsubjpass") or inverted or holder.dep_ == "pobj" and holder.head.lower_ == "from"


def _verb_of(root):
    token = root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token
