"""Dates written in numbers, read only where one order is possible or the page says its order."""
import pytest

from viewer.corpus.numeric_dates import (
    DAY_FIRST, MONTH_FIRST, address_order, language_order, numeric_dates, order_said, page_order, two_readings,
)


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


@pytest.mark.parametrize("tag, order", [
    ("en-GB", DAY_FIRST), ("en_US", MONTH_FIRST), ("EN-gb", DAY_FIRST), ("uk-UA", DAY_FIRST), ("ru", DAY_FIRST),
    ("de", DAY_FIRST), ("en", None), ("es", None), ("en-CA", None),  # CLDR: English and Spanish both ways; Canada year first
    ("zh-Hant-TW", None), ("xx", None), ("", None), (None, None), ("12-34", None),
])
def test_a_language_tag_says_the_order_its_locale_writes(tag, order):
    assert language_order(tag) == order


@pytest.mark.parametrize("address, order", [
    ("https://www.dailymail.co.uk/news/article-1.html", DAY_FIRST), ("https://example.com.au/a", DAY_FIRST),
    ("https://www.pravda.com.ua/news/a", DAY_FIRST), ("https://police.example.us/a", MONTH_FIRST),
    ("http://web.archive.org/web/20150101000000/http://www.bbc.co.uk/news/a", DAY_FIRST),  # the archived page's own
    ("https://www.wral.com/a", None), ("https://example.org/a", None), ("https://news.example.tv/a", None),  # generic
    ("https://example.io/a", None), ("https://example.ca/a", None), ("not an address", None), (None, None),
])
def test_an_address_says_the_order_of_its_countrys_domain(address, order):
    assert address_order(address) == order


def test_the_page_says_its_order_before_what_it_declares_and_disagreement_settles_nothing():
    assert page_order("04/05/2015", "en-GB") == DAY_FIRST
    assert page_order("04/05/2015", None, "https://a.example.us/x") == MONTH_FIRST
    assert page_order("04/05/2015 and 05/24/2015", "en-GB") == MONTH_FIRST  # its own date reads one way only
    assert page_order("04/05/2015 at 9:00 PM EDT", "en-GB") is None
    assert page_order("04/05/2015", "en-US", "https://a.example.co.uk/x") is None
    order, reason, in_text = order_said("04/05/2015", "en-GB")
    assert (order, in_text) == (DAY_FIRST, False) and "en-GB" in reason
    assert order_said("04/05/2015 13:26 BST") == (DAY_FIRST, "the page's time zone BST", True)


def test_a_date_that_reads_two_ways_gives_both_readings():
    ((month_first, day_first),) = two_readings("Updated 4/7/2013 1:53:00 AM")
    assert (month_first.full.isoformat(), day_first.full.isoformat()) == ("2013-04-07", "2013-07-04")
    assert two_readings("05/24/2015 08.08.2012 2015/07/05") == []  # each reads one way
