"""A court or custody stage beside a unit that only tells the shooting is never one claim; beside one that tells that
stage too, or one that tells no shooting, it can be; and a unit that tells the shooting as its own act is no stage."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.stages import stage_acts, stage_beside_shooting, tells_stage


_ARRESTED = "A Marlow man was arrested Monday in the fatal shooting of a 16-year-old boy on Elm Street."


@pytest.mark.parametrize("other, apart", [
    ("A 16-year-old boy died after he was shot on Elm Street in Marlow.", True),
    ("A 16-year-old boy was shot and killed on Elm Street in Marlow, police said.", True),
    ("A Marlow man was charged Tuesday with murder in the boy's death.", False),  # a court stage too
    ("Police made the arrests of two men on Elm Street in Marlow.", False),  # tells the arrest too
    ("Traffic on Elm Street in Marlow was closed for hours on Monday.", False),  # tells no shooting
])
def test_an_arrest_is_apart_from_a_shooting_that_tells_no_arrest(sentence_unit, other, apart):
    assert stage_beside_shooting(sentence_unit(_ARRESTED), sentence_unit(other)) == apart
    assert stage_beside_shooting(sentence_unit(other), sentence_unit(_ARRESTED)) == apart


def test_a_denied_stage_or_one_told_with_the_shooting_is_no_stage(sentence_unit):
    assert tells_stage(sentence_unit("Police charged the boy's uncle with murder on Tuesday."))
    assert not tells_stage(sentence_unit("No one has been charged in the shooting."))
    assert not tells_stage(sentence_unit("The uncle shot the boy and was arrested at the scene."))


def test_the_table_holds_the_court_acts_counted_and_no_act_of_the_shooting_itself():
    assert {"arrest", "charge", "indict"} <= stage_acts()
    assert not {"shoot", "kill", "wound", "die", "identify", "investigate"} & stage_acts()



_FIRST = ("A Marlow man was arrested Monday in the fatal shooting of a 16-year-old boy on Elm Street in Marlow on "
          "Saturday night. He is held at the county jail.")
_SECOND = ("A 16-year-old boy was shot and killed on Elm Street in Marlow on Saturday night. The boy died at the "
           "scene.")


def test_the_arrest_and_the_shooting_are_not_linked(kept_apart_by):
    assert kept_apart_by("stage_beside_shooting", _FIRST, _SECOND, "arrested")
