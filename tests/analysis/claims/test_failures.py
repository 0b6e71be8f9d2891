"""A unit telling an act failed or refused is never one claim with a unit that, denying nothing, tells another act done
(a chamber's vote beside the legislature's failure a day on); beside the failed act itself told done (a discrepancy the
polarity line shows), another denial, or a unit that tells more than the failure, it can be."""
from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.analysis.claims.failures import failed_acts, failed_beside_step

_FAILED = "Marlow lawmakers failed to override the governor's veto of the budget bill on Wednesday."


@pytest.mark.parametrize("other, apart", [
    ("Marlow senators voted to overturn the governor's veto of the budget bill on Tuesday.", True),
    ("The Marlow Senate backed an override of the governor's budget veto on Tuesday.", True),
    # the failed act told done: one claim told two ways, which the polarity line shows
    ("Marlow lawmakers overrode the governor's veto of the budget bill on Wednesday.", False),
    # a denial too: the failure in other words
    ("Marlow lawmakers did not have the votes to override the governor's veto.", False),
    # an act to come is no step done
    ("Marlow senators will vote on the governor's veto of the budget bill.", False),
])
def test_a_failed_act_is_apart_from_another_act_done(apart_both_ways, other, apart):
    assert apart_both_ways(failed_beside_step, _FAILED, other) == (apart, apart)


def test_the_other_act_told_in_the_failing_unit_is_no_other_stage(apart_both_ways):
    failing = "Carl Marlow, who owned a chimney sweep business, declined to speak to investigators."
    assert apart_both_ways(failed_beside_step, failing, "Carl Marlow owned a chimney sweep company.") == (False, False)


def test_a_headline_tells_its_bare_present_done(sentence_unit):
    failing = sentence_unit("Marlow lawmakers fail to override veto on budget bill")
    step = sentence_unit("Marlow Senate backs budget veto override")
    assert failed_beside_step(failing, replace(step, headline=True))
    assert not failed_beside_step(failing, step)


@pytest.mark.parametrize("text, failed", [
    (_FAILED, {"override"}),
    ("The suspect refused to drop the knife.", {"drop"}),
    # a unit telling another act beside the failure tells more than it
    ("Troops attacked the town after airstrikes failed to curb the rockets.", set()),
    # no verb of failure: a plain denial is the polarity reader's
    ("Marlow lawmakers did not override the veto.", set()),
])
def test_a_failure_is_read_from_the_main_verb(sentence_unit, text, failed):
    assert failed_acts(sentence_unit(text)) == failed


def test_linking_keeps_a_failure_and_the_vote_before_it_apart(kept_apart_by):
    failure = ("Marlow lawmakers failed to override the governor's veto of the school sports bill on Wednesday. "
               "The House fell two votes short.")
    vote = ("Marlow senators voted to override the governor's veto of the school sports bill on Tuesday. "
            "The debate now shifts to the House.")
    assert kept_apart_by("failed_beside_step", failure, vote, "failed")
