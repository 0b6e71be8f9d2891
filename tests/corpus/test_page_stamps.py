"""A page's stamps read as the page writes its numbers (`page_stamps`): one way by the page's order, both ways kept
when it says none, the words `dates.stamps` does not know, and what is not a stamp."""
from viewer.corpus.numeric_dates import DAY_FIRST, MONTH_FIRST
from viewer.corpus.page_stamps import stamps, two_way


def days(text, order=None):
    return [(s.word, s.updated, s.date.full.isoformat()) for s in stamps(text, order=order)]


def test_a_stamp_in_numbers_is_read_in_the_pages_order():
    assert days("Created: 08/09/2014 5:14 AM", MONTH_FIRST) == [("Created", False, "2014-08-09")]
    assert days("Created: 08/09/2014 5:14 AM", DAY_FIRST) == [("Created", False, "2014-09-08")]


def test_a_stamp_in_numbers_that_reads_two_ways_is_read_only_in_an_order():
    assert days("Created: 08/09/2014 5:14 AM") == []
    ((stamp, day_first),) = two_way("Created: 08/09/2014 5:14 AM")
    assert (stamp.word, stamp.date.full.isoformat(), day_first.full.isoformat()) == ("Created", "2014-08-09", "2014-09-08")


def test_numbers_that_read_one_way_need_no_order():
    assert days("Posted: 6/28/2015") == [("Posted", False, "2015-06-28")]
    assert days("First Posted 23:37:00 05 / 05 / 2010") == [("First Posted", False, "2010-05-05")]
    assert two_way("Posted: 6/28/2015") == []


def test_stamp_words_the_claim_reader_does_not_know():
    assert days("Originally published 05 / 03 / 2013 at 10:20 AM EDT", MONTH_FIRST) == [("Originally published", False, "2013-05-03")]
    assert days("UPDATED 22 JUL 2013 9:53 AM") == [("UPDATED", True, "2013-07-22")]
    assert days("Last updated 13:26 14 / 09 / 2013") == [("Last updated", True, "2013-09-14")]


def test_words_as_before():
    assert days("Posted: Tuesday, January 28, 2014 8:18 PM EST") == [("Posted", False, "2014-01-28")]


def test_not_stamps():
    assert days("bond was posted on 6/28/2015") == []  # prose: the word in lower case
    assert days("Created: 31/02/2015", DAY_FIRST) == []  # no such day
    assert days("Posted in News") == []
    assert two_way("Posted: 31/02/2015") == []


def test_a_dotted_date_that_reads_two_ways_waits_for_the_pages_order():
    # "03.04" is not a clock time before the date (`dates.stamps` takes it for one and reads nothing)
    assert days("Published: 03.04.2022") == []
    assert days("Published: 03.04.2022", DAY_FIRST) == [("Published", False, "2022-04-03")]
    ((stamp, day_first),) = two_way("Published: 03.04.2022")
    assert (stamp.date.full.isoformat(), day_first.full.isoformat()) == ("2022-03-04", "2022-04-03")
