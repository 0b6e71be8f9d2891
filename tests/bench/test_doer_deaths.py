"""bench/doer_deaths.py: which units tell the death of the one who did the shooting, on made-up sentences."""
import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def doer(bench_script):
    return bench_script("doer_deaths")


@pytest.mark.parametrize("text, dies", [
    ("Teen suspect in Sunday's murder of Marlow girl dies", True),
    ("The 15-year-old boy suspected of killing a girl on Elm Street has died, police said.", True),
    ("Four shot to death in Marlow, then gunman kills himself", True),
    ("Second victim of Elm Street shooter dies", False),  # the victim dies, not the shooter
    ("Police: 15-Year-Old Boy Kills 16-Year-Old Girl in Marlow Home", False),
])
def test_the_doer_s_death(doer, text, dies):
    assert doer.doer_dies(english()(text)[:]) == dies


def test_the_other_side_is_filed_by_whether_it_tells_the_doer_s_death(doer):
    assert doer.other_side(english()("Gunman kills 4 people, self in Marlow")[:]) == "self"
    assert doer.other_side(english()("A 16-year-old girl was shot and killed in her Marlow home.")[:]) == "killing"
    assert doer.other_side(english()("Schools in Marlow were closed on Monday.")[:]) == "other"
