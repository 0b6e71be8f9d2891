"""A unit passing the outlet's own verdict ("… is pure Republican hypocrisy") is never one claim with a unit that does
not pass it; beside a unit wording the same verdict, or when the verdict is someone's told as news, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.judgements import judging_words, verdict_beside_other
from viewer.analysis.claims.vocabulary import term

_VERDICT = "Texas' repugnant abortion law is pure Republican hypocrisy."


@pytest.mark.parametrize("other, apart", [
    ("The Supreme Court gets it right on the Texas abortion law.", True),
    ("The Texas abortion law bans most abortions after about six weeks of pregnancy.", True),
    # the same verdict worded again
    ("The Republicans' Texas abortion law is hypocrisy, plain and simple.", False),
])
def test_a_verdict_is_apart_from_what_does_not_pass_it(apart_both_ways, other, apart):
    assert apart_both_ways(verdict_beside_other, _VERDICT, other) == (apart, apart)


@pytest.mark.parametrize("text, verdict", [
    (_VERDICT, [term("hypocrisy")]),
    ("Biden's lack of interest in investigating the origins of COVID-19 is troubling.", [term("troubling")]),
    # a word Pattern rates mostly objective, however bad, and the last part of a hyphened compound: told as fact
    ("The bill is dead.", []),
    ("None of the injuries were life-threatening.", []),
    # someone's words, quoted: told as news
    ("\"The law is pure hypocrisy,\" the senator said.", []),
    # a rank among others, told as news does
    ("It was the most serious breach of royal security since 1982.", []),
    # a person's state or standing, not the outlet's verdict on an act
    ("Doctors are excited about the new pill.", []),
    ("Huckabee is a celebrated figure among evangelical Christians.", []),
    # the fact under the verdict told in the copula's own clause, or an existential
    ("It's unacceptable that the president is offering temporary protections in exchange for wall funding.", []),
    ("There was a similar outcry when the government banned the company.", []),
    # no copula: an act told, not a verdict passed
    ("Generals contradict Biden on Afghanistan advice.", []),
])
def test_a_verdict_is_a_copulas_strongly_subjective_complement(sentence_unit, text, verdict):
    assert sentence_unit(text).verdict == verdict


def test_a_framed_verdict_is_someones_told_as_news(sentence_unit):
    framed = sentence_unit("The law is pure hypocrisy, the senator said on Tuesday.")
    assert framed.frame and not verdict_beside_other(framed, sentence_unit("The law bans most abortions."))


def test_the_table_holds_judging_adjectives_and_the_nouns_derived_from_them():
    words = judging_words()
    assert words["troubling"] == {"ADJ": "negative"} and words["hypocrisy"] == {"NOUN": "negative"}  # "hypocritical"
    assert "victim" not in words  # a VADER noun told as fact, no adjective's
    assert "dead" not in words  # VADER -3.3, but Pattern rates it mostly objective (.4)
    assert "legal" not in words and "pure" not in words  # mild or unrated in VADER
