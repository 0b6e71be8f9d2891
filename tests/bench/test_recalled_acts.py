"""bench/recalled_acts.py: the recall marks a unit's main verbs carry, on made-up sentences."""
from __future__ import annotations

import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def recalled(bench_script):
    return bench_script("recalled_acts")


def _marks(recalled, text: str) -> dict[str, set[str]]:
    doc = english()(text)
    return {doc[i].lemma_.lower(): labels for i, labels in recalled.marks(doc, doc[:]).items()}


@pytest.mark.parametrize("text, found", [
    ("Edwards vetoed Senate Bill 156 last month.", {"veto": {"time:month"}}),
    ("Stone has previously admitted to being in contact with Assange.", {"admit": {"adverb"}}),
    ("The state Senate had voted to kill the act.", {"vote": {"perfect"}}),
    # a perfect a reporting verb backshifts is the news itself
    ("The committee said Tuesday they had subpoenaed two of Flynn's businesses.", {}),
])
def test_marks_are_read_on_main_verbs(recalled, text, found):
    assert _marks(recalled, text) == found


def test_where_the_other_unit_holds_the_act(recalled):
    doc, other = english()("Edwards vetoed the bill last month."), english()("The Senate overrode the veto after Edwards vetoed the bill.")
    verb = next(t for t in doc if t.lemma_ == "veto")
    assert recalled.held(verb, other[:]).startswith("advcl")


@pytest.mark.parametrize("text, acts", [
    ("Edwards vetoed Senate Bill 156 last month, which would have required teams to allow athletes based on sex.", ["veto"]),
    ("Previously, the office was investigating the company in a solely civil matter.", ["investigate"]),
    ("Stone has previously admitted to being in contact with Julian Assange.", ["admit"]),
    # a present or a future recalls nothing
    ("LePage's second and final term as governor officially ends in 2019.", []),
    ("He will be sentenced in June.", []),
    # a figure's comparison is no time of the act, and last week is the news's own time in a follow-up
    ("The Consumer Price Index climbed 4.2 percent from a year earlier.", []),
    ("Unemployment claims dropped to 293,000 last week.", []),
])
def test_the_refused_veto_reads_a_past_main_act_dated_before_the_news(recalled, text, acts):
    doc = english()(text)
    assert recalled.earlier_acts(doc, doc[:]) == acts


@pytest.mark.parametrize("news, kind", [
    ("Louisiana Senate backs transgender sports ban veto override", "parted"),
    ("Gov. John Bel Edwards vetoed the transgender sports bill, Senate Bill 156.", "kept: one act told again"),
    ("The Senate overrode the veto after Edwards vetoed Senate Bill 156.", "kept: an after clause shares a word"),
    ("The Senate had already voted to override a veto last year.", "kept: the news recalls too"),
    ("Senate Bill 156 is a transgender sports ban.", "kept: the news states no act"),
])
def test_the_refused_veto_parts_the_news_of_another_act(recalled, news, kind):
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    recall = "Edwards vetoed Senate Bill 156 last month."
    a, b = english()(recall), english()(news)
    assert recalled.veto_kind(unit_features(a, Span(0, len(recall))), recalled.earlier_acts(a, a[:]),
                              unit_features(b, Span(0, len(news))), recalled.earlier_acts(b, b[:])) == kind
