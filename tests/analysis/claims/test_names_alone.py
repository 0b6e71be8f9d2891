"""Two units that share a person's name and nothing else, one telling an act done by or to that person and the other
none, are never one claim; sharing another word, a word of one meaning, or an act, or both telling an act, they can
be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.names_alone import name_alone_beside_act

_DIED = "McKay Hutton and his baby daughter, Teagan, died in a murder-suicide at a Fairbanks hotel."


@pytest.mark.parametrize("other, apart", [
    ("McDonald and McKay Hutton were married and were both parents to Teagan.", True),  # who they were to each other
    ("McKay Hutton and Teagan were found at a Fairbanks hotel.", False),  # both tell an act
    ("McKay Hutton and his daughter Teagan were among the dead in the murder-suicide.", False),  # a word shared
])
def test_a_name_alone_beside_an_act_is_apart(apart_both_ways, other, apart):
    assert apart_both_ways(name_alone_beside_act, _DIED, other) == (apart, apart)


def test_a_place_name_in_common_is_not_a_persons(sentence_unit):
    shot = sentence_unit("A teenager was shot near Lincoln Park on Saturday night.")
    assert not name_alone_beside_act(shot, sentence_unit("Lincoln Park is a quiet neighborhood."))


def test_a_headline_is_not_read():
    names = ["huton", "mckai"]
    headline = UnitFeatures(terms=names, names=names, persons=names, headline=True)
    died = UnitFeatures(terms=["die", *names], names=names, persons=names, acts=["die"])
    assert not name_alone_beside_act(headline, died)
    assert name_alone_beside_act(UnitFeatures(**{**vars(headline), "headline": False}), died)


def test_the_veto_keeps_two_reports_apart(kept_apart_by):
    first = ("Fairbanks police said McKay Hutton and his baby daughter, Teagan, died in a murder-suicide at a Hampton "
             "Inn hotel on Sunday.")
    second = ("A man, his wife and their baby were found dead at a Hampton Inn hotel in Fairbanks on Sunday. "
              "McDonald and McKay Hutton were married and were both parents to Teagan.")
    assert kept_apart_by("name_alone_beside_act", first, second, "married")
