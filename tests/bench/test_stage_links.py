"""bench/stage_links.py: a unit whose main act is a later stage beside one that tells only the shooting, on made-up
sentences."""
import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def stages(bench_script):
    return bench_script("stage_links")


def _span(text: str):
    return english()(text)[:]


def test_an_arrest_in_the_shooting_beside_the_shooting_is_the_legal_shape(stages):
    found = stages.classify(_span("A man was arrested Monday in the shooting of a boy."), _span("A boy was shot on Friday."))
    assert found == ("legal", "a")


def test_a_vigil_held_is_a_mourning_stage(stages):
    assert stages.stage_of(_span("A vigil was held Sunday for the boy.")) == "mourning"


def test_both_telling_the_stage_or_a_denied_stage_is_not_the_shape(stages):
    assert stages.classify(_span("A man was arrested in the shooting."), _span("The man shot was arrested.")) is None
    assert stages.stage_of(_span("No one has been arrested.")) is None


def test_an_identification_beside_a_unit_naming_someone_is_left_to_its_own_script(stages):
    ident = _span("Police identified the man killed as John Smith.")
    assert stages.classify(ident, _span("John Smith was shot and killed on Friday.")) is None
