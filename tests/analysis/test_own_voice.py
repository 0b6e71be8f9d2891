"""The own-voice model weighs a sentence's layout signs as own_voice.json records them, and refuses a stale file."""
from __future__ import annotations

import pytest

from viewer.analysis import own_voice
from viewer.analysis.sourcing import VOICE_SIGNS, voice_signs


def _probability(text: str, sentence: str) -> float:
    return own_voice.probability(voice_signs(text, text.index(sentence), sentence), VOICE_SIGNS)


def test_a_sentence_after_a_source_in_its_paragraph_is_less_the_outlets_own_than_a_paragraph_of_its_own():
    carried = "Fire on Elm Street\n\nPolice said a man set the fire. He fled in a grey car.\n"
    own = "Fire on Elm Street\n\nPolice said a man set the fire.\n\nThe bakery had opened in 1990, and it was closed.\n"
    assert _probability(carried, "He fled in a grey car.") < own_voice.threshold() \
        <= _probability(own, "The bakery had opened in 1990, and it was closed.")


def test_weights_fitted_on_other_signs_are_refused():
    with pytest.raises(ValueError, match="refit"):
        own_voice.probability(dict.fromkeys(VOICE_SIGNS, 0.0), VOICE_SIGNS[:-1])
