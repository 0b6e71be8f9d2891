"""The same quoted words given to two people by two sources of one claim: made-up articles."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.voices import Quotation
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import Claim, Mention
from viewer.corpus.spans import Span

_WORDS = "We have more questions than answers at this point"


def _quoting(speaker: str) -> str:
    return f"“{_WORDS},” {speaker} said on Sunday."


def _speakers(first: tuple[int, str], second: tuple[int, str], words: str = _WORDS) -> list[str]:
    """The speaker discrepancies of a claim two articles word as quotations, each of its speaker."""
    texts = {1: _quoting(first[1]), 2: _quoting(second[1]).replace(_WORDS, words)}
    mentions = [Mention(d, 0, len(t), t) for d, t in texts.items()]
    quotations = {d: [Quotation((Span(1, 1 + len(words if d == 2 else _WORDS)),), who, name)]
                  for d, (who, name) in zip(texts, (first, second))}
    claim = Claim("x", mentions)
    annotate_discrepancies([claim], [], {d: [Span(0, len(t))] for d, t in texts.items()}, texts, quotations=quotations)
    return [d.explanation for d in claim.discrepancies if d.kind == "speaker"]


@pytest.mark.parametrize("first, second, words, expected", [
    ((1, "Kevin Navarro"), (2, "Anthony Guglielmi"), _WORDS, ["said by: 'Kevin Navarro' vs 'Anthony Guglielmi'"]),
    ((1, "Kevin Navarro"), (1, "Kevin Navarro"), _WORDS, []),  # one person
    ((1, "Navarro"), (2, "First Deputy Kevin Navarro"), _WORDS, []),  # a name in common: maybe one person left apart
    ((1, "Kevin Navarro"), (2, "Anthony Guglielmi"), "We have more questions than answers today", []),  # other words
])
def test_the_same_words_given_to_two_people_differ_on_who_said_them(first, second, words, expected):
    assert _speakers(first, second, words) == expected
