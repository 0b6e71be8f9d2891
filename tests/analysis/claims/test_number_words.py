"""Numbers written in words."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.number_words import number_word, spelled_value


@pytest.mark.parametrize(("words", "value"), [
    ("six", 6), ("Sixth", 6), ("first", 1), ("twelfth", 12), ("twentieth", 20), ("Forty-Second", 42),
    ("ninety ninth", 99), ("Maple", None), ("month", None), ("forty sixty", None), ("six forty", None),
])
def test_a_number_below_a_hundred_is_read_from_its_cardinal_or_ordinal_words(words, value):
    assert number_word(words) == value


@pytest.mark.parametrize(("words", "value"), [
    ("five", 5), ("Twenty-five", 25), ("twenty five", 25), ("a dozen", 12), ("a half-dozen", 6), ("Half a dozen", 6),
])
def test_spelled_words_have_one_value(words, value):
    assert spelled_value(words) == value


@pytest.mark.parametrize("words", ["five twenty", "dozen", "hundred"])
def test_words_that_are_no_cardinal_have_no_value(words):
    with pytest.raises(ValueError):
        spelled_value(words)
