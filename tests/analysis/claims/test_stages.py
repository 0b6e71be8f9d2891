"""A court or custody stage beside a unit that only tells the shooting is never one claim; beside one that tells that
stage too, or one that tells no shooting, it can be; and a unit that tells the shooting as its own act is no stage."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.stages import (_conditions, death_beside_condition, depiction_beside_act, depicts,
                                           investigation_beside_shooting, stage_acts, stage_beside_shooting, tells_stage)


_ARRESTED = "A Marlow man was arrested Monday in the fatal shooting of a 16-year-old boy on Elm Street."


@pytest.mark.parametrize("other, apart", [
    ("A 16-year-old boy died after he was shot on Elm Street in Marlow.", True),
    ("A 16-year-old boy was shot and killed on Elm Street in Marlow, police said.", True),
    ("A Marlow man was charged Tuesday with murder in the boy's death.", False),  # a court stage too
    ("Police made the arrests of two men on Elm Street in Marlow.", False),  # tells the arrest too
    ("Traffic on Elm Street in Marlow was closed for hours on Monday.", False),  # tells no shooting
])
def test_an_arrest_is_apart_from_a_shooting_that_tells_no_arrest(apart_both_ways, other, apart):
    assert apart_both_ways(stage_beside_shooting, _ARRESTED, other) == (apart, apart)


def test_a_denied_stage_or_one_told_with_the_shooting_is_no_stage(sentence_unit):
    assert tells_stage(sentence_unit("Police charged the boy's uncle with murder on Tuesday."))
    assert not tells_stage(sentence_unit("No one has been charged in the shooting."))
    assert not tells_stage(sentence_unit("The uncle shot the boy and was arrested at the scene."))


def test_the_table_holds_the_court_acts_counted_and_no_act_of_the_shooting_itself():
    assert {"arrest", "charge", "indict"} <= stage_acts()
    assert not {"shoot", "kill", "wound", "die", "identify", "investigate"} & stage_acts()


@pytest.mark.parametrize("stage, other, apart", [
    # a light verb with its stage noun states the stage ("make": "arrest", "face": "charge" of the table)
    ("Arrest made in deadly Marlow apartment shooting", "Four people hurt in Marlow apartment shooting", True),
    ("Suspect in fatal Marlow shootout faces multiple charges", "A 16-year-old boy was shot and killed in the Marlow "
     "shootout.", True),
    # the stage told after the shooting states the shooting too
    ("A Marlow father is facing assault charges after accidentally shooting his son.", "An 11-year-old boy was shot "
     "in Marlow on Sunday.", False),
    ("A 34-year-old man was charged Friday night after a 2-year-old boy shot himself in the face in Marlow.",
     "A Marlow child was rushed to the hospital after he shot himself in the face.", False),
    ("Police have made an arrest after the shooting of four people in a Marlow store.", "Four people were shot "
     "Saturday night in a Marlow store.", False),
    # a custody act too rare to be kept as a stage still tells the custody beside an arrest
    ("Police arrested a Marlow man in connection with the fatal shooting of his girlfriend.", "The suspect turned "
     "himself in after fatally shooting his girlfriend in Marlow.", False),
])
def test_light_stages_after_clauses_and_custody_acts(apart_both_ways, stage, other, apart):
    assert apart_both_ways(stage_beside_shooting, stage, other) == (apart, apart)


def test_the_after_clause_is_stored_and_read_back(sentence_unit):
    unit = sentence_unit("A Marlow father was charged after his gun went off, shooting his daughter.")
    assert {"shot", "daughter"} <= set(unit.after)
    assert not sentence_unit("A Marlow man was arrested in the shooting of a boy who was shot twice.").after
    assert UnitFeatures.from_json(unit.to_json()).after == unit.after
    assert UnitFeatures.from_json({k: v for k, v in unit.to_json().items() if k != "after"}).after == []


@pytest.mark.parametrize("died, other, apart", [
    ("A Marlow child who had been hospitalized since a Feb. 27 shooting at her home has died.", "A seven-year-old "
     "girl was shot inside her Marlow home and is on life support.", True),
    ("The second victim was pronounced dead at the hospital.", "The second victim remains in critical condition.",
     True),
    ("The second victim died at the hospital.", "The victim was in critical condition before he died.", False),
    ("The victim died at the hospital.", "The victim was taken to the hospital.", False),  # no living state
    ("The victim did not die.", "The victim remains in critical condition.", False),  # denied
])
def test_a_death_is_apart_from_a_victim_alive_in_a_condition(apart_both_ways, died, other, apart):
    assert apart_both_ways(death_beside_condition, died, other) == (apart, apart)


def test_the_condition_table_holds_living_states_only():
    assert {"condition", "life support"} <= {state for state, *_counts in _conditions()["states"]}
    assert not {"hospital", "surgery"} & {state for state, *_counts in _conditions()["states"]}


@pytest.mark.parametrize("inquiry, other, apart", [
    ("Police in Marlow are investigating a shooting that left four people injured early Friday.", "Four people were "
     "injured in an early morning shooting in Marlow.", True),
    ("The Marlow Police Department is investigating the shooting of a 5-year-old girl.", "A 5-year-old girl is "
     "fighting for her life after being shot in the head in a home in Marlow.", True),
    # an investigation of a question: the other report may answer it
    ("Marlow police are investigating whether the two shootings are related.", "It is unclear if the shootings in "
     "Marlow were related.", False),
    ("Detectives were investigating to see if the Marlow shooting was gang-related.", "Police said the Marlow "
     "shooting was possibly gang-related.", False),
    # the other tells the investigation or its finding too
    ("Police are investigating the death of a Marlow man.", "The Marlow man's death has been ruled a homicide.", False),
    # told after the shooting
    ("Police are investigating after a teenage girl was fatally shot in a Marlow home.", "A teenage girl has died "
     "after being shot in a Marlow home.", False),
])
def test_an_investigation_of_the_shooting_is_apart_from_the_shooting(apart_both_ways, inquiry, other, apart):
    assert apart_both_ways(investigation_beside_shooting, inquiry, other) == (apart, apart)


@pytest.mark.parametrize("depiction, other, apart", [
    ("Sheriff's Office footage shows a teen fatally shot by a deputy in Marlow", "Sheriff's deputy shoots, kills "
     "knife-wielding teen outside Marlow", True),
    ("This photo shows the Elm Street house where police say a 12-year-old boy was accidentally shot Sunday morning.",
     "The coroner confirmed a 12-year-old boy accidentally shot Sunday morning on Elm Street in Marlow died hours "
     "later.", True),
    # the depicting unit states the other's act too
    ("Police recovered seven shell casings from the scene and obtained video of the car leaving the scene.", "Police "
     "recovered several shell casings from the scene after the shooting.", False),
    # the other tells the depiction too, or tells no shooting
    ("Police released video of the gunman firing into the Marlow store.", "Video shows the gunman firing into the "
     "Marlow store.", False),
    ("Police released a video of the Marlow shooting.", "Traffic on Elm Street in Marlow was closed for hours.", False),
    # a gallery caption whose own act is the killing tells it, as a stage that is the shooting too does
    ("Image 3 of 16 A man died Thursday morning after being shot inside a home on Elm Street.", "A man was shot and "
     "killed inside a home on Elm Street on Thursday.", False),
])
def test_a_depiction_is_apart_from_the_act_it_depicts(apart_both_ways, depiction, other, apart):
    assert apart_both_ways(depiction_beside_act, depiction, other) == (apart, apart)


def test_a_denied_depiction_depicts_nothing(sentence_unit):
    assert depicts(sentence_unit("Police released a video of the Marlow shooting."))
    assert not depicts(sentence_unit("No video of the shooting has been released."))


def test_a_wound_word_tells_the_shooting_beside_a_court_stage(apart_both_ways):
    assert apart_both_ways(stage_beside_shooting, "A Marlow man is accused of accidentally shooting another man in "
                           "the head Friday.", "Marlow man found with fatal gunshot wound to head") == (True, True)


_FIRST = ("A Marlow man was arrested Monday in the fatal shooting of a 16-year-old boy on Elm Street in Marlow on "
          "Saturday night. He is held at the county jail.")
_SECOND = ("A 16-year-old boy was shot and killed on Elm Street in Marlow on Saturday night. The boy died at the "
           "scene.")


_DIED = ("The seven-year-old Marlow girl who was shot at her home on Elm Street has died. Her family thanked the "
         "nurses.")
_ALIVE = ("The seven-year-old Marlow girl who was shot at her home on Elm Street remains on life support. Her family "
          "thanked the nurses.")


_INVESTIGATING = ("Police in Marlow are investigating a shooting that left four people injured on Elm Street early "
                  "Friday. The victims are expected to survive.")
_FOOTAGE = "Sheriff's Office footage shows a teen fatally shot by a deputy in Marlow on Elm Street. The deputy is on leave."
_KILLS = "A sheriff's deputy fatally shot a teen in Marlow on Elm Street. The deputy is on leave."
_INJURED = ("Four people were injured in a shooting on Elm Street in Marlow early Friday. The victims are expected to "
            "survive.")


@pytest.mark.parametrize("veto, first, second, word", [
    ("stage_beside_shooting", _FIRST, _SECOND, "arrested"),
    ("investigation_beside_shooting", _INVESTIGATING, _INJURED, "investigating"),
    ("death_beside_condition", _DIED, _ALIVE, "has died"),
    ("depiction_beside_act", _FOOTAGE, _KILLS, "footage"),
])
def test_the_two_stages_are_not_linked(kept_apart_by, veto, first, second, word):
    assert kept_apart_by(veto, first, second, word)
