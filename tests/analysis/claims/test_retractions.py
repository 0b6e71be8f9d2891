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


@pytest.mark.parametrize("text, expected", [
    ("Police had originally said that seven people were shot, but amended that number shortly before midnight to four.",
     [("seven", True, ""), ("four", False, "seven")]),
    ("The number of injured was revised Saturday from eight to six.", [("eight", True, ""), ("six", False, "eight")]),
    ("Police said 12 people were hurt, but later raised the toll to 14.", [("12", True, ""), ("14", False, "12")]),
    # a figure an event adds to is no correction: the event, not the reporter, sets the toll
    ("Police said two people died at the scene, and a third died Saturday, bringing the death toll to 3.",
     [("two", False, ""), ("3", False, "")]),
    ("Police said 12 people were hurt, and the fire raised the toll to 14.", [("12", False, ""), ("14", False, "")]),
    ("Deacon had raised $293,565 to Kingson's $199,445.", [("$293,565", False, ""), ("$199,445", False, "")]),
    # a denied correction corrects nothing
    ("Police said seven people were shot and did not amend that number to four.", [("seven", False, ""), ("four", False, "")]),
])
def test_a_verb_that_sets_a_reported_figure_to_another_corrects_it(parsed, text, expected):
    assert _figures(parsed, text) == expected


def test_the_revising_verbs_are_a_table_that_says_where_it_comes_from():
    import json
    from pathlib import Path

    import viewer.analysis.claims.retractions as retractions

    table = json.loads(Path(retractions.__file__).with_name("revision_verbs.json").read_text(encoding="utf-8"))
    assert "count_revision_verbs.py" in table["provenance"]["command"] and table["figure_nouns"]
    assert all(entry["count"] >= 1 and entry["example"] for entry in table["entries"].values())


@pytest.mark.parametrize("text, expected", [
    ("That number has since risen to 37.", {0: "updated"}),
    ("The death toll has since fallen to 3, police said.", {0: "updated"}),
    ("Following an update from the FBI that number has been reduced to three.", {0: "revised"}),
    # a tally of its own, kept as it grows, is not a figure the sentence before gave
    ("The number of shootings in the area rises to at least 50 this year.", {}),
    # the sentence gives the earlier figure itself
    ("Then 47 percent said they would vote for her; that number has dropped to 35 percent.", {}),
    ("That number has not risen to 37.", {}),
])
def test_a_figure_a_sentence_gives_anew_for_that_number_is_marked_updated_or_revised(parsed, text, expected):
    from viewer.analysis.claims.retractions import given_anew
    from viewer.analysis.claims.quantities import figures

    doc = parsed(text).doc
    assert given_anew(doc, figures(text)) == expected


def test_the_verbs_a_figure_changes_by_itself_with_are_counted_in_the_same_table():
    import json
    from pathlib import Path

    import viewer.analysis.claims.retractions as retractions

    table = json.loads(Path(retractions.__file__).with_name("revision_verbs.json").read_text(encoding="utf-8"))
    assert "changes" in table["provenance"] and {"rise", "fall"} <= set(table["changes"])
    assert not set(table["changes"]) & {"say", "bring"}
    assert all(entry["count"] >= 1 and entry["example"] for entry in table["changes"].values())
