"""bench/item_readings.py: the two readings of one statement's several items that session 71 counted and refused, on
made-up ledes."""
from __future__ import annotations

import pytest

from viewer.analysis.nlp import english


@pytest.fixture(scope="module")
def parsed():
    nlp = english()
    return lambda text: nlp(text)[:]


def test_a_forecast_of_another_scope_is_told_by_its_modifiers(bench_script, parsed):
    readings = bench_script("item_readings")
    us = parsed("IMF slashes US growth forecast")
    assert readings.modifiers(parsed("IMF cuts its global growth forecast"), us)
    assert not readings.modifiers(parsed("IMF cuts US growth forecast"), us)


def test_an_additive_adverb_on_one_main_verb_only(bench_script, parsed):
    readings = bench_script("item_readings")
    vaccinated = parsed("The CDC said vaccinated people should wear masks indoors.")
    assert readings.also(parsed("The CDC also said all students should wear masks in schools."), vaccinated)
    assert not readings.also(parsed("The CDC said all students should wear masks in schools."), vaccinated)
    assert not readings.also(parsed("The CDC, which also runs the tests, said students should wear masks."), vaccinated)
