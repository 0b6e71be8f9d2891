"""The acts a report's lede dates to a weekday: two reports whose ledes date one act to days that cannot be one tell two
happenings of one running subject and share no claim; a day of telling ("said Tuesday") or a state dates nothing."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import blocks
from viewer.analysis.claims.dated_acts import acts_apart, dated_acts
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.times import times_in

LINES = (" The plan includes paid time off for workers to get vaccinated and $100 payments to Americans who get a shot."
         " Federal workers who refuse will face weekly testing.")
TUESDAY = "Biden sets new vaccination goal for federal workers\n\nPresident Joe Biden announced a new plan on Tuesday." + LINES
THURSDAY = "Biden sets new vaccination goal for federal workers\n\nPresident Joe Biden on Thursday announced a new plan." + LINES
UNDATED = "Biden sets new vaccination goal for federal workers\n\nPresident Joe Biden announced a new plan." + LINES


@pytest.mark.parametrize("text, acts", [
    ("President Biden announced Tuesday a goal to vaccinate 70 percent of adults.", ["announce 1"]),
    ("Biden on Thursday announced a number of new steps.", ["announce 3"]),
    ("A man was shot Sunday night in Adamsville.", ["shoot 6late"]),
    ("Police said Tuesday that the suspect remains at large.", []),  # the day of telling
    ("Biden announced a number of new steps.", []),
])
def test_the_acts_a_sentence_dates_to_a_weekday(nlp, text, acts):
    doc = nlp(text)
    assert dated_acts(doc, doc[:]) == acts


def test_a_day_of_telling_is_left_out_of_compared_times_unless_asked_for():
    assert times_in("Biden announced Tuesday a goal") == ()
    assert [t.weekday for t in times_in("Biden announced Tuesday a goal", told=True)] == [1]


@pytest.mark.parametrize("a, b, apart", [
    ({"announce 1"}, {"announce 3"}, True),  # Tuesday's goal, Thursday's rules
    ({"announce 1"}, {"announce 2"}, False),  # the next day: a report of the day after may tell it so
    ({"announce 1late"}, {"announce 2early"}, False),
    ({"announce 1"}, {"rule 3"}, False),  # two acts: a story's stages fall on several days
    ({"announce 1", "announce 3"}, {"announce 3"}, False),
    ({"injure 5"}, {"shoot 2"}, True),  # two stems the crawl times as one event (`timed_events.one_event`)
    ({"announce 1"}, set(), False),
])
def test_lede_acts_are_apart_when_one_act_is_dated_to_days_none_within_a_day(a, b, apart):
    assert acts_apart(frozenset(a), frozenset(b)) == apart


def test_units_stored_before_date_no_act():
    assert UnitFeatures.from_json({"terms": ["announce"]}).dated_acts == []


def test_an_article_lede_acts_are_read_from_its_lede(report_articles):
    tuesday, thursday, undated = (a.lede_acts for a in report_articles([TUESDAY, THURSDAY, UNDATED]))
    assert tuesday == {"announce 1"} and thursday == {"announce 3"} and undated == frozenset()


def test_no_claim_joins_two_announcements_told_on_two_weekdays_but_an_undated_one_joins_either(
        gate_open_joins, monkeypatch):
    """The Tuesday and the Thursday reports share their other lines word for word, and share no claim only by their
    days; an undated report of the same words links with the Tuesday one."""
    assert not gate_open_joins([TUESDAY, THURSDAY])
    assert gate_open_joins([TUESDAY, UNDATED])
    monkeypatch.setattr(blocks, "acts_apart", lambda a, b: False)
    assert gate_open_joins([TUESDAY, THURSDAY])
