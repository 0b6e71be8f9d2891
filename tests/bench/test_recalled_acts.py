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
