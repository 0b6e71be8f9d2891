"""The nouns of a force's members: person nouns written after "police" or "sheriff's" in both numbers."""
from collections import Counter

from training.count_force_members import forms_after_forces, members

_NOUNS = frozenset({"officer", "deputy", "chief", "suspect", "have"})


def test_a_member_noun_is_kept_only_when_seen_in_both_numbers():
    texts = ["Two police officers and a police officer arrived. Police have said the sheriff's deputies left.",
             "A sheriff's deputy and three sheriff’s deputies came. The police chief spoke. Police suspect a man.",
             "Police Officer Ann Lee spoke."] * 3
    forms = forms_after_forces(texts, _NOUNS)
    assert forms[("officer", True)] == 3 and forms[("officer", False)] == 3  # a title in capitals is no member noun
    assert forms[("deputy", True)] == 6 and forms[("deputy", False)] == 3
    assert set(members(forms)) == {"officer", "deputy"}  # "have", "suspect", "chief": one number only
    assert members(Counter({("officer", True): 2, ("officer", False): 9})) == {}
