"""bench/reaction_objects.py: the reaction verbs WordNet gives, and a reaction whose object carries the other's act, on
made-up sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewer.analysis.nlp import english

pytestmark = pytest.mark.skipif(not Path("/usr/share/wordnet/data.verb").exists(), reason="WordNet 3.0 not installed")


@pytest.fixture
def objects(bench_script):
    return bench_script("reaction_objects")


def _span(text: str):
    return english()(text)[:]


def test_the_verbs_are_criticism_praise_and_answer_not_the_acts_react_files_below_it(objects):
    verbs = objects.reaction_verbs()
    assert {"criticize", "condemn", "praise", "respond", "react", "reply", "denounce"} <= verbs
    assert not {"approve", "ratify", "authorize", "sign", "say"} & verbs
    assert "blast" not in verbs and "blast" in objects.reaction_verbs(any_sense=True)


def test_a_verb_is_found_in_its_derived_noun(objects):
    assert "suspension" in objects.derived_nouns()["suspend"]
    assert "allegation" in objects.derived_nouns()["allege"]


def test_a_reaction_whose_object_carries_the_act_is_read_apart_from_it(objects):
    reacting = _span("Democrats criticized Facebook over the suspension of the accounts.")
    acting = _span("Facebook suspended the accounts for two years.")
    assert objects.readings(reacting, acting) == {"verb", "carried", "apart"}
    assert objects.readings(acting, reacting) == {"verb", "carried", "apart"}


def test_the_same_reaction_told_twice_is_not_apart(objects):
    reacting = _span("Democrats criticized Facebook over the suspension of the accounts.")
    again = _span("Democrats condemned the suspension of the accounts.")
    assert "apart" not in objects.readings(reacting, again)
    apology = _span("Ms. Lauten later posted an apology for her words about the suspension.")
    apologizing = _span("Lauten responded to the suspension of her account.")
    assert "apart" not in objects.readings(apologizing, apology)


def test_an_object_holding_none_of_the_other_act_is_not_carried(objects):
    reacting = _span("Democrats criticized Facebook over its handling of misinformation.")
    acting = _span("The company hired ten thousand moderators last year.")
    assert objects.readings(reacting, acting) == {"verb"}
