"""The story gate's lead signs on made-up reports: two reports of one event against its twin."""
from __future__ import annotations

from viewer.analysis.claims.leads import LEAD, lead_of, lead_signs
from viewer.analysis.claims.linking import claim_units

QUAKE = ("A magnitude 6.1 earthquake struck Lorca in Spain on Sunday, March 4. It killed 47 people. "
         "Rescuers searched the rubble through the night.")
SAME_QUAKE = ("Rescuers said 47 people died when the 6.1 quake hit Lorca in March. The town's mayor asked for help. "
              "Schools stayed closed.")
TWIN_QUAKE = ("A magnitude 4.4 earthquake struck Murcia in Spain on Monday, October 9. It killed 3 people. "
              "Rescuers searched the rubble through the night.")
ARREST = "Police in Ohio arrested Tom Baker on Friday. Baker, a quarterback, was held overnight."
TWIN_ARREST = "Police in Texas arrested Will Jordan on Friday. Jordan, a linebacker, was released on bail."


def _leads(parsed, texts: list[str]):
    found = [claim_units(parsed(text, document_id=k)) for k, text in enumerate(texts)]
    return [(lead_of(units), frozenset(n for u in units for n in u.features.names)) for units in found]


def _signs(a, b) -> dict[str, float]:
    return dict(zip(("names", "setting", "missing", "month", "counted_apart"), lead_signs(a[0], b[0], a[1], b[1])))


def test_two_reports_of_one_quake_agree_on_the_lead_and_its_twin_counts_apart(parsed):
    quake, same, twin = _leads(parsed, [QUAKE, SAME_QUAKE, TWIN_QUAKE])
    assert _signs(quake, same)["month"] == 1.0
    assert _signs(quake, same)["counted_apart"] == 0.0
    assert _signs(quake, same)["names"] > _signs(quake, twin)["names"]
    assert _signs(quake, twin)["month"] == 0.0
    assert _signs(quake, twin)["counted_apart"] > 0.0


def test_twin_arrests_name_other_people_and_places_in_their_leads(parsed):
    arrest, twin = _leads(parsed, [ARREST, TWIN_ARREST])
    assert arrest[0].names and twin[0].names
    assert _signs(arrest, twin)["names"] == 0.0
    assert _signs(arrest, twin)["missing"] == 1.0
    assert _signs(arrest, arrest)["names"] == 1.0
    assert _signs(arrest, arrest)["missing"] == 0.0


def test_only_the_opening_sentences_are_the_lead(parsed):
    deep = " ".join(["The council met on Tuesday."] * (LEAD + 1)) + " Mayor Ruth Olsen spoke in Lorca."
    (lead, names), = _leads(parsed, [deep])
    assert "olsen" in " ".join(names).lower()
    assert "olsen" not in " ".join(lead.names).lower()
    assert not lead.figures
