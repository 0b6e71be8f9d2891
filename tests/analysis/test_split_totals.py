"""A total of people hit against another report's dead and wounded told apart: one toll when the parts add up."""
from __future__ import annotations

import pytest

from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Claim, Mention


def _numbers(a: str, b: str) -> list[str]:
    claim = Claim("x", [Mention(1, 0, len(a), a), Mention(2, 0, len(b), b)])
    return [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "number"]


_PARTS = "Four people were wounded and one was killed on Elm Street."


@pytest.mark.parametrize("a, b, expected", [
    # everyone hit against the living and the dead apart: five is four and one
    ("Five people were shot on Elm Street.", _PARTS, []),
    ("Five people were shot on Elm Street.", "One person was killed and four others were injured on Elm Street.", []),
    ("Five people were shot on Elm Street.", "One person died and four others were hurt on Elm Street.", []),
    # the parts add up to another total: the reports differ
    ("Six people were shot on Elm Street.", _PARTS, ["people: 'six' vs 'four' (incompatible)"]),
    # the total counts one of the fates the parts tell apart: five wounded is not four wounded
    ("Five people were wounded on Elm Street.", _PARTS, ["people: 'five' vs 'four' (incompatible)"]),
    ("Five people were killed on Elm Street.", "Four people were killed and one was wounded on Elm Street.",
     ["people: 'five' vs 'four' (incompatible)"]),
    # a total told only as hurt (the table's wound) is not everyone shot
    ("Five people were hurt on Elm Street.", _PARTS, ["people: 'five' vs 'four' (incompatible)"]),
    # two totals of one fate
    ("Five people were shot on Elm Street.", "Four people were shot on Elm Street.",
     ["people: 'five' vs 'four' (incompatible)"]),
])
def test_a_total_is_one_toll_with_the_parts_it_adds_up_to(a, b, expected):
    assert _numbers(a, b) == expected
    assert _numbers(b, a) == [e.replace("'six' vs 'four'", "'four' vs 'six'").replace("'five' vs 'four'", "'four' vs 'five'")
                             for e in expected]


@pytest.mark.parametrize("total, expected", [
    # a headline's parts written as a count and its outcome word ("1 Dead"), which the parser reads as a noun
    ("Police Seek Gunman Who Shot 4, Killing 1, Outside Elm Street Bar", []),
    ("Police Seek Gunman Who Shot 5, Killing 1, Outside Elm Street Bar", ["injured: '5' vs '3' (incompatible)"]),
])
def test_a_headlines_count_and_outcome_word_count_people(total, expected):
    assert _numbers(total, "1 Dead, 3 Injured in Shooting Outside Elm Street Bar") == expected
