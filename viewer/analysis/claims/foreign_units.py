"""Sentences of the passages an article quotes in another language, as units the multilingual
model reads (``crosslingual``).

The English parse blanks these passages (`segment.foreign_passages`), so they are no claim units;
kept here, with their language and no parse features, a quoted Russian tweet can still be shown as
the rendering of the English words that translate it. Only the languages the model reads
(``crosslingual.json``) are cut, and only sentences written in that language's script: a
tweet's credit line ("pic.twitter.com/… — Name (@handle) April 13, 2022") is no sentence of it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.model import Mention
from viewer.analysis.segment import ParsedDocument, sentence_spans
from viewer.corpus.language import script_language
from viewer.corpus.spans import Span

SETTINGS = Path(__file__).with_name("crosslingual.json")
_MIN_WORDS = 3  # "Давайте и мы не терять." has five; a lone name or a date says nothing to render
_WORD = re.compile(r"\w+")
LANGUAGE_NAMES = {"ru": "Russian", "uk": "Ukrainian"}
_LEAD = re.compile(r"^[-–—•*\s]+")  # a list's dash or bullet is no part of the sentence


@cache
def settings() -> dict:
    """The model's languages and the cosine a rendering needs, with where they come from."""
    return json.loads(SETTINGS.read_text(encoding="utf-8"))


def foreign_units(parsed: ParsedDocument) -> list[ClaimUnit]:
    """The sentences of the document's foreign passages in a language the model reads, in reading order."""
    languages = set(settings()["languages"])
    text, out = parsed.text, []
    for passage, language in parsed.foreign:
        if language not in languages:
            continue
        for span in sentence_spans(text, passage.start, passage.end):
            words = text[span.start:span.end]
            bullet = _LEAD.match(words)
            lead = bullet.end() if bullet else 0
            if len(_WORD.findall(words)) < _MIN_WORDS or script_language(words) != language:
                continue
            out.append(ClaimUnit(parsed.id, Span(span.start + lead, span.end), UnitFeatures(language=language)))
    for position, unit in enumerate(out):
        unit.features.position = position
    return out


def rendered_in(mention: Mention, mentions: Sequence[Mention]) -> str:
    """The language a claim's mention renders another of its mentions in, in the same document ("Russian"),
    or "" for a mention in its own right: views show a rendering beside the words it renders, not as a source."""
    own = script_language(mention.text)
    if own is None:
        return ""
    renders = any(m.document == mention.document and (m.start, m.end) != (mention.start, mention.end)
                  and script_language(m.text) != own for m in mentions)
    return LANGUAGE_NAMES.get(own, own) if renders else ""


def written_in(mentions: Sequence[Mention]) -> str:
    """The language of mentions all written in one the model reads ("Russian"), or "": the words of a report in that
    language, which the English parse never reads for statements or figures."""
    languages = {script_language(m.text) for m in mentions}
    if len(languages) != 1 or None in languages:
        return ""
    (language,) = languages
    return LANGUAGE_NAMES.get(language, language)
