"""bench/identification_links.py: what the other unit of an identification's link says of who it was, on made-up
sentences."""
import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def ident(bench_script):
    return bench_script("identification_links")


def _group(ident, a: str, b: str):
    return ident.classify(english()(a)[:], english()(b)[:])


def test_a_killing_that_names_no_one_is_group_c(ident):
    found = _group(ident, "The man killed on Elm Street on Saturday has been identified as Daniel Okafor, 31.",
                   "A man was shot and killed on Elm Street on Saturday.")
    assert found == ("c", "a")


def test_a_killing_that_names_the_person_is_group_a(ident):
    found = _group(ident, "Daniel Okafor, 31, was shot and killed on Elm Street on Saturday.",
                   "The man killed on Elm Street on Saturday has been identified as Daniel Okafor, 31.")
    assert found == ("a", "b")


def test_a_headline_read_as_a_noun_phrase_identifies(ident):
    assert ident.identifies(english()("Coroner IDs woman who died in shooting")[:])


def test_a_denied_identification_identifies_no_one(ident):
    assert not ident.identifies(english()("No suspect has been identified.")[:])
    assert _group(ident, "The victims' names were not released.", "A man was shot on Elm Street.") is None


def _unit(ident, text: str):
    return ident.features_of(english()(text)[:])


def test_the_veto_as_built_parts_what_the_acts_only_veto_missed(ident):
    headline = _unit(ident, "Marlow County coroner IDs man who died in Elm Street shooting")
    killed = _unit(ident, "A man was shot and killed on Elm Street on Saturday.")
    assert not ident.acts_veto(headline, killed)
    assert ident.missed_by(headline, killed) == "headline"
    force = _unit(ident, "Marlow Police have identified the victim of a homicide as a 15-year-old boy.")
    said = _unit(ident, "Marlow police say a 15-year-old boy was shot and killed Thursday night.")
    assert not ident.acts_veto(force, said) and ident.missed_by(force, said) == "names"
