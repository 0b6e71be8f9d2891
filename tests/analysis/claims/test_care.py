"""A unit saying someone died beside one telling someone hurt and no death is never one claim; beside one telling the
death too, or one whose death is told with the shooting, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.care import death_beside_hurt, hurt_words, tells_hurt, tells_only_death, tells_own_wounds
from viewer.analysis.claims.features import UnitFeatures

_DIED = "The 2-year-old who was shot inside an apartment on Elm Street in Marlow has died."


@pytest.mark.parametrize("other, apart", [
    ("A 2-year-old child was critically injured in a shooting inside an apartment on Elm Street in Marlow.", True),
    ("The child was found on Elm Street in Marlow suffering from apparent gunshot wounds.", True),
    ("The 2-year-old child was shot and killed inside an apartment on Elm Street in Marlow.", False),  # a death too
    ("A 2-year-old child was injured in Marlow and later succumbed at the hospital.", False),  # a death too
    ("Two children were fatally wounded inside an apartment on Elm Street in Marlow.", False),  # a counted death
    ("A 2-year-old girl was fatally injured inside an apartment on Elm Street in Marlow.", False),  # a fatal adverb
    ("Police closed Elm Street in Marlow for hours on Tuesday.", False),  # no one hurt
])
def test_a_death_is_apart_from_someone_told_hurt(apart_both_ways, other, apart):
    assert apart_both_ways(death_beside_hurt, _DIED, other) == (apart, apart)


def test_a_death_told_with_the_shooting_or_denied_is_no_lone_death(sentence_unit):
    assert tells_only_death(sentence_unit(_DIED))
    assert not tells_only_death(sentence_unit("Shakir Williams was shot multiple times and pronounced dead."))
    assert not tells_only_death(sentence_unit("The child did not die."))


def test_a_death_told_with_its_own_wounds_is_no_lone_death(apart_both_ways, sentence_unit):
    told = "The 20-year-old man had multiple gunshot wounds to his legs and died from his injuries."
    assert tells_own_wounds(sentence_unit(told)) and not tells_only_death(sentence_unit(told))
    assert apart_both_ways(death_beside_hurt, told, "Brown had several gunshot wounds to his legs, police said.") == (
        False, False)
    cause = "The 20-year-old man died from several gunshot wounds to his legs."
    assert not tells_own_wounds(sentence_unit(cause)) and tells_only_death(sentence_unit(cause))


def test_a_fatal_adverb_is_stored_and_read_back(sentence_unit):
    unit = sentence_unit("A man was mortally wounded on Elm Street.")
    assert unit.fatal and not tells_hurt(unit)
    assert UnitFeatures.from_json(unit.to_json()).fatal
    assert not UnitFeatures.from_json({k: v for k, v in unit.to_json().items() if k != "fatal"}).fatal


def test_a_wound_word_in_a_name_tells_no_one_hurt(sentence_unit):
    assert "hurt" in hurt_words()
    assert tells_hurt(sentence_unit("Police said a man was hurt on Clay Street."))
    assert not tells_hurt(sentence_unit("Troyvante Hurt lived on Clay Street with his grandmother."))


_FIRST = ("The 2-year-old who was shot inside an apartment on Elm Street in Marlow has died. Her family thanked the "
          "nurses.")
_SECOND = ("A 2-year-old child was critically injured in a shooting inside an apartment on Elm Street in Marlow. Her "
           "family thanked the nurses.")


def test_the_death_and_the_injury_are_not_linked(kept_apart_by):
    assert kept_apart_by("death_beside_hurt", _FIRST, _SECOND, "has died")
