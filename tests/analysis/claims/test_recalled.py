"""A unit telling a shooting it dates before its report's time, or calls another, tells another incident than a unit
telling a shooting it does not date so, and the two are never one claim; a past time in an aside, a later stage dated
so, or both units naming the recalled incident's victim leave the pair alone."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.recalled import recalled_beside_incident

_THIS = "Four other people were seriously wounded in a shooting Monday night on the South Side."


@pytest.mark.parametrize("text, recalled", [
    ("Last year, four men were wounded in a shooting on the same block.", True),
    ("Also last month, a 4-year-old boy and a 5-year-old girl were shot in separate incidents.", True),
    ("In 2008, Smith was shot and killed outside his home.", True),
    ("Smith was killed two years ago.", True),
    ("In a separate attack, at least four people were shot about 9:20 p.m.", True),
    ("The other shooting on a Safe Passage route happened in Bronzeville on Aug. 11.", True),
    (_THIS, False),
    # the earlier shooting is told in an aside: the unit tells this one
    ("Four people were wounded Monday on a block that was the scene of a similar mass shooting a year earlier.", False),
    ("He was arrested last year.", False),  # not a shooting's own event
    ("His father died 26 years ago in the line of duty.", False),  # a death may come long after its shooting
    ("A man was shot last week.", False),  # a follow-up days later tells its own shooting so
    ("Chattanooga Police are investigating three separate shootings.", False),  # not the main act's phrase
])
def test_a_shooting_dated_before_the_report_or_called_another_is_read(sentence_unit, text, recalled):
    assert sentence_unit(text).recalled is recalled


@pytest.mark.parametrize("other, apart", [
    ("Last year, four men were wounded in a shooting on the same block.", True),
    (_THIS, False),  # neither is recalled
    ("Last year, the city opened a new park on the block.", False),  # no shooting on one side
])
def test_a_recalled_shooting_beside_this_one_is_apart(apart_both_ways, other, apart):
    assert apart_both_ways(recalled_beside_incident, _THIS, other) == (apart, apart)


def test_both_naming_the_recalled_victim_are_left_alone(apart_both_ways):
    recalled = "Heaven Sutton was shot and killed in 2012 while selling candy in front of her home."
    other = "Her mother is the mother of Heaven Sutton, a 7-year-old girl who was fatally shot in the neighborhood."
    assert apart_both_ways(recalled_beside_incident, recalled, other) == (False, False)


def test_units_stored_before_recall_nothing():
    assert UnitFeatures.from_json({"terms": ["shoot"]}).recalled is False


_FIRST = ("Timothy Agnew was killed Monday night on a West Englewood block, police said. Four other people were "
          "seriously wounded in the shooting, including a 13-year-old boy.")
_SECOND = ("A man was killed in West Englewood on Monday night. Last year, four men were seriously wounded in a "
           "shooting on the same block, the paper reported.")


def test_a_recalled_shooting_is_not_linked_with_this_one(kept_apart_by):
    assert kept_apart_by("recalled_beside_incident", _FIRST, _SECOND, "Last year")
