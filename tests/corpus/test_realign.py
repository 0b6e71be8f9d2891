"""A passage of a document's old reading found in its new one, word by word."""
from __future__ import annotations

import pytest

from viewer.corpus.realign import realign

OLD = "San\tDiego\tpolice\tshooting:\t1\toﬃcer\tdead,\n1\twounded\nThe oﬃcers were\nshot on Thursday."
NEW = "San Diego police shooting: 1 officer dead, 1 wounded\n\nThe officers were shot on Thursday."


@pytest.mark.parametrize("words", ["San\tDiego", "oﬃcer", "1\twounded\nThe oﬃcers", "shot on Thursday."])
def test_a_passage_keeps_its_words(words):
    start = OLD.index(words)
    span = realign(OLD, NEW).span(start, start + len(words))
    assert span is not None
    assert NEW[span[0]:span[1]].split() == [w.replace("ﬃ", "ffi") for w in words.split()]  # the full stop too


def test_a_passage_whose_words_are_gone_has_no_place():
    old = "Kept words. Page 3 of 7. More kept words."
    new = "Kept words. More kept words."
    moved = realign(old, new)
    start = old.index("Page 3 of 7")
    assert moved.span(start, start + len("Page 3 of 7")) is None
    assert moved.found == 5 / 9  # Page, 3, of, 7 are gone


def test_a_quote_around_the_words_goes_with_them():
    old, new = "He said:\t“We\tleft.”\tThen", "He said: “We left.” Then"
    start, end = old.index("“"), old.index("”") + 1
    span = realign(old, new).span(start, end)
    assert new[span[0]:span[1]] == "“We left.”"


def test_an_empty_old_text_moves_nothing():
    moved = realign("", "new text")
    assert moved.found == 1.0 and moved.span(0, 0) is None
