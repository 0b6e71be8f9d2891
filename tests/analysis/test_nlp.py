"""The parse's sentences at a clock time's stop: one after a clause before a capital, none inside a sentence."""
from __future__ import annotations

import pytest

from viewer.analysis.segment import parse

_TITLE = "Man shot on Elm Street\n\n"


def _sentences(body: str) -> list[str]:
    text = _TITLE + body
    return [text[s.start:s.end] for s in parse(1, text, []).sentences()][1:]


@pytest.mark.parametrize("body, expected", [
    ("The man was shot at 10 p.m. He died at the scene.", ["The man was shot at 10 p.m.", "He died at the scene."]),
    ("The call came about 3 a.m. Police said the man was 24.",
     ["The call came about 3 a.m.", "Police said the man was 24."]),
    ("The man was shot at 10 p.m. Saturday near a bar.", ["The man was shot at 10 p.m. Saturday near a bar."]),
    ("The man was shot at 10 p.m. as the bar closed.", ["The man was shot at 10 p.m. as the bar closed."]),
    ("At about 1:20 a.m. Riverside police were called.", ["At about 1:20 a.m. Riverside police were called."]),
])
def test_a_clock_time_s_stop_ends_a_sentence_only_after_a_clause_before_a_capital(body, expected):
    assert _sentences(body) == expected


def test_a_clock_time_s_stop_before_a_comma_ends_nothing():
    body = "Around 1 a.m., police received a call. It was about 2 a.m. (local time) when they came."
    assert _sentences(body) == ["Around 1 a.m., police received a call.",
                                "It was about 2 a.m. (local time) when they came."]
