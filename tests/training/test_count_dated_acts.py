"""The dated-acts counter reads a crawl report's lede acts, stamps too, and chooses as stamps the stems one incident's
reports date apart as often as alike."""
from __future__ import annotations

from training.count_dated_acts import act_class, lede_acts, stamp_stems

SUNDAY = lede_acts("Man shot in Adamsville", "A man was shot Sunday night. (Published Monday, July 27, 2015)")
THURSDAY = lede_acts("Man shot in Adamsville", "A man was shot late Sunday. (Published Thursday, July 30, 2015)")


def test_a_lede_dates_its_acts_and_its_stamp():
    assert SUNDAY == {"shoot 6late", "publish 0"}
    assert THURSDAY == {"shoot 6late", "publish 3"}


def test_a_stem_one_incident_dates_apart_as_often_as_alike_is_a_stamp():
    assert stamp_stems([(SUNDAY, THURSDAY)] * 2, least=2) == ["publish"]
    assert stamp_stems([(SUNDAY, THURSDAY)], least=2) == []


def test_two_ledes_are_apart_alike_or_not_both():
    assert act_class(frozenset({"announce 1"}), frozenset({"announce 3"})) == "apart"
    assert act_class(frozenset({"announce 1"}), frozenset({"announce 2"})) == "alike"
    assert act_class(frozenset({"announce 1"}), frozenset()) == "not both"
