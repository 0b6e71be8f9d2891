"""bench/stage_shapes.py: which change of the stage veto decides a made-up link, and the unbuilt shapes by words."""
import pytest

from tests.conftest import features_of


@pytest.fixture
def shapes(bench_script):
    return bench_script("stage_shapes")


def test_a_light_verb_stage_is_parted_now_and_an_after_clause_no_longer(shapes):
    assert shapes.built(features_of("Arrest made in deadly Marlow apartment shooting"),
                        features_of("Four people hurt in Marlow apartment shooting")) == "stage parted now (light verb)"
    assert shapes.built(features_of("A 34-year-old man was charged Friday after a 2-year-old boy shot himself in Marlow."),
                        features_of("A Marlow boy, 2, shot himself in the face.")) == "stage no longer parted (after clause, custody act)"
    assert shapes.built(features_of("A Marlow man was arrested in the shooting of a boy."), features_of("A boy was shot.")) is None


def test_a_death_beside_a_condition_and_the_unbuilt_shapes(shapes):
    assert shapes.built(features_of("The second victim was pronounced dead at the hospital."),
                        features_of("The second victim remains in critical condition.")) == "death beside a condition"
    assert shapes.unbuilt(["The boy appeared in juvenile court Tuesday.", "A teen was killed in Marlow."]) == "court appearance"
    assert shapes.unbuilt(["Footage shows the teen fatally shot by a deputy.", "A deputy shot and killed a teen."]) == "a document shows"
    assert shapes.unbuilt(["A man was shot on Elm Street.", "Traffic was slow."]) is None
