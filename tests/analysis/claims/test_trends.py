"""The measures a report's lede tells moving: two reports whose ledes tell one measure moving opposite ways tell two
readings of one running figure and share no claim; a lede telling its measure both ways, or two measures, parts
nothing."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import blocks
from viewer.analysis.claims.predicates import predicates
from viewer.analysis.claims.trends import trends, trends_apart

LINES = (" The Labor Department releases the figures every Thursday morning."
         " Economists had expected the number of filings to stay near the level of the week before.")
ROSE = "Weekly jobless figures released\n\nNew jobless claims rose by 37,000 to 412,000 last week." + LINES
FELL = "Weekly jobless figures released\n\nNew jobless claims fell by 34,000 to 444,000 last week." + LINES
FLAT = "Weekly jobless figures released\n\nNew jobless claims were 412,000 last week." + LINES


@pytest.mark.parametrize("text, found", [
    ("New jobless claims fell 34,000 to 444,000 for the week ended May 15th.", ["claim down"]),
    ("Covid-19 cases are rising again in the United States.", ["case up"]),
    ("The unemployment rate dropped to 5.2% from 5.4%.", ["rate down"]),
    ("The company announced new hires.", []),
    ("Prices rose.", ["price up"]),
    ("Confirmed infections climbed to an average of about 23,600 a day on Monday.", ["infection up"]),  # WordNet's way
    ("Job openings in the US soar to record 9.3 million", ["opening up"]),
    ("COVID-19 cases are surging in almost every US state", ["case up"]),  # WordNet's surge rises as motion
    ("The seven-day average dipped to 27,815 on Friday.", ["average down"]),
])
def test_the_measures_a_sentence_tells_moving(nlp, text, found):
    assert trends(predicates(nlp(text)[:])) == found


@pytest.mark.parametrize("a, b, apart", [
    ({"claim up"}, {"claim down"}, True),  # two weeks' claims
    ({"claim up"}, {"claim up"}, False),
    ({"claim up"}, {"case down"}, False),  # two measures: one story tells several figures
    ({"claim up", "claim down"}, {"claim down"}, False),  # initial claims fell, continuing claims rose
    ({"claim up"}, set(), False),
])
def test_ledes_are_apart_when_one_measure_moves_one_way_in_each_and_opposite(a, b, apart):
    assert trends_apart(frozenset(a), frozenset(b)) == apart


def test_an_article_lede_trends_are_read_from_its_units_predicates(report_articles):
    rose, fell, flat = (a.lede_trends for a in report_articles([ROSE, FELL, FLAT]))
    assert rose == {"claim up"} and fell == {"claim down"} and flat == frozenset()


def test_no_claim_joins_two_weeks_told_rising_and_falling_but_an_unmoving_one_joins_either(gate_open_joins, monkeypatch):
    """The two weeks' reports share their other lines word for word, and share no claim only by their trends; a report
    giving the level alone links with the rising one. The two weeks' levels (412,000, 444,000) part them too
    (`trend_levels`), so both checks are taken away to see them join."""
    assert not gate_open_joins([ROSE, FELL])
    assert gate_open_joins([ROSE, FLAT])
    monkeypatch.setattr(blocks, "trends_apart", lambda a, b: False)
    assert not gate_open_joins([ROSE, FELL])
    monkeypatch.setattr(blocks, "levels_apart", lambda a, b: False)
    assert gate_open_joins([ROSE, FELL])
