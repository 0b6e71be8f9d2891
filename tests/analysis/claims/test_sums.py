"""Two units' sums of money that no one value allows are two claims, whatever each sum is of; a hedge, a sum revised
within a quarter, another currency or one figure given the same on both sides keeps the pair for the pair model."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.sums import sums_apart
from viewer.analysis.claims.verifier import counts_conflict

_YEAR = "Marlow Pharma said it expects its flu shot to bring in about $26 billion in sales this year."


@pytest.mark.parametrize("other, apart", [
    # one quarter's takings beside the year's forecast
    ("The shot brought in $3.5 billion in revenue in the first three months of the year, Marlow Pharma reported.", True),
    # a hedge that allows the other sum
    ("Marlow Pharma expects its flu shot to earn more than $25 billion this year.", False),
    # the same sum given again
    ("Marlow Pharma expects $26 billion in sales from its flu shot this year.", False),
    # a sum in another currency is not compared
    ("Marlow Pharma expects its flu shot to bring in €3.5 billion this year.", False),
    # no sum on the other side
    ("Marlow Pharma expects its flu shot to be its best seller this year.", False),
])
def test_sums_no_one_value_allows_are_apart(apart_both_ways, other, apart):
    assert apart_both_ways(lambda a, b: sums_apart(a.figures, b.figures), _YEAR, other) == (apart, apart)
    assert apart_both_ways(counts_conflict, _YEAR, other) == (apart, apart)


def test_a_sum_given_two_ways_of_one_thing_is_apart_where_one_side_names_no_thing(sentence_unit):
    a = sentence_unit("She was being held on $310,000 bail.")
    b = sentence_unit("Bail has been set at $130,000.")
    assert counts_conflict(a, b)


def test_a_pair_giving_one_figure_the_same_is_left_to_the_pair_model(sentence_unit):
    a = sentence_unit("The 1,200 Marlow nurses will share $4 million in back pay.")
    b = sentence_unit("The 1,200 Marlow nurses will share $9 million in bonuses.")
    assert sums_apart(a.figures, b.figures)
    assert not counts_conflict(a, b)
