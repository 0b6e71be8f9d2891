"""The section counter gives each sentence of a report the streets of the last address before it, counts the
addresses apart a report gives, and classes close sentence pairs by their sections."""
from __future__ import annotations

from training.count_street_sections import addresses_apart, close_pairs, section_class, sections, whole

ROUNDUP = ("Eleven people were shot across the city since Friday. A man was shot in the 4300 block of West Maple "
           "Avenue. The man’s identity has not been released, police said Saturday. "
           "Two women were wounded in the 900 block of Cedar Street. The women are expected to survive.")
ONE = "A man was shot in the 4300 block of Maple. The man’s identity has not been released, police said."


def test_each_sentence_has_the_streets_of_the_last_address_before_it():
    told = sections(ROUNDUP)
    assert [sorted(s) for _t, _w, s in told] == [[], ["maple"], ["maple"], ["cedar"], ["cedar"]]
    assert addresses_apart(told) == 2
    assert addresses_apart(sections(ONE)) == 1


def test_a_report_of_one_address_is_one_section():
    assert {s for _t, _w, s in whole(sections(ONE))} == {frozenset({"maple"})}


def test_close_pairs_are_classed_by_their_sections():
    pairs = list(close_pairs(sections(ROUNDUP), whole(sections(ONE)), 0.5))
    assert [(a, sorted(sa), sorted(sb)) for a, sa, _b, sb in pairs] == [
        ("A man was shot in the 4300 block of West Maple Avenue.", ["maple"], ["maple"]),
        ("The man’s identity has not been released, police said Saturday.", ["maple"], ["maple"])]
    assert section_class(frozenset({"cedar"}), frozenset({"maple"})) == "section apart"
    assert section_class(frozenset({"maple"}), frozenset({"maple"})) == "same street"
    assert section_class(frozenset(), frozenset({"maple"})) == "lede or no address"
