"""The day a report's lede gives its shooting: two reports whose days cannot be one incident's share no claim, and a
day of a later stage ("arraigned Thursday") says nothing of the incident's."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import blocks
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.incident_days import ledes_apart, shooting_days

LINES = (" Police said the victims were taken to Grady Memorial Hospital. Officers found shell casings on Delmar Lane."
         " No arrests have been made.")
SATURDAY = "Five people shot in northwest Atlanta\n\nFive people were shot Saturday afternoon in northwest Atlanta." + LINES
WEDNESDAY = "Five people shot in northwest Atlanta\n\nFive people were shot Wednesday afternoon in northwest Atlanta." + LINES
UNDATED = "Five people shot in northwest Atlanta\n\nFive people were shot in northwest Atlanta, police said." + LINES
ARRAIGNED = ("Man arraigned in Atlanta shooting\n\nA man was arraigned Thursday in the shooting that injured five people in "
             "northwest Atlanta." + LINES)


@pytest.mark.parametrize("text, days", [
    ("A man was shot Sunday night in Adamsville.", ["6late"]),
    ("Two people were killed early Saturday outside a bar.", ["5early"]),
    ("The suspect was arraigned Thursday on murder charges.", []),  # a later stage's day
    ("Police said Tuesday that a man was shot.", []),  # the day of telling
    ("A man was shot in Adamsville.", []),
])
def test_the_days_a_sentence_gives_the_shooting_itself(nlp, text, days):
    doc = nlp(text)
    assert shooting_days(doc, doc[:]) == days


@pytest.mark.parametrize("a, b, apart", [
    ({"5"}, {"2"}, True),  # Saturday, Wednesday
    ({"5late"}, {"6early"}, False),  # one night
    ({"5"}, {"6"}, False),  # a shooting after midnight is told under either day
    ({"5"}, set(), False),  # one side gives none
])
def test_lede_days_are_apart_when_none_is_within_a_day_of_the_other(a, b, apart):
    assert ledes_apart(frozenset(a), frozenset(b)) == apart


def test_units_stored_before_give_no_incident_day():
    assert UnitFeatures.from_json({"terms": ["shoot"]}).incident_days == []


def test_an_article_lede_days_are_its_shooting_days_not_a_later_stage(report_articles):
    saturday, arraigned, undated = (a.lede_days for a in report_articles([SATURDAY, ARRAIGNED, UNDATED]))
    assert saturday == {"5"} and arraigned == frozenset() and undated == frozenset()


def test_no_claim_joins_two_shootings_told_on_two_weekdays_but_one_told_undated_joins_either(
        gate_open_joins, monkeypatch):
    """The Saturday and the Wednesday reports share their lines word for word, and share no claim only by their
    days; an undated report of the same words links with the Saturday one."""
    assert not gate_open_joins([SATURDAY, WEDNESDAY])
    assert gate_open_joins([SATURDAY, UNDATED])
    monkeypatch.setattr(blocks, "ledes_apart", lambda a, b: False)
    monkeypatch.setattr(blocks, "acts_apart", lambda a, b: False)  # it reads the shooting's days too (`dated_acts`)
    assert gate_open_joins([SATURDAY, WEDNESDAY])
