"""bench/merge_passes.py: the merges each pass makes, and whether a supported merge leans on one claim."""
import pytest


@pytest.fixture
def passes(bench_script):
    return bench_script("merge_passes")


def test_a_merge_is_read_as_the_groups_it_joined_and_a_unit_left_single_is_a_part_alone(passes):
    before = [[0, 1], [2, 3], [4, 5]]
    after = [[0, 1, 2, 3, 7], [4, 5]]
    assert passes.merged_parts(before, after) == [[[0, 1], [2, 3], [7]]]


def test_only_documents_of_one_group_alone_make_the_pairs_a_merge_joins_anew(passes):
    assert passes.new_pairs({1, 2}, {2, 3}) == [(1, 3)]
    assert passes.new_pairs({1, 2}, {1, 2}) == []


def test_the_share_of_new_pairs_joined_falls_without_a_wrong_claim_or_counting_two_claims_a_pair(passes):
    held = {1: {10, 11}, 2: {10}, 3: {10, 11}, 4: set()}
    pairs = [(1, 3), (2, 3), (1, 4)]
    assert passes.joined_share(pairs, held) == pytest.approx(2 / 3)
    assert passes.joined_share(pairs, held, dropped={10}) == pytest.approx(1 / 3)
    assert passes.joined_share(pairs, held, least=2) == pytest.approx(1 / 3)
    assert passes.joined_share([], held) == 1.0
