"""Whether a report was made is read from the parse around its cue, not from the cue's words alone: a withholding
verb the reporting verb completes counts though words stand between them and outside the cue."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.negation import negation_of
from viewer.analysis.attribution.reported_speech import Frame
from viewer.corpus.spans import Span


def _frame(doc, cue: str, content: str) -> Frame:
    """A frame whose cue is the words ``cue`` (as the finder may cut it) over the words ``content``."""
    text = doc.text
    start = text.index(cue)
    tokens = [t for t in doc if start <= t.idx < start + len(cue)]
    at = text.index(content)
    return Frame("indirect", tokens, [doc[0]], Span(at, at + len(content)), Span(0, len(text)))


@pytest.mark.parametrize("text, cue, content, expected", [
    ("She refused on Wednesday to say anything more to the committee.", "to say", "anything more to the committee",
     "withheld"),
    ("She did not refuse on Wednesday to say that the bill was dead.", "to say", "the bill was dead", None),
    ("She went on Wednesday to say that the bill was dead.", "to say", "the bill was dead", None),
    ("She did not say on Wednesday that the bill was dead.", "did not say", "the bill was dead", "negated"),
    ("He vowed to ban the group, declined at first to criticize former KKK leader David Duke, and defended the image.",
     "to criticize", "former KKK leader David Duke", "withheld"),
    ("The company declined to comment, saying that it does not discuss pending cases.", "saying",
     "it does not discuss pending cases", None),
])
def test_the_verbs_over_a_report_turn_it_over(parsed, text, cue, content, expected):
    doc = parsed(text).doc
    assert negation_of(_frame(doc, cue, content)) == expected


@pytest.mark.parametrize("text, cue, content, expected", [
    ("The mayor was criticised for his refusal to comment on the shooting.", "refusal", "to comment on the shooting",
     "withheld"),
    ("Ryan's reluctance to endorse the nominee angered donors.", "reluctance", "to endorse the nominee", "withheld"),
    ("Ryan's criticism of the nominee angered donors.", "criticism", "of the nominee", None),
    ("The sheriff declined comment on the case.", "declined", "comment on the case", "withheld"),
    ("The sheriff confirmed the arrest on Tuesday.", "confirmed", "the arrest", None),
])
def test_a_noun_of_withholding_or_a_withheld_object_turns_the_report_over(parsed, text, cue, content, expected):
    doc = parsed(text).doc
    assert negation_of(_frame(doc, cue, content)) == expected


@pytest.mark.parametrize("text, cue, content, expected", [
    ("Police did not identify the gunman, nor did they say whether anyone had been arrested.", "did they say",
     "whether anyone had been arrested", "negated"),
    ("A spokesman would neither confirm nor deny that the plant had closed.", "deny", "the plant had closed",
     "negated"),
    ("A spokesman would neither confirm the report nor comment on it.", "confirm", "the report", "negated"),
    ("Police did not identify the gunman but said that two people had been arrested.", "said",
     "two people had been arrested", None),
])
def test_neither_and_nor_deny_the_report_they_join(parsed, text, cue, content, expected):
    doc = parsed(text).doc
    assert negation_of(_frame(doc, cue, content)) == expected
