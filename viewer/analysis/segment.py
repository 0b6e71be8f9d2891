"""Parse a document with spaCy without letting boilerplate or foreign passages in.

Skipped characters are replaced by spaces (newlines kept) before parsing, so every offset the
parser returns is an offset into the stored text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from viewer.corpus.spans import Span
from viewer.analysis.nlp import english, text_of
from viewer.analysis.title_lines import recase_title
from viewer.corpus.language import detect_language, script_language

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# A sentence inside a paragraph: up to its closing stop and the quotes or brackets after it.
_ADDRESS_START = re.compile(r"[^\s/@]*(?:\.\w+/|@)")  # a link with a path, a handle
_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+[\"”»’)\]]*)?|[.!?…]+")


@dataclass
class ParsedDocument:
    id: int
    text: str
    doc: object  # spacy.tokens.Doc over the masked text
    skipped: list[Span] = field(default_factory=list)
    foreign: list[tuple[Span, str]] = field(default_factory=list)
    headlines: dict[Span, object] = field(default_factory=dict)  # lines above the prose parsed alone (`units.parse_headlines`)

    def sentences(self) -> list[Span]:
        """Sentence spans, trimmed, with no character inside a skipped span."""
        out = []
        parsed = text_of(self.doc)  # a sentence's text cut from it, not joined from its tokens
        for sent in self.doc.sents:
            raw = parsed[sent.start_char:sent.end_char]
            stripped = raw.strip()
            if not stripped:
                continue
            start = sent.start_char + (len(raw) - len(raw.lstrip()))
            out.append(Span(start, start + len(stripped)))
        return out


def foreign_passages(text: str, language: str = "en") -> list[tuple[Span, str]]:
    """Paragraphs written in another language than the document's (e.g. a quoted Russian tweet),
    and sentences in another script inside the document's own paragraphs (a Russian sentence quoted
    in an English paragraph is no English prose, and is what `foreign_units` reads)."""
    found = []
    for m in _PARAGRAPH.finditer(text):
        lang = _passage_language(m.group())
        if lang is not None and lang != language:
            found.append((Span(m.start(), m.end()), lang))
        else:
            found.extend(_foreign_sentences(text, m.start(), m.end(), language))
    return found


def _foreign_sentences(text: str, start: int, end: int, language: str) -> list[tuple[Span, str]]:
    """The sentences of one paragraph whose script gives away another language (a whole paragraph
    is judged by its share of letters, so one Russian sentence among English ones stays unseen there)."""
    found = []
    for span in sentence_spans(text, start, end):
        lang = script_language(text[span.start:span.end])
        if lang is not None and lang != language:
            found.append((span, lang))
    return found


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """The sentences between ``start`` and ``end`` by their stops alone, trimmed: text spaCy's
    English parse does not read (another language's) is cut this way. A sentence opens with a capital,
    a digit or a quote, never with a small letter."""
    out: list[Span] = []
    for m in _SENTENCE.finditer(text, start, end):
        lead = len(m.group()) - len(m.group().lstrip())
        stop = m.start() + len(m.group().rstrip())
        if m.start() + lead >= stop:
            continue
        if _continues(text, out[-1].end if out else None, m.start() + lead):
            out[-1] = Span(out[-1].start, stop)  # a stop before a small letter is an abbreviation's ("1 тыс. человек")
        else:
            out.append(Span(m.start() + lead, stop))
    return out


def _continues(text: str, previous_end: int | None, start: int) -> bool:
    """Whether the words at ``start`` go on the sentence ending at ``previous_end`` on the same line: they open
    with a small letter and are no web address or handle ("pic.twitter.com/…" after a tweet's last sentence)."""
    if previous_end is None or not text[start].islower() or "\n" in text[previous_end:start]:
        return False
    return _ADDRESS_START.match(text, start) is None


def _passage_language(passage: str) -> str | None:
    # Short Latin-script paragraphs are often misread (names, headlines): only a change of
    # script is trusted there; longer prose is identified by its words.
    if len(passage) <= 200:
        return script_language(passage)
    return detect_language(passage, min_votes=6)


def mask(text: str, spans: list[Span]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.start, min(span.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


@dataclass(frozen=True)
class Unparsed:
    id: int
    text: str
    boilerplate: list[Span]
    language: str = "en"


def parse(document_id: int, text: str, boilerplate: list[Span], language: str = "en") -> ParsedDocument:
    """Parse the English prose of a document; boilerplate and foreign passages become blanks."""
    return next(parse_many([Unparsed(document_id, text, boilerplate, language)]))


def parse_many(documents: Iterable[Unparsed], batch_size: int = 16) -> Iterator[ParsedDocument]:
    """Parse lazily in batches: spaCy's ``pipe`` is several times faster than one call per text."""
    prepared = (_prepare(d) for d in documents)
    nlp = english()
    pairs = nlp.pipe(((masked, meta) for masked, meta in prepared), as_tuples=True, batch_size=batch_size)
    for doc, (document, skipped, foreign) in pairs:
        recase_title(doc, nlp)
        yield ParsedDocument(document.id, document.text, doc, skipped, foreign)


def _prepare(document: Unparsed) -> tuple[str, tuple]:
    foreign = foreign_passages(document.text, document.language)
    skipped = sorted(list(document.boilerplate) + [span for span, _ in foreign])
    return mask(document.text, skipped), (document, skipped, foreign)
