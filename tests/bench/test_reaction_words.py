"""bench/reaction_words.py: a reaction told by a table's verb, particle verb, participle or noun, its object holding
the words the two units share, beside a unit telling the act, on made-up sentences and a made-up table."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.analysis.nlp import english

pytestmark = pytest.mark.skipif(not Path("/usr/share/wordnet/data.verb").exists(), reason="WordNet 3.0 not installed")


@pytest.fixture
def reading(bench_script, tmp_path):
    module = bench_script("reaction_words")
    path = tmp_path / "table.json"
    path.write_text(json.dumps({"verbs": ["criticize", "brush_off"], "nouns": {"response": "respond"}}),
                    encoding="utf-8")
    return lambda one, other: module.readings(english()(one)[:], english()(other)[:], path)


def test_a_particle_verb_whose_object_holds_the_shared_words_is_read_apart_from_the_act(reading):
    found = reading("Netanyahu brushed off President Biden's call for a ceasefire in Gaza.",
                    "President Biden called for a ceasefire in Gaza on Wednesday.")
    assert {"verb", "carried", "apart"} <= found


def test_a_noun_of_response_framing_the_main_act_is_a_reaction(reading):
    found = reading("The Pentagon sent two warships to the region in response to the Russian naval exercise near Hawaii.",
                    "Russia held its largest naval exercise near Hawaii since the Cold War.")
    assert "verb" in found and "carried" in found


def test_the_same_reaction_told_twice_is_not_apart(reading):
    found = reading("Democrats criticized the FBI over its handling of the tip line.",
                    "Democrats criticized the FBI's handling of the tip line in a letter.")
    assert "apart" not in found


def test_no_reaction_word_reads_nothing(reading):
    assert reading("The Senate passed the bill on Tuesday.", "The bill passed the Senate on Tuesday.") == set()
