"""The crawl counters of name spellings and near clock times put two writings, and two minutes, in their class."""
from __future__ import annotations

from training.count_name_spellings import age_class, spelling_class
from training.count_near_times import minute_written


def test_two_writings_of_a_name_word_fall_in_the_class_of_what_tells_them_apart():
    assert spelling_class("jeannette", "jeanette") == "doubled letter"
    assert spelling_class("vadym", "vadim") == "y/i, j/i, kh/h"
    assert spelling_class("kalisa", "kalisha") == "a letter or two"
    assert spelling_class("chris", "christopher") == ""  # one cut short
    assert spelling_class("lori", "doris") == "a letter or two"
    assert spelling_class("mary", "susan") == ""


def test_one_persons_two_ages_are_classed_by_years_and_the_days_between_reports():
    assert age_class(("henry", "jackson", 18), ("henry", "jackson", 19), 2) == \
        "ages a year apart, reports within a week apart"
    assert age_class(("henry", "jackson", 18), ("henry", "jackson", 21), 400) == \
        "ages more than a year apart, reports over a year apart"


def test_a_clock_time_is_written_to_the_minute_or_on_the_hour():
    assert minute_written("around 11:23 p.m.") == 23
    assert minute_written("11 p.m.") is None
