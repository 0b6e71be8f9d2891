"""The levels a report's lede tells a measure moving to: two reports whose ledes tell one measure falling to two
levels are two weeks of one running figure and share no claim; a lede giving the same level, or none, parts nothing."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import blocks
from viewer.analysis.claims.quantities import numbers_read
from viewer.analysis.claims.trend_levels import levels_apart, trend_levels

LINES = (" The Labor Department releases the figures every Thursday morning."
         " Economists had expected the number of filings to stay near the level of the week before.")
MAY = "Weekly jobless figures released\n\nNew jobless claims fell by 20,000 to 385,000 last week." + LINES
APRIL = "Weekly jobless figures released\n\nNew jobless claims fell by 92,000 to 498,000 last week." + LINES
SAME = "Weekly jobless figures released\n\nInitial claims dropped to 385,000 last week." + LINES


@pytest.mark.parametrize("text, found", [
    ("Initial claims in regular state programs decreased by 20,000 to 385,000 in the week ended May 29.",
     ["claim 385000"]),  # the parser reads "20,000 to 385,000" as a range
    ("Jobless claims rose by 2,000 last week to a seasonally adjusted 373,000.", ["claim 373000"]),
    ("Confirmed infections rose to an average of about 23,600 a day on Monday.", ["infection 23600"]),
    ("Confirmed infections climbed to an average of about 23,600 a day on Monday.", ["infection 23600"]),  # WordNet's
    ("The seven-day average dipped to 27,815 on Friday.", ["average 27815"]),
    ("The number of Americans filing new claims fell to a 17-month low last week.", []),  # a figure of a noun
    ("Officials warned the capital could fall to the Taliban within 90 days.", []),
    ("Jobless claims fell 34,000 last week.", []),  # a change, no level
])
def test_the_levels_a_sentence_tells_a_measure_moving_to(nlp, text, found):
    doc = nlp(text)
    assert trend_levels(doc[:], numbers_read(text).figures) == found


@pytest.mark.parametrize("a, b, apart", [
    ({"claim 385000"}, {"claim 498000"}, True),  # two weeks' claims
    ({"claim 385000"}, {"claim 385000"}, False),
    ({"infection 23600"}, {"infection 23612"}, False),  # rounded
    ({"claim 385000", "claim 400000"}, {"claim 400000"}, False),  # the expected level beside the real one
    ({"claim 385000"}, {"rate 5.8"}, False),  # two measures
    ({"claim 385000"}, set(), False),
])
def test_ledes_are_apart_when_one_measure_reaches_no_level_of_the_other(a, b, apart):
    assert levels_apart(frozenset(a), frozenset(b)) == apart


def test_an_article_lede_levels_are_read_from_its_units(report_articles):
    may, april, same = (a.lede_levels for a in report_articles([MAY, APRIL, SAME]))
    assert may == {"claim 385000"} and april == {"claim 498000"} and same == {"claim 385000"}


def test_no_claim_joins_two_weeks_told_falling_to_two_levels_but_one_level_joins(gate_open_joins, monkeypatch):
    """The two weeks' reports share their other lines word for word and their trend, and share no claim only by their
    levels; a report giving the same level links with the first."""
    assert not gate_open_joins([MAY, APRIL])
    assert gate_open_joins([MAY, SAME])
    monkeypatch.setattr(blocks, "levels_apart", lambda a, b: False)
    assert gate_open_joins([MAY, APRIL])
