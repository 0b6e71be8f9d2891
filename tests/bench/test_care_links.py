"""bench/care_links.py: which care, condition or response reading would part a made-up link, and whether another veto
parts it already."""
import pytest

from tests.conftest import features_of


@pytest.fixture
def care(bench_script):
    return bench_script("care_links")


@pytest.mark.parametrize("first, second, shape", [
    ("The man with the gunshot wound was transported to the hospital and remains in serious condition.",
     "A fourth man suffered a gunshot wound in his arm.", "state"),
    ("The girl was taken by helicopter to Marlow Children's Hospital.", "A girl was shot on Elm Street in Marlow.",
     "care act"),
    ("Mourners held a candlelight vigil for the boy on Elm Street.", "A 16-year-old boy was shot on Elm Street.",
     "response"),
    ("The 2-year-old who was shot inside a Marlow apartment has died.", "A 2-year-old child was critically injured "
     "in a shooting inside a Marlow apartment.", "death / hurt (built)"),
])
def test_each_reading_parts_its_shape(care, first, second, shape):
    assert shape in care.care_shapes(features_of(first), features_of(second))


def test_a_pair_another_veto_parts_is_marked(care):
    died = features_of("The Marlow girl who was shot at her home has died.")
    alive = features_of("The Marlow girl who was shot at her home remains in critical condition.")
    hurt = features_of("The Marlow girl was injured in a shooting at her home.")
    assert care.parted_by_others(died, alive)
    assert not care.parted_by_others(died, hurt)
