"""bench/stage_readings.py: the identification readings measured against the reading before them, the doer's own
death and the killing of another, and a depicting headline that tells the killing, on made-up sentences."""
import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


@pytest.fixture
def readings(bench_script):
    return bench_script("stage_readings")


def _parsed(text: str):
    doc = english()(text)
    return unit_features(doc, Span(0, len(text))), doc[:]


@pytest.mark.parametrize("text, found", [
    ("A 17-year-old boy fatally shot on Elm Street Wednesday night was identified by authorities Friday as Daniel "
     "Okafor.", ["passive clause"]),
    ("Police ID man killed in Elm Street shooting as Daniel Okafor", ["ID word"]),
    ("Teen killed in Elm Street shooting identified", ["participle"]),
    ("Police identified the man killed on Elm Street as Daniel Okafor.", []),  # read before: a main verb
])
def test_each_reading_finds_what_the_reading_before_it_missed(readings, text, found):
    unit, tokens = _parsed(text)
    assert readings.readings_of(readings.as_before(unit, tokens), tokens) == found


@pytest.mark.parametrize("text, dying, another", [
    ("Atkinson, a 35-year-old from Texas, then fatally shot himself.", True, False),
    ("The gunman then turned the gun on himself.", True, False),
    ("Howard Atkinson shot to death his sister-in-law in his apartment on Elm Street.", False, True),
    ("A gunman killed two people and then himself.", False, True),  # tells the killing too
    ("The 14-year-old boy suspected of shooting her has turned himself in.", False, False),  # a surrender
    ("The boy was shot in the stomach.", False, False),
])
def test_the_doers_death_and_the_killing_of_another(readings, text, dying, another):
    _, tokens = _parsed(text)
    assert (readings.own_death(tokens), readings.kills_another(tokens)) == (dying, another)


def test_a_self_shooting_beside_the_doers_killing_of_another(readings):
    (a, ta), (b, tb) = (_parsed("Atkinson then fatally shot himself."),
                        _parsed("Howard Atkinson shot to death his sister-in-law on Elm Street."))
    assert readings.doer_shapes(a, b, [ta, tb]) == ["doer's death, plain", "doer's death, beside a killing of another"]
    (c, tc) = _parsed("A 4-year-old boy was shot in the leg on Elm Street.")
    assert readings.doer_shapes(a, c, [ta, tc]) == ["doer's death, plain"]


def test_a_depicting_unit_that_tells_the_killing_too(readings):
    caption = "Image 3 of 16 A man died Thursday morning after being shot inside a home on Elm Street."
    (a, _), (b, _) = _parsed(caption), _parsed("A man was shot and killed inside a home on Elm Street on Thursday.")
    assert readings.depiction_killing(a, b)  # session 63's veto parted it
    (c, _) = _parsed("Police released a video of the Marlow shooting.")
    assert not readings.depiction_killing(c, b)  # the veto parts it, but its side tells no killing
