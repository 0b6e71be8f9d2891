"""Where someone lives, told as a unit's main act, is never one claim with a unit that tells another detail of the
incident; beside one that tells a residence too, or in a clause, or that states the same act as well, or no act at
all, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.residences import residence_beside_other, states_residence

_LIVED = "Luke lived at the house on Elm Road with his father and uncle, both of whom were stabbed early Saturday."


@pytest.mark.parametrize("other, apart", [
    ("Two men were stabbed inside a house on the 800 block of Elm Road early Saturday.", True),
    ("Police are investigating after two men were stabbed on Elm Road.", True),
    ("Luke's father and uncle, who live on Elm Road, were stabbed early Saturday.", False),  # a residence in a clause
    ("Luke, an Elm Road resident, was home with his father.", False),  # a word of living somewhere
    ("Luke lived on Elm Road with his father and his uncle.", False),  # the residence on both sides
    ("The two men stabbed were Luke's father and uncle.", False),  # no act of its own: a description it may share
])
def test_a_residence_is_apart_from_a_unit_that_tells_none(apart_both_ways, other, apart):
    assert apart_both_ways(residence_beside_other, _LIVED, other) == (apart, apart)


def test_a_unit_stating_the_other_act_as_well_is_not_parted(sentence_unit):
    lived = sentence_unit("All four victims lived at the home and have been identified as Ann Lee and Tom Lee.")
    assert states_residence(lived)
    assert not residence_beside_other(lived, sentence_unit("Police identified the victims as Ann Lee and Tom Lee."))


def test_a_residence_told_in_a_clause_or_with_its_particle(sentence_unit):
    assert not states_residence(sentence_unit("Tillman, who lived in Joliet, was taken to a hospital."))
    assert states_residence(sentence_unit("Braud and the victims all lived in the apartment complex where the "
                                          "shootings took place."))


def test_units_stored_before_state_no_residence():
    assert not states_residence(UnitFeatures.from_json({"terms": ["live"]}))


_FIRST = ("Two men were stabbed inside a house on the 800 block of Elm Road just before 3 a.m. Saturday. Both were taken "
          "to a hospital.")
_SECOND = ("Luke lived at the house on Elm Road with his father and uncle, both of whom were stabbed just before 3 a.m. "
           "Saturday. Police have arrested a neighbour.")


def test_the_residence_and_the_stabbing_are_not_linked(kept_apart_by):
    assert kept_apart_by("residence_beside_other", _FIRST, _SECOND, "Luke")
