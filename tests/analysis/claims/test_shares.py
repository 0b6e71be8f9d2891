"""Two units' shares that no one value allows are two claims, whatever each share is of; a hedge, a few tenths of a
point or one figure given the same on both sides keeps the pair for the pair model."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.shares import shares_apart
from viewer.analysis.claims.verifier import counts_conflict

_INDEX = "The Marlow price index rose 4.2% from a year earlier, the bureau said."


@pytest.mark.parametrize("other, apart", [
    # another measure of the same release
    ("Excluding food and fuel, the core Marlow price index increased 3% from a year earlier.", True),
    # one measure of another scope
    ("The Marlow price index rose 0.9 percent from March.", True),
    # a hedge that allows the other share
    ("The Marlow price index rose more than 4 percent from a year earlier.", False),
    # a few tenths of a point: one share rounded
    ("The Marlow price index rose 4.1 percent from a year earlier.", False),
    # no share on the other side
    ("The Marlow price index rose to 118 points, the bureau said.", False),
])
def test_shares_no_one_value_allows_are_apart(apart_both_ways, other, apart):
    assert apart_both_ways(lambda a, b: shares_apart(a.figures, b.figures), _INDEX, other) == (apart, apart)
    assert apart_both_ways(counts_conflict, _INDEX, other) == (apart, apart)


def test_a_pair_giving_one_figure_the_same_is_left_to_the_pair_model(sentence_unit):
    a = sentence_unit("In the Marlow poll of 1,200 voters, 44% backed the levy.")
    b = sentence_unit("In the Marlow poll of 1,200 voters, 61% backed the levy.")
    assert shares_apart(a.figures, b.figures)
    assert not counts_conflict(a, b)


def test_percentage_points_are_no_shares(sentence_unit):
    a = sentence_unit("The Marlow jobless rate fell 0.5 percentage points in June.")
    b = sentence_unit("The Marlow jobless rate fell 2 percentage points in June.")
    assert not shares_apart(a.figures, b.figures)
