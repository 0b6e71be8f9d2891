"""Date phrases as news text writes them, and what is not a date."""
from datetime import date

import pytest

from viewer.corpus.dates import date_phrases, dates_only, numeric_date, parse_date, stamps, weekday_phrases


@pytest.mark.parametrize("text, year, month, day", [
    ("Published 2022-04-13T10:00:00Z", 2022, 4, 13),
    ("MOSCOW, 13.04.2022. /TASS/.", 2022, 4, 13),
    ("Wednesday, April 13, 2022", 2022, 4, 13),
    ("on Apr. 13th 2022 the ministry", 2022, 4, 13),
    ("Sept 3, 2021", 2021, 9, 3),
    ("13 April 2022", 2022, 4, 13),
    ("the 13th of April", None, 4, 13),
    ("Since May 16, 959 combatants", None, 5, 16),
    ("in April 2022", 2022, 4, None),
    ("THURSDAY, APRIL 11, 2013, 9:53 PM", 2013, 4, 11),  # a page header in capitals
    ("MAR. 14, 2013, 8:12 PM", 2013, 3, 14),
    ("WEDNESDAY, APRIL 24TH, 2013 AT 10:40 AM", 2013, 4, 24),
])
def test_a_phrase_keeps_what_it_states(text, year, month, day):
    (phrase,) = date_phrases(text)
    assert (phrase.year, phrase.month, phrase.day) == (year, month, day)
    assert text[phrase.start:phrase.end] == phrase.text


@pytest.mark.parametrize("text", [
    "more than 1,026 servicemen", "you may 16 times try", "31 February 2022", "2022-13-40", "March 32",
    "Room 12.10.22", "", "YOU MAY 16 TIMES TRY", "DEADLINE: MARCH 3",  # in capitals only a full date is one
])
def test_what_is_not_a_date(text):
    assert [p for p in date_phrases(text) if p.day is not None] == []


def test_the_weekday_in_a_full_date_is_kept_with_it_not_read_again():
    text = "Wednesday, April 13, 2022: the ministry said on Thursday that since Monday…"
    (phrase,) = date_phrases(text)
    assert phrase.weekday == 2 and phrase.full == date(2022, 4, 13)
    assert [(w.text, w.weekday, w.relation) for w in weekday_phrases(text)] == [
        ("on Thursday", 3, "on"), ("since Monday", 0, "since")]


@pytest.mark.parametrize("value, expected", [
    ("2022-04-13", date(2022, 4, 13)), ("2022-04-13T23:59:00+03:00", date(2022, 4, 13)),
    ("13 April 2022", date(2022, 4, 13)), ("April 13", None), ("soon", None), (None, None), ("  ", None),
])
def test_a_metadata_value_is_a_day_only_when_it_says_the_year(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("line, alone", [
    ("9 September 2013 Last updated at 14:39 GMT", True),  # BBC's stamp, the word after the date
    ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT", True),
    ("Updated: November 11, 2011 20:09 IST", True),
    ("AUGUST 2, 2013 | 08:06AM PT", True),  # a header's date with its time and zone
    ("Friday August 2, 2013 @ 8:13am PDT", True),
    ("Sun, 15 Sep 2013", True),  # a short weekday
    ("Thu Nov 10, 2011 3:00pm EST", True),
    ("The Sun, 15 Sep 2013", False),  # a newspaper's name is more than a weekday
    ("Sun Sep 15 2013 storm kills three", False),
    ("9 September 2013 Police arrested two men", False),
    ("Gunmen attacked the market on 9 September 2013", False),
])
def test_a_line_only_dating_the_page_whatever_side_its_stamp_word_is_on(line, alone):
    assert dates_only(line) is alone


@pytest.mark.parametrize("line, expected", [
    ("Harbour reopens Posted: Tuesday, March 5, 2024 8:18 PM EST Updated: Friday, March 8, 2024",
     [("Posted", False, date(2024, 3, 5)), ("Updated", True, date(2024, 3, 8))]),
    ("Published: 15:41 GMT, 16 December 2014 | Updated: 16:01 GMT, 16 December 2014",
     [("Published", False, date(2014, 12, 16)), ("Updated", True, date(2014, 12, 16))]),
    ("UPDATED at 7:03 pm, December 30th, 2016 By: Staff", [("UPDATED", True, date(2016, 12, 30))]),
    ("Last Updated: Nov 27, 2015 8:10 PM ET", [("Last Updated", True, date(2015, 11, 27))]),
    ("A witness describes the scene. (Published Monday, Dec. 15, 2014)", [("Published", False, date(2014, 12, 15))]),
    ("Date: 09/29/2015 4:10 AM", [("Date", False, date(2015, 9, 29))]),
    ("from the paper - Posted 01/31/15", [("Posted", False, date(2015, 1, 31))]),
    ("His bond was posted on December 18, 2014 and he was released.", []),  # prose: the word is not capitalised
    ("Published in the Courier, which reported on 3 May 2020 that", []),  # words between: not a stamp
    ("Updated: 3 months ago", []),
])
def test_a_stamp_is_a_capitalised_word_then_the_date_it_stamps(line, expected):
    assert [(s.word, s.updated, s.date.full) for s in stamps(line)] == expected
    for s in stamps(line):
        assert line[s.start:s.end].startswith(s.word) and line[s.start:s.end].endswith(s.date.text)


@pytest.mark.parametrize("written, expected", [
    ("6/28/2015", date(2015, 6, 28)), ("28/6/2015", date(2015, 6, 28)), ("Wednesday, 10/7/2015", date(2015, 10, 7)),
    ("Tuesday, 7/10/2015", None),  # 10 July 2015 was a Friday, 7 October a Wednesday: neither
    ("08/09/2014", None), ("01/31/15", date(2015, 1, 31)), ("13/13/2014", None), ("5/5/2020", date(2020, 5, 5)),
])
def test_a_date_in_numbers_is_read_only_where_one_order_is_possible(written, expected):
    phrase = numeric_date(written, 0, len(written))
    assert (phrase.full if phrase else None) == expected
