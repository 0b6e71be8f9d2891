"""bench/given_event_links.py: one unit naming the event the other tells as a given thing, its subject, with a detail
the other lacks, on made-up sentences."""
from pathlib import Path

import pytest

from viewer.analysis.nlp import english

pytestmark = pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists(),
                                reason="the event nouns are read from WordNet 3.0 (Debian's wordnet-base)")


@pytest.fixture
def given(bench_script):
    return bench_script("given_event_links")


def _fired(given, a: str, b: str) -> dict[str, int]:
    a, b = english()(a)[:], english()(b)[:]
    return given.fired({"readings": [given.reading(a, b), given.reading(b, a)]})


def test_the_thing_acted_on_given_with_a_new_phrase_fires_on_its_side(given):
    found = _fired(given, "North Korea fired two ballistic missiles off its east coast.",
                   "Officials said the missiles were launched from central North Korea.")
    assert found.get("theme_any") == 1
    assert "occurs" not in found


def test_an_event_noun_said_to_have_happened_somewhere_fires(given):
    found = _fired(given, "The shooting happened near a school on Main Street.", "A man was shot on Friday.")
    assert found.get("occurs") == 0
    assert found.get("given") == 0


def test_a_rewording_of_one_act_fires_nothing(given):
    assert _fired(given, "Police arrested Mark Jones on Friday.", "Mark Jones was arrested by police on Friday.") == {}


def test_a_doer_as_subject_is_no_given_event(given):
    assert "theme_any" not in _fired(given, "The Census Bureau will release the data on Thursday.",
                                     "The bureau is releasing census data used for redistricting.")


def test_the_event_nouns_come_from_wordnet_acts_and_events(given):
    nouns = given.event_nouns()
    assert {"launch", "shooting", "divorce"} <= nouns
    assert "missile" not in nouns
