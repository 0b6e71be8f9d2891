"""bench/stage_wrongs.py: what each side of a made-up link tells, why the stage readings leave it, and which reading
would part it."""
import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


@pytest.fixture
def wrongs(bench_script):
    return bench_script("stage_wrongs")


def _parsed(text: str):
    doc = english()(text)
    return unit_features(doc, Span(0, len(text))), doc[:]


def test_each_side_is_filed_by_its_main_act_and_the_miss_by_its_reason(wrongs):
    searched, _ = _parsed("Police are searching for the gunman on Elm Street.")
    shot, _ = _parsed("A 16-year-old boy was shot and killed on Elm Street.")
    arrested, _ = _parsed("A Marlow man was arrested Monday in the fatal shooting of a boy.")
    assert wrongs.family(searched) == "search" and wrongs.family(shot) == "shooting"
    assert wrongs.missed(searched, shot) == "no stage read"
    assert wrongs.missed(arrested, shot) == "parted"


@pytest.mark.parametrize("first, second, shape", [
    ("Police in Marlow are investigating a shooting that left four people injured.", "Four people were injured in a "
     "Marlow shooting.", "investigation of the shooting (built)"),
    ("Marlow police are investigating whether the shootings are related.", "Two people were shot in Marlow.",
     "investigation, not after"),
    ("Suspects sought in Marlow nightclub shooting that left two teens dead", "Two teens were killed at a Marlow "
     "nightclub.", "search for a person"),
    ("Marlow man arrested Monday in the shooting", "Marlow man charged with murder in the shooting",
     "two court stages, different acts"),
    ("A Marlow man is under arrest in the shooting.", "A 16-year-old boy was shot and killed in Marlow.",
     "custody phrase: under arrest"),
    ("Police released a video of the Marlow shooting.", "Two men were shot outside a Marlow store.",
     "depiction / the shooting"),
    ("Police recovered casings and obtained video of the car.", "Police recovered casings near the Marlow store.",
     "depiction / other, an act shared"),
])
def test_the_readings_measured(wrongs, first, second, shape):
    (a, ta), (b, tb) = _parsed(first), _parsed(second)
    assert shape in wrongs.candidate_shapes(a, b, [ta, tb], [first, second])


def test_a_headline_closing_on_a_stage_participle(wrongs):
    _, tokens = _parsed("Teen killed in Marlow shooting identified")
    assert wrongs.headline_stage(tokens, "Teen killed in Marlow shooting identified") == "identify"
    _, tokens = _parsed("Teen killed in Marlow shooting.")
    assert wrongs.headline_stage(tokens, "Teen killed in Marlow shooting.") is None


def test_a_headline_participle_under_a_relative_clause_of_its_noun(wrongs):
    text = "Uncle of Marlow girl who was fatally shot arrested in case"
    _, tokens = _parsed(text)
    assert wrongs.headline_stage(tokens, text) == "arrest"


def test_the_widened_violence_words_are_read_by_every_veto_and_restored(wrongs):
    from viewer.analysis.claims import identifications, stages

    shot_at, _ = _parsed("Two men were hurt outside a Marlow store.")
    assert not identifications.tells_violence(shot_at)
    with wrongs.widened(("hurt",)):
        assert identifications.tells_violence(shot_at) and "hurt" in stages.violence_terms()
    assert not identifications.tells_violence(shot_at) and "hurt" not in stages.violence_terms()
