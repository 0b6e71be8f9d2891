"""The incident-day counter reads a report's lede days, resolves a weekday against the page's date and classes two
reports' days as one incident's or not."""
from __future__ import annotations

import datetime

from training.count_incident_days import against_truth, apart, lede_days, lede_sentences, resolved, resolved_apart

SATURDAY = lede_days(lede_sentences("Five shot in Atlanta", "Five people were shot Saturday afternoon. Police came.", 2))
WEDNESDAY = lede_days(lede_sentences("Five shot in Atlanta", "Five people were shot Wednesday. Police came.", 2))
SUNDAY = lede_days(lede_sentences("Five shot", "Five people were shot early Sunday.", 2))


def test_the_lede_is_the_headline_and_the_first_sentences():
    assert lede_sentences("Title", "One. Two. Three.", 2) == ["Title", "One.", "Two."]
    assert [t.text for t in SATURDAY] == ["Saturday afternoon"]


def test_two_reports_days_are_apart_alike_or_unknown():
    assert apart(SATURDAY, WEDNESDAY, "near") == "apart"
    assert apart(SATURDAY, SUNDAY, "near") == "alike"  # a shooting after midnight is told under either day
    assert apart(SATURDAY, SUNDAY, "strict") == "apart"
    assert apart(SATURDAY, [], "near") == "unknown"


def test_a_weekday_resolves_to_the_last_such_day_on_or_before_the_page_date():
    saturday = resolved(SATURDAY[0], datetime.date(2016, 7, 19))  # a Tuesday
    assert saturday == datetime.date(2016, 7, 16)
    assert resolved(SATURDAY[0], None) is None
    assert resolved_apart([saturday], [datetime.date(2016, 7, 17)]) == "alike"
    assert resolved_apart([saturday], [datetime.date(2016, 7, 20)]) == "apart"


def test_a_report_day_is_checked_against_its_incident_date():
    assert against_truth(SATURDAY, datetime.date(2016, 7, 16)) == "the incident's weekday"
    assert against_truth(SATURDAY, datetime.date(2016, 7, 17)) == "a day off"
    assert against_truth(SATURDAY, datetime.date(2016, 7, 20)) == "off"
    assert against_truth([], datetime.date(2016, 7, 20)) == "no day"


def test_report_pairs_are_one_incidents_or_two_of_one_city_and_week():
    from training.count_incident_days import week_pairs
    day = datetime.date(2016, 12, 3)
    known = {"1": (day, "Chicago, Illinois", 1, 0), "2": (day + datetime.timedelta(days=5), "Chicago, Illinois", 0, 2),
             "3": (day + datetime.timedelta(days=30), "Chicago, Illinois", 0, 1), "4": (day, "Gary, Indiana", 1, 0)}
    pairs = week_pairs(["1", "1", "2", "3", "4"], known, 7)
    assert pairs["one incident"] == [(0, 1)]
    assert pairs["two incidents, one city, within 7 days"] == [(0, 2), (1, 2)]
