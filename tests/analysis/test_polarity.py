"""A polarity line reads the act a denial denies, and the other side's words, from what each unit kept at analysis
(`denied_acts.unit_denials`, `denied_acts.packed_forms`), so a relink parses no mention; a mention whose unit was
stored before is parsed alone, as before."""
from __future__ import annotations

import pytest

from viewer.analysis import polarity
from viewer.analysis.claims.denied_acts import word_forms
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.units import unit_features
from viewer.analysis.model import Mention
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span

PAIRS = [
    ("The clerk did not lock the cash box, police said.", "The clerk locked the cash box before she left."),
    ("The driver didn't make it, police said.", "The driver was pronounced dead at the hospital, police said."),
    ("None of the injuries are considered life-threatening.", "The injuries were considered life-threatening."),
]


def _sides(a: str, b: str) -> tuple[list[Mention], list[Mention]]:
    return [Mention(1, 0, len(a), a)], [Mention(2, 0, len(b), b)]


def _recorded(*sides: list[Mention]) -> dict[tuple[int, int, int], UnitFeatures]:
    """Each mention's features as the analysis reads them, the mention its own document."""
    return {(m.document, m.start, m.end): unit_features(english()(m.text), Span(0, len(m.text)))
            for side in sides for m in side}


def _no_parser():
    raise AssertionError("a mention was parsed")


@pytest.mark.parametrize("a, b", PAIRS)
def test_recorded_mentions_give_the_line_a_parse_gives_and_parse_nothing(a, b, monkeypatch):
    left, right = _sides(a, b)
    parsed = polarity.polarity(left, right, {})
    recorded = _recorded(left, right)
    monkeypatch.setattr(polarity, "english", _no_parser)
    assert polarity.polarity(left, right, {}, recorded) == parsed


def test_the_pairs_read_a_line_where_the_act_is_said_and_none_where_another_wording_of_one_fact_is():
    lines = [polarity.polarity(*_sides(a, b), {}, _recorded(*_sides(a, b))) for a, b in PAIRS]
    assert [len(found) for found in lines] == [1, 0, 1]


def test_mentions_stored_before_units_kept_their_denials_are_parsed_alone(monkeypatch):
    left, right = _sides(*PAIRS[0])
    before = {(m.document, m.start, m.end): UnitFeatures() for m in (*left, *right)}
    parsed = []
    pipeline = english()

    def counting():
        parsed.append(True)
        return pipeline

    monkeypatch.setattr(polarity, "english", counting)
    assert polarity.polarity(left, right, {}, before) == polarity.polarity(left, right, {})
    assert parsed


def test_an_act_is_said_in_another_inflection_a_hyphened_word_or_a_synonym():
    nlp = english()
    assert polarity.says_act(("see",), word_forms(nlp("The men were seen together at the gate.")))
    assert polarity.says_act(("threaten",), word_forms(nlp("He suffered life-threatening wounds.")))
    assert not polarity.says_act(("make",), word_forms(nlp("The driver was pronounced dead at Mercy Hospital.")))
