"""A unit recalling, deep in its report, an act from before the news ("Edwards vetoed Senate Bill 156 last month") is
never one claim with another report's headline or lede telling another act; beside the same act told again, an "after"
clause stating it, or a unit that is not the news, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.earlier_acts import earlier_beside_news

_VETO = "Edwards vetoed Senate Bill 156 last month, which would have required teams to allow athletes based on sex."


@pytest.mark.parametrize("text, acts", [
    (_VETO, ["veto"]),
    ("Previously, the office was investigating the company in a solely civil matter.", ["investigate"]),
    ("Stone has previously admitted to being in contact with Julian Assange.", ["admit"]),
    ("He ran for the Republican presidential nomination in 2008.", ["run"]),
    ("Police have already arrested a suspect.", ["arrest"]),
    # a present or a future recalls nothing
    ("LePage's second and final term as governor officially ends in 2019.", []),
    ("He will be sentenced in June.", []),
    # a figure's comparison is no time of the act, and last week is the news's own time in a follow-up
    ("The Consumer Price Index climbed 4.2 percent from a year earlier.", []),
    ("Unemployment claims dropped to 293,000 last week.", []),
    # a reporting verb's own time dates the statement, not what it reports
    ("Authorities said earlier that four agents were injured.", []),
])
def test_an_earlier_act_is_a_past_main_act_dated_before_the_news(sentence_unit, text, acts):
    assert sentence_unit(text).earlier == acts


def _placed(sentence_unit, text: str, sentence: int):
    unit = sentence_unit(text)
    unit.sentence = sentence
    return unit


@pytest.mark.parametrize("news, apart", [
    ("Louisiana Senate backs transgender sports ban veto override", True),
    ("The Louisiana Senate voted Wednesday to override the governor's veto of the transgender sports bill.", True),
    # the same act told again
    ("Gov. John Bel Edwards vetoed the transgender sports bill, Senate Bill 156.", False),
    # an "after" clause states the earlier act
    ("The Senate overrode the veto after Edwards vetoed Senate Bill 156.", False),
    # the news recalls an act too, or states no act of its own
    ("The Senate had already voted to override a veto last year.", False),
    ("Senate Bill 156 is a transgender sports ban.", False),
])
def test_a_recall_deep_down_is_apart_from_the_news_of_another_act(sentence_unit, news, apart):
    recall, told = _placed(sentence_unit, _VETO, 6), _placed(sentence_unit, news, 1)
    assert (earlier_beside_news(recall, told), earlier_beside_news(told, recall)) == (apart, apart)


def test_only_a_recall_deep_down_beside_the_headline_or_lede_is_read(sentence_unit):
    news = "Louisiana Senate backs transgender sports ban veto override"
    assert not earlier_beside_news(_placed(sentence_unit, _VETO, 1), _placed(sentence_unit, news, 0))
    assert not earlier_beside_news(_placed(sentence_unit, _VETO, 6), _placed(sentence_unit, news, 7))


def test_the_recalled_acts_are_stored_with_the_unit(sentence_unit):
    from viewer.analysis.claims.features import UnitFeatures

    unit = sentence_unit(_VETO)
    assert UnitFeatures.from_json(unit.to_json()).earlier == ["veto"]
    assert UnitFeatures.from_json({k: v for k, v in unit.to_json().items() if k != "earlier"}).earlier == []
