"""One against several: a claim about one climber's death is not a claim about two climbers' deaths."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.grammatical_number import subjects_by_number
from viewer.analysis.claims.linking import claim_units, link_claims


@pytest.mark.parametrize("text, one, several", [
    ("A British climber has fallen to his death in New Zealand.", ["climber"], []),
    ("One Australian and one English climber have fallen to their deaths in New Zealand.", [], ["climber"]),
    ("English and Australian climbers fall to their deaths in New Zealand mountains", [], ["climber"]),
    ("Australian, English climbers killed in New Zealand", [], ["climber"]),
    ("Two men were shot outside the bar.", [], ["man"]),
    ("A man and a woman were shot outside the bar.", [], []),  # one of each
    ("Smith and a neighbour were shot outside the bar.", [], []),
    ("Investigations into the cause of the fire are ongoing.", [], []),  # a plural alone says no number
    ("A fight or a dispute led to the shooting.", [], []),  # one or the other, not both
    ("A friend of the actress said her family supported her.", [], []),  # the source, not what is claimed
])
def test_subjects_are_read_as_one_or_several(nlp, text, one, several):
    assert subjects_by_number(nlp(text)) == (one, several)


_ONE = "A Danish hiker has fallen to his death on Mount Rainier, park rangers said on Monday."


@pytest.mark.parametrize(("other", "one_claim"), [
    ("A Danish hiker fell to his death on Mount Rainier, park rangers said Monday.", True),
    ("One Danish and one Swedish hiker have fallen to their deaths on Mount Rainier, park rangers said on Monday.", False),
    ("Danish and Swedish hikers have fallen to their deaths on Mount Rainier, park rangers said on Monday.", False),
])
def test_one_and_several_are_never_one_claim(parsed, other, one_claim):
    texts = {1: _ONE, 2: other}
    units = claim_units(parsed(_ONE, document_id=1)) + claim_units(parsed(other, document_id=2))
    assert bool(link_claims(units, texts)) == one_claim


def test_a_plural_alone_still_links_with_one(parsed):
    first = "An inquiry into the cause of the warehouse fire in Millbrook has begun, the fire chief said."
    second = "Inquiries into the cause of the warehouse fire in Millbrook have begun, the fire chief said."
    texts = {1: first, 2: second}
    units = claim_units(parsed(first, document_id=1)) + claim_units(parsed(second, document_id=2))
    assert link_claims(units, texts)
