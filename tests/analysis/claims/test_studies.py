"""A unit telling what a study did ("researchers analyzed records …") is never one claim with a unit telling no study
act (its finding); beside a second account of the method, or a unit telling the method with its finding, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.studies import doer_terms, method_acts, method_beside_finding, tells_method
from viewer.analysis.claims.vocabulary import term

_METHOD = ("Using the state's hospital records, researchers at the health agency analyzed data on 20,000 infections "
           "to estimate the risk of hospital admission.")


@pytest.mark.parametrize("other, apart", [
    ("The new variant doubles the risk of hospital admission, a state study says.", True),
    ("An analysis of 20,000 infections has shown the new variant doubles the risk of hospital admission.", True),
    # a second account of the method
    ("The study examined the risk of hospital admission among 20,000 infections in the state.", False),
    ("The study, published Friday by the health agency, looked at 20,000 infections in the state.", False),
])
def test_a_method_is_apart_from_what_tells_no_study_act(apart_both_ways, other, apart):
    assert apart_both_ways(method_beside_finding, _METHOD, other) == (apart, apart)


@pytest.mark.parametrize("text, method", [
    (_METHOD, True),
    ("The study, by the health agency, examined the risk of reinfection among hundreds of residents.", True),
    # the finding told with the method
    ("The study examined hundreds of residents, finding that the unvaccinated had greater odds of reinfection.", False),
    ("Researchers analyzed the records and found that the risk had doubled.", False),
    # a method verb with no study's doer: police, not researchers
    ("Police investigated the shooting at the apartment complex.", False),
    # researchers as the people an act is done to, not a study's doers acting
    ("Three researchers at the institute were hospitalized in November 2019.", False),
])
def test_a_method_is_a_study_act_done_by_a_doer_with_no_finding(sentence_unit, text, method):
    assert tells_method(sentence_unit(text)) == method


def test_the_tables_words_are_the_keys_the_units_store():
    assert {"analyze", "examine", "survey"} <= method_acts()
    assert "find" not in method_acts()
    assert {term("researcher"), term("study")} <= doer_terms()
