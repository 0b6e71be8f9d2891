"""A unit giving only shares beside one giving only sums of money is two claims, whatever each is of; a side giving
both, or a pair giving one count the same, keeps the pair for the pair model."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.measures import share_beside_sum
from viewer.analysis.claims.verifier import counts_conflict, never_one_claim

_RATE = "The Pension Board said Wednesday that next year's cost-of-living raise will be 4.7%."


@pytest.mark.parametrize("other, apart", [
    # the average cheque beside the rate
    ("The raise amounts to $71 a month for the average retired worker, the Pension Board said.", True),
    # a side giving the share and the sum
    ("The 4.7% raise amounts to $71 a month for the average retired worker.", False),
    # the same share again
    ("Next year's cost-of-living raise will be 4.7 percent, the Pension Board said Wednesday.", False),
    # another share: for the shares to read, not this reading
    ("The raise is smaller than last year's 5.9 percent.", False),
    # no figure on the other side
    ("The Pension Board announced next year's cost-of-living raise on Wednesday.", False),
])
def test_shares_beside_sums_are_apart(apart_both_ways, other, apart):
    assert apart_both_ways(lambda a, b: share_beside_sum(a.figures, b.figures), _RATE, other) == (apart, apart)


def test_the_veto_reads_it_where_no_figure_is_compared(sentence_unit):
    a = sentence_unit("The $1.9 trillion relief package expanded the child tax credit.")
    b = sentence_unit("About 90 percent of families with children will get the new tax credit automatically.")
    assert counts_conflict(a, b) and never_one_claim(b, a)


def test_a_pair_giving_one_count_the_same_is_left_to_the_pair_model(sentence_unit):
    a = sentence_unit("The 1,200 Marlow nurses won a 4 percent raise.")
    b = sentence_unit("The 1,200 Marlow nurses will share $9 million in back pay.")
    assert share_beside_sum(a.figures, b.figures)
    assert not counts_conflict(a, b)
