"""Whether two claim units share an act: two sentences of one incident telling two of its actions share its words, not its verbs."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.predicates import Roles, no_shared_act


@pytest.mark.parametrize(("first", "second", "none_shared"), [
    # two actions of one crash, told with its words
    ("Police arrested the driver of the truck on Monday.", "The truck driver crashed into a school bus on Monday.", True),
    # a headline's verb has no subject of its own and still counts
    ("Dad charged in accidental shooting of his son", "Police charged the father of the boy on Tuesday.", False),
    ("Dad charged in accidental shooting of his son", "The boy is recovering in hospital, his mother said.", True),
    # one act, told by two sources: the reporting verbs are no act
    ("Police said the driver was arrested on Monday.", "The driver was arrested on Monday, officials told reporters.", False),
    # a unit stating no act at all is never told apart by this sign
    ("Police said so on Monday.", "The truck driver crashed into a school bus on Monday.", False),
    # an act the other tells in a synonym
    ("Two guards were injured in the riot on Sunday.", "Six wounded guards were taken to hospital after the riot.", False),
    # an act denied is still the act the other states
    ("The club did not hire a new coach this week.", "The club hired Dan Moreno as its new coach.", False),
])
def test_units_share_no_act_when_no_verb_of_either_is_among_the_others_words(sentence_unit, first, second, none_shared):
    a, b = Roles.of(sentence_unit(first)), Roles.of(sentence_unit(second))
    assert no_shared_act(a, b) is none_shared
    assert no_shared_act(b, a) is none_shared
