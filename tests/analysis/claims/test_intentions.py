"""A unit telling an act as intended ("intends to sign", "is set to vote") is never one claim
with a unit telling the same act done; beside the act to come, another act or a denied plan, it can be."""
from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.analysis.claims.intentions import done_acts, intended_acts, intended_beside_done

_INTENDS = "Governor Marlow announced on Friday that he intends to sign an executive order on school masks."


@pytest.mark.parametrize("other, apart", [
    ("Governor Marlow signed an executive order on school masks on Friday.", True),
    ("Governor Marlow has signed an executive order on school masks.", True),
    # the act to come told twice is one plan
    ("Governor Marlow will sign an executive order on school masks.", False),
    # another act of the same order
    ("Governor Marlow defended an executive order on school masks on Friday.", False),
    # a bare present tells the act done only in a headline
    ("Governor Marlow signs executive orders on school masks every year.", False),
])
def test_an_intended_act_is_apart_from_the_act_done(apart_both_ways, other, apart):
    assert apart_both_ways(intended_beside_done, _INTENDS, other) == (apart, apart)


def test_a_headline_tells_its_bare_present_done(sentence_unit):
    intends = sentence_unit(_INTENDS)
    headline = sentence_unit("Governor Marlow signs executive order on school masks")
    assert intended_beside_done(intends, replace(headline, headline=True))
    assert not intended_beside_done(intends, headline)


@pytest.mark.parametrize("text, intended", [
    ("The Marlow council is set to vote on the budget on Tuesday.", ["vote"]),
    ("The mayor is expected to be arraigned in Marlow on Monday.", ["arraign"]),
    # a path toward an act is not read as its intention: one judged link and no other pair in the news here
    ("Marlow Democrats cleared a path toward passing the budget bill on Tuesday.", []),
    # an act begun is no plan: "tried to negotiate" is told beside "negotiated" for one act
    ("Officers tried to negotiate with the man for three hours.", []),
    # an act to come is no intention
    ("The Marlow council will vote on the budget on Tuesday.", []),
    # a state is no act: any "was" would meet it
    ("The wounded Marlow man is expected to be okay.", []),
    # the unit tells the act done too, in its relative clause
    ("The Marlow shooter who killed five people wanted to kill more.", []),
])
def test_intended_acts_are_read_from_the_main_verbs(nlp, text, intended):
    from viewer.analysis.claims.acts import main_verbs

    tokens = nlp(text)[:]
    assert intended_acts(tokens, main_verbs(tokens)) == intended


def test_a_denied_plan_tells_no_intended_act(apart_both_ways):
    assert apart_both_ways(intended_beside_done, "The mayor was not expected to attend the Marlow hearing.",
                           "The mayor attended the Marlow hearing.") == (False, False)


def test_done_acts_leave_out_what_is_to_come(nlp):
    from viewer.analysis.claims.acts import main_verbs

    tokens = nlp("The council passed the bill and will vote on the budget.")[:]
    assert done_acts(main_verbs(tokens)) == ["pass"]


_FIRST = ("Marlow governor to sign mask order\n\nGovernor Ron Marlow announced on Friday that he intends to sign an "
          "executive order that will prevent Marlow schools from requiring students to wear masks.")
_SECOND = ("Marlow governor bans school mask mandates\n\nGovernor Ron Marlow signed an executive order on Friday that "
           "prevents Marlow schools from requiring students to wear masks.")


def test_the_plan_and_the_signing_are_not_linked(kept_apart_by):
    assert kept_apart_by("intended_beside_done", _FIRST, _SECOND, "intends")
