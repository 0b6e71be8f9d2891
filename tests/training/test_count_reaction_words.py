"""training/count_reaction_words.py: WordNet's reaction classes by any sense, and a verb use counted a reaction when it
takes something said or done, on made-up sentences."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from viewer.analysis.nlp import english

_PATH = Path(__file__).resolve().parents[2] / "training" / "count_reaction_words.py"
_SPEC = importlib.util.spec_from_file_location("count_reaction_words", _PATH)
reaction_words = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(reaction_words)

wordnet = pytest.mark.skipif(not Path("/usr/share/wordnet/data.verb").exists(), reason="WordNet 3.0 not installed")


@wordnet
def test_the_candidates_hold_every_sense_of_the_reaction_classes_and_particle_verbs():
    lemmas = {w for words in reaction_words.closure()[0].values() for w in words}
    assert {"criticize", "condemn", "praise", "respond", "react", "rebuff", "brush_off", "shrug_off", "blast"} <= lemmas
    assert not {"approve", "ratify", "sign", "say", "announce"} & lemmas


def _verb(text: str, lemma: str):
    return next(t for t in english()(text) if t.lemma_.lower() == lemma)


@wordnet
def test_a_use_taking_a_call_or_a_decision_is_a_reaction_and_a_return_home_is_not():
    lexfiles = reaction_words.first_noun_lexfiles()
    assert reaction_words.reaction_use(_verb("The senator criticized the decision to close the plant.", "criticize"),
                                       lexfiles)
    assert reaction_words.reaction_use(_verb("Trump criticized Facebook for censoring his posts.", "criticize"),
                                       lexfiles)
    assert not reaction_words.reaction_use(_verb("The soldiers returned to their base on Monday.", "return"), lexfiles)


def test_a_particle_verb_is_read_whole():
    assert reaction_words.verb_lemma(_verb("Netanyahu brushed off the call for a ceasefire.", "brush")) == "brush_off"
    assert reaction_words.verb_lemma(_verb("Netanyahu rejected the call.", "reject")) == "reject"
