"""Where raw text's sentences end: not at an abbreviation's stop, nor at a clock time's stop its sentence goes on
after."""
from __future__ import annotations

import re

import pytest

from viewer.corpus.sentence_ends import clock_goes_on, next_sentence_end

_STOP = re.compile(r"[.!?]\s+")


def _first_sentence(text: str) -> str:
    end = next_sentence_end(_STOP, text, 0)
    return text[:end.start() + 1] if end else text


@pytest.mark.parametrize("text", [
    "Officers arrived at 3:17 p.m. as both schools were letting out.",
    "The man was found at 11:30 p.m. Saturday in a car.",
    "The shooting happened about 2 a.m. March 5 on Elm Street.",
    "The debate airs at 9 p.m. ET on the network.",
    "At about 1:20 a.m. Riverside police were called to a bar.",
    "Shortly after 8 p.m. Mr. Doe walked into the store.",
])
def test_a_clock_time_inside_its_sentence_ends_nothing(text):
    assert _first_sentence(text) == text


@pytest.mark.parametrize("text, first", [
    ("The man was shot at 10 p.m. He died at the scene.", "The man was shot at 10 p.m."),
    ("It happened about 3 a.m. Police said the victim was 24.", "It happened about 3 a.m."),
    ("Mr. Doe left the bar at 2 a.m. The car was found later.", "Mr. Doe left the bar at 2 a.m."),
])
def test_a_clock_time_ending_a_clause_before_a_capital_ends_its_sentence(text, first):
    assert _first_sentence(text) == first


def test_only_the_stop_of_a_clock_time_is_read_so():
    text = "The store closes at 9 p.m. daily. Mr. Doe said so. It was 10 p.m.\nThe end."
    assert clock_goes_on(text, text.index("p.m.") + 3)
    assert not clock_goes_on(text, text.index("daily.") + 5)
    assert not clock_goes_on(text, text.index("Mr.") + 2)
    assert not clock_goes_on(text, text.index("10 p.m.") + 6)  # a line's end
    assert clock_goes_on("shot at 10p.m. Saturday", 13)


@pytest.mark.parametrize("text", [
    "Defense Secretary Lloyd Austin said in a memorandum made public Aug. 25 that every member must be vaccinated.",
    "A hearing is scheduled in his case for Jan. 27, 2014, in the county court.",
    "The boosters roll out starting Sept. 20 in every state.",
])
def test_a_months_abbreviation_before_its_day_ends_nothing(text):
    assert _first_sentence(text) == text


@pytest.mark.parametrize("text, first", [
    ('"I was just there," said neighbor Saher Jan. "I just got home."', '"I was just there," said neighbor Saher Jan.'),
    ("The last shooting here was in Aug. Police have added patrols.", "The last shooting here was in Aug."),
])
def test_a_months_abbreviation_without_a_day_after_may_end_its_sentence(text, first):
    assert _first_sentence(text) == first
