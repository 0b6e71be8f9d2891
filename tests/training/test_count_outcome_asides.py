"""The aside counter finds the counts of people an aside separates from their outcome, and classes the aside."""
from __future__ import annotations

from training.count_outcome_asides import aside_kind, asides


def test_a_count_with_an_aside_before_its_outcome_is_found_with_the_aside():
    assert asides("At least 17 people, including a teen, were killed.") == [(", including a teen,", True)]
    assert asides("Two teens, ages 16 and 17, were struck.") == [(", ages 16 and 17,", False)]  # no outcome word


def test_counts_without_an_aside_or_without_people_are_not_found():
    assert asides("Three people were killed and five others were wounded.") == []
    assert asides("Rolando Pizarro, 45, the intended target, was shot.") == []


def test_asides_are_classed_by_their_first_word():
    assert aside_kind(", including a teen,") == "including"
    assert aside_kind(" (two of them brothers)") == "two"
    assert aside_kind(", a 26-year-old man,") == "other"
