"""Which word of a researcher's file names is the outlet, and the date a name holds."""
from __future__ import annotations

import pytest

from viewer.corpus.file_names import date_in, readings


def test_the_outlet_word_shared_by_several_names_comes_first():
    names = {1: "nyt-2017-02-14.txt", 2: "fox-2017-02-14.html", 3: "NYT-2017-02-15.txt", 4: "nyt-2017-02-16.txt"}
    first = readings(names)[0]
    assert first.describe() == "the first word"
    assert [(word.casefold(), documents) for word, documents in first.groups()] == [("nyt", [1, 3, 4]), ("fox", [2])]


def test_an_id_before_the_outlet_is_passed_over():
    names = {1: "2058ec60_FOX.txt", 2: "2058ec60_NYT.txt", 3: "97566c74_FOX.txt"}
    assert [(r.describe(), [w for w, _ in r.groups()]) for r in readings(names)] == [("the last word", ["FOX", "NYT"])]


def test_a_slug_is_offered_last_when_its_words_do_not_repeat():
    names = {1: "reuters-pier-vote.txt", 2: "ap-pier-delay.txt", 3: "reuters-council-backs.txt"}
    assert readings(names)[0].describe() == "the first word"


@pytest.mark.parametrize("name, day", [("nyt-2017-02-14.txt", "2017-02-14"), ("20170214_ap.html", "2017-02-14"),
                                       ("ap 2017.02.14.txt", "2017-02-14"), ("ap-2017-02-31.txt", None),
                                       ("2058ec60_FOX.txt", None), ("story-123456789.txt", None), ("", None)])
def test_a_date_is_read_only_where_the_name_holds_a_real_day(name, day):
    assert date_in(name) == day
