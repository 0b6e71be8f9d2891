"""Day-first dates a page header prints in capitals ("MON 22 JUL 2013"), read only with their day and year."""
import pytest

from viewer.corpus.capital_dates import capital_dates


@pytest.mark.parametrize("text, day", [
    ("9:53 AM, MON 22 JUL 2013", (2013, 7, 22)),
    ("27 NOVEMBER, 2005", (2005, 11, 27)),
    ("THURSDAY 3 SEPT. 2015", (2015, 9, 3)),
    ("1ST MAY 2014", (2014, 5, 1)),
])
def test_a_day_first_date_in_capitals_is_read(text, day):
    (phrase,) = capital_dates(text)
    assert (phrase.year, phrase.month, phrase.day) == day
    assert text[phrase.start:phrase.end] == phrase.text


@pytest.mark.parametrize("text", [
    "TUE 22 JUL 2013",  # 22 July 2013 was a Monday
    "31 FEB 2013", "22 JUL",  # no such day; no year: a headline's words
    "22 Jul 2013",  # not capitals: `dates` reads it
    "MAY 16 2013",  # month first: `dates` reads it
    "10 MAYBE 2013",
])
def test_what_is_no_day_first_date_in_capitals_reads_as_nothing(text):
    assert capital_dates(text) == []
