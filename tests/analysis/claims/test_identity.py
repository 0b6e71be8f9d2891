"""Claim ids carried from one linking to the next (`carry_ids`), on mention spans."""
from __future__ import annotations

from viewer.analysis.claims.identity import carry_ids

A, B, C, D, E = (1, 0, 50), (2, 10, 60), (3, 0, 40), (4, 5, 70), (5, 0, 30)


def test_a_claim_that_gains_a_source_keeps_its_id_and_a_new_claim_gets_a_new_one():
    earlier = {7: [A, B]}
    assert carry_ids(earlier, [[A, B, C], [D, E]], next_id=8) == [7, 8]


def test_a_cluster_sharing_less_than_half_of_either_side_is_a_new_claim():
    earlier = {3: [A, B, C, D]}
    assert carry_ids(earlier, [[A, E, (6, 0, 9)]], next_id=5) == [5]


def test_a_claim_reshaped_by_a_hand_link_keeps_its_id():
    earlier = {3: [B, C, (3, 50, 90)]}  # linking A to B left the claim's two mentions in d3 out
    assert carry_ids(earlier, [[A, B]], next_id=4) == [3]


def test_the_cluster_sharing_most_mentions_takes_the_id():
    earlier = {3: [B, C, (3, 50, 90)]}
    assert carry_ids(earlier, [[A, B], [C, (3, 50, 90), D]], next_id=4) == [4, 3]


def test_a_split_claim_keeps_its_id_on_the_larger_part_only():
    earlier = {4: [A, B, C, D, E]}
    assert carry_ids(earlier, [[D, E], [A, B, C]], next_id=9) == [9, 4]


def test_merged_claims_keep_the_id_of_the_claim_that_kept_most_mentions():
    earlier = {1: [A, B], 2: [C, D, E]}
    assert carry_ids(earlier, [[A, B, C, D, E]], next_id=3) == [2]


def test_an_id_is_never_given_to_another_claim_even_when_the_counter_lags():
    earlier = {12: [A, B]}
    assert carry_ids(earlier, [[C, D], [E, (6, 0, 9)]], next_id=3) == [13, 14]


def test_a_mention_trimmed_by_reanalysis_still_counts_as_kept():
    earlier = {5: [(1, 0, 50), (2, 10, 60), (3, 0, 40)]}
    trimmed = [(1, 2, 49), (2, 10, 58), (4, 0, 9)]
    assert carry_ids(earlier, [trimmed], next_id=6) == [5]


def test_a_mention_in_another_document_or_beside_it_is_not_kept():
    earlier = {5: [(1, 0, 50), (2, 10, 60)]}
    assert carry_ids(earlier, [[(1, 50, 90), (3, 10, 60)]], next_id=6) == [6]


def test_a_retired_claim_that_comes_back_takes_its_old_id():
    current, retired = {1: [A, B]}, {2: [C, D]}
    assert carry_ids({**current, **retired}, [[A, B], [C, D, E]], next_id=3) == [1, 2]
