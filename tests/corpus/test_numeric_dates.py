"""Dates written in numbers, read only where one order is possible or the page says its order."""
import pytest

from viewer.corpus.numeric_dates import DAY_FIRST, MONTH_FIRST, numeric_dates, page_order


def read(text, order=None):
    return [(p.year, p.month, p.day) for p in numeric_dates(text, order=order)]


@pytest.mark.parametrize("text, day", [
    ("Published: 2012.08.08 09:01 AM", (2012, 8, 8)),  # the year first: one order
    ("Posted 2015/07/05", (2015, 7, 5)),
    ("24.06.2014", (2014, 6, 24)),  # 24 is no month
    ("05/24/15", (2015, 5, 24)),
    ("08.08.2012", (2012, 8, 8)),  # both orders name one day
    ("Posted 11 / 27 / 2005 7:21 AM", (2005, 11, 27)),  # a tokenised page's slashes
    ("On Tuesday, 8/2/2016", (2016, 8, 2)),  # 2 August 2016 was a Tuesday, 8 February a Monday
])
def test_a_numeric_date_that_reads_one_way_is_read(text, day):
    assert read(text) == [day]
    (phrase,) = numeric_dates(text)
    assert text[phrase.start:phrase.end] == phrase.text


def test_a_numeric_date_that_reads_two_ways_waits_for_the_pages_order():
    assert read("08.07.2012") == [] and read("4 / 9 / 2007") == []
    assert read("08.07.2012", DAY_FIRST) == [(2012, 7, 8)]
    assert read("4 / 9 / 2007", MONTH_FIRST) == [(2007, 4, 9)]
    assert read("24.06.2014", MONTH_FIRST) == [(2014, 6, 24)]  # the numbers outrank the page


@pytest.mark.parametrize("text", [
    "2012.13.45", "31/02/2015", "00.00.0000", "29/02/2015", "13/13/2013", "5.01.10", "192.168.1.20", "1-19-17",
    "v2.10.2014.1", "score 3/4/5",
])
def test_what_is_no_date_reads_as_nothing(text):
    assert numeric_dates(text, order=DAY_FIRST) == [] and numeric_dates(text, order=MONTH_FIRST) == []


@pytest.mark.parametrize("text, order", [
    ("Posted 4/7/2013. Police said the man was arrested on 4/13/2013.", MONTH_FIRST),
    ("Last updated 13:26 14 / 09 / 2013", DAY_FIRST),
    ("POSTED: 05 / 02 / 07, 9:00 PM PDT", MONTH_FIRST),
    ("08.07.2012 21:40 CEST", DAY_FIRST),
    ("4/7/2013 and 24/7/2013 and 7/24/2013", None),  # the page says both
    ("08.07.2012, 9:00 PM PDT, 21:40 CEST", None),
    ("The CT scan on 4/7/2013", None),  # a zone counts only after a clock time
    ("4/7/2013", None),
])
def test_a_page_says_its_order_by_a_date_that_reads_one_way_or_a_clock_zone(text, order):
    assert page_order(text) == order
