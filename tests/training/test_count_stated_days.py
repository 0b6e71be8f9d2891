"""The counter of stated days: which pairs of sentences state days that differ, of one event or not, and the
calendar days a weekday or "yesterday" stands for against a report's date."""
import datetime

from training.count_stated_days import carried_text, days_differ, one_event_apart, resolved


def test_days_differ_only_where_both_state_days_that_cannot_be_one():
    assert days_differ("The man was arrested Tuesday.", "The man was charged Thursday.")
    assert not days_differ("The man was shot Monday.", "The man was shot Monday night.")
    assert days_differ("The man was shot Monday.", "The man was shot at home.") is None


def test_days_of_two_events_differ_but_are_not_one_event_apart():
    assert not one_event_apart("Police identified the gunman Tuesday night.", "The gunman opened fire on Monday.")
    assert one_event_apart("He was arraigned Tuesday in district court.", "He was arraigned Thursday in district court.")


def test_a_weekday_is_read_on_or_before_the_report_and_yesterday_the_day_before():
    wednesday = datetime.date(2016, 8, 10)
    assert resolved("The boy was shot Monday.", wednesday) == {datetime.date(2016, 8, 8)}
    assert resolved("The boy was shot yesterday.", wednesday) == {datetime.date(2016, 8, 9)}
    assert resolved("The boy was shot late Monday.", wednesday) == {datetime.date(2016, 8, 8), datetime.date(2016, 8, 9)}


def test_a_unit_with_no_day_carries_the_day_of_a_sentence_before_it_in_its_paragraph():
    text = "A father was arraigned Thursday. Decovier English, 31, faces two counts.\nHe is expected to recover."
    unit = "Decovier English, 31, faces two counts."
    assert carried_text(text, text.index(unit), unit) == "A father was arraigned Thursday."
    last = "He is expected to recover."
    assert carried_text(text, text.index(last), last) == last  # a new paragraph carries nothing
