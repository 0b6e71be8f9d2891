"""Figures a sentence itself corrects ("280, not 300, were evacuated"): read apart from what it states."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.units import claim_units


def _figures(parsed, text: str) -> list[tuple[str, bool, str]]:
    return [(text[f.start:f.end], f.corrected, f.corrects) for u in claim_units(parsed(text)) for f in u.features.figures]


@pytest.mark.parametrize("text, expected", [
    ("Police said 280, not 300, people were evacuated from the valley.",
     [("280", False, "300"), ("300", True, "")]),
    ("The number evacuated on Saturday was 280 and not 300, the county said.",
     [("280", False, "300"), ("300", True, "")]),
    ("Four people were injured in the shooting, not five as first reported.",
     [("Four", False, "five"), ("five", True, "")]),
    ("Four people were injured in the shooting, not five as police had said.",
     [("Four", False, "five"), ("five", True, "")]),
    # a "not" before a figure that nothing replaces denies; it corrects nothing
    ("Not one person was hurt when the 12 cars collided, police said.", [("one", False, ""), ("12", False, "")]),
    ("Police said 12 people were killed, not counting the gunman.", [("12", False, "")]),
    ("Police said 280 people, not 300, were evacuated from the valley.", [("280", False, "300"), ("300", True, "")]),
    ("The fire destroyed 12 homes, not 40 cars, the report said.", [("12", False, ""), ("40", False, "")]),
    ("The mayor said 12 homes burned on Sunday, but not 40 as residents had feared.", [("12", False, ""), ("40", False, "")]),
])
def test_a_figure_the_sentence_corrects_is_marked_with_the_one_replacing_it(parsed, text, expected):
    assert _figures(parsed, text) == expected


def test_the_not_of_a_correction_is_no_negation_of_the_claim(parsed):
    corrected, denied = (claim_units(parsed(t))[0].features for t in (
        "Police said 280, not 300, people were evacuated from the valley.",
        "Police said 280 people were not evacuated from the valley."))
    assert corrected.negations == [] and denied.negations == ["not"]


def test_a_corrected_figure_and_the_one_replacing_it_count_one_thing(parsed):
    text = "Four people were injured in the shooting, not five as first reported."
    assert [f.thing for u in claim_units(parsed(text)) for f in u.features.figures] == ["people", "people"]
