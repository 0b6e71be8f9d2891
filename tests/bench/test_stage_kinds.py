"""bench/stage_kinds.py: the stage marks of made-up sides, the kind of a pair and the form of an act to come."""
from dataclasses import replace

import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


@pytest.fixture
def kinds(bench_script):
    return bench_script("stage_kinds")


def _side(text: str, headline: bool = False):
    doc = english()(text)
    return replace(unit_features(doc, Span(0, len(text))), headline=headline), doc[:]


def _marks(kinds, text: str, headline: bool = False) -> frozenset[str]:
    return kinds.side_marks(*_side(text, headline))


def test_sets_are_filed_by_the_source_they_were_drawn_from(kinds):
    assert [kinds.source_of(n) for n in ("allsidesC", "basilE", "wcepB", "gvaZ13", "dev")] == [
        "AllSides", "BASIL", "WCEP", "GVA", "other"]


def test_a_headline_infinitive_tells_an_act_to_come_and_a_past_tense_one_done(kinds):
    to_come = _marks(kinds, "Governor to sign budget bill on Friday", headline=True)
    signed = _marks(kinds, "The governor signed the budget bill on Friday.")
    assert "to come" in to_come and "done" not in to_come
    assert {"done", "law"} <= signed and "to come" not in signed
    assert kinds.pair_kind(to_come, signed) == "intention vs act"


def test_the_same_infinitive_outside_a_headline_is_no_form_of_an_act_to_come(kinds):
    unit, tokens = _side("Governor to sign budget bill on Friday")
    assert "headline infinitive" not in kinds.to_come_forms(tokens, kinds.main_verbs(tokens), unit.headline)


def test_one_chamber_passing_a_bill_beside_its_signing(kinds):
    passed = _marks(kinds, "The House passed the budget bill on Tuesday.")
    signed = _marks(kinds, "The governor signed the budget bill on Friday.")
    assert "chamber" in passed
    assert kinds.pair_kind(passed, signed) == "one chamber vs law"


def test_a_charge_beside_a_conviction(kinds):
    charged = _marks(kinds, "A Marlow man was charged with murder in the shooting.")
    convicted = _marks(kinds, "A Marlow man was convicted of murder in the shooting.")
    assert "case start" in charged and "verdict" in convicted
    assert kinds.pair_kind(charged, convicted) == "charge vs conviction"


def test_two_sides_told_alike_are_of_no_kind(kinds):
    one = _marks(kinds, "The governor signed the budget bill on Friday.")
    other = _marks(kinds, "On Friday the governor signed the state budget.")
    assert kinds.pair_kind(one, other) == "other"


@pytest.mark.parametrize("first, shape", [
    ("The governor will sign the budget bill on Friday.", "will, same act"),
    ("The governor said he would sign the budget bill.", "would, same act"),
    ("The governor intends to sign the budget bill.", "intention, same act"),
    ("The governor will veto the budget bill on Friday.", "will, another act"),
])
def test_the_form_of_the_act_to_come_and_whether_the_other_side_did_it(kinds, first, shape):
    sides = [_side(first), _side("The governor signed the budget bill on Friday.")]
    units, tokens = [s[0] for s in sides], [s[1] for s in sides]
    marks = [kinds.side_marks(u, t) for u, t in sides]
    assert kinds.intention_shapes(units, tokens, marks) == {shape}


def test_a_headline_infinitive_is_printed_beside_the_other_reports_act_done(bench_script):
    headlines = bench_script("headline_infinitives")
    future = "Governor to sign budget bill on Friday\n\nThe governor is expected to sign the budget bill.\n"
    done = "Governor signs budget bill\n\nThe governor signed the budget bill on Friday. It rained in the capital.\n"
    lines = headlines.headline_pairs(iter([(future, done)]))
    assert lines[0] == "## Governor to sign budget bill on Friday"
    assert any("The governor signed the budget bill on Friday." in line for line in lines[1:-1])
    assert not any("It rained" in line for line in lines)
    assert lines[-1] == "headlines read 2, read as an infinitive of an act to come 1"
