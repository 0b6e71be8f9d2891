"""bench/act_times.py: how a unit's main verbs tell their acts in time, read from made-up sentences."""
import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def times(bench_script):
    return bench_script("act_times")


@pytest.mark.parametrize("text, reading", [
    ("The House committee will subpoena Flynn.", "to come"),
    ("Lynch is expected to announce his bid on Thursday.", "intended"),
    ("Jammeh could leave Gambia on Saturday.", "possible"),
    ("The Senate committee responded with two additional subpoenas.", "done"),
    ("Iran has signed a deal with Total.", "done"),
    ("Police say the boy remains in stable condition.", "present"),
])
def test_each_main_verb_is_read_by_its_auxiliaries_and_form(times, text, reading):
    doc = english()(text)
    assert times.unit_time(doc[:]) == reading
