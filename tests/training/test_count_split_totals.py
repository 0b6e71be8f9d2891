"""The crawl counter reads a total of people shot and the dead and wounded told apart."""
from __future__ import annotations

from training.count_split_totals import counts


def test_a_total_and_its_parts_are_read_apart():
    assert counts("Five people were shot on Sunday.") == ({5}, set())
    assert counts("One man was killed and four others were wounded.") == (set(), {(1, 4)})
    assert counts("Three were injured and 2 died.") == (set(), {(2, 3)})


def test_shot_and_killed_is_no_total_of_people_hit():
    assert counts("Two men were shot and killed.") == (set(), set())


def test_bare_keeps_only_parts_written_with_their_outcome_word_alone():
    assert counts("1 Dead, 3 Injured in Shooting", bare=True) == (set(), {(1, 3)})
    assert counts("One man was killed and four others were wounded.", bare=True) == (set(), set())
