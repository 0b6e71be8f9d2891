"""The frame-name counter classes a judged link by what its two units share of names, reporting frames set apart."""
from __future__ import annotations

import pytest

from training.count_frame_names import shared_kind
from viewer.analysis.claims.features import UnitFeatures


def _unit(names: list[str], frame: list[str] = (), people: list[str] = ()) -> UnitFeatures:
    return UnitFeatures(terms=sorted(set(names) | set(frame)), names=names, frame=list(frame), cited_people=list(people))


@pytest.mark.parametrize(("a", "b", "kind"), [
    (_unit(["elm"]), _unit(["oak"]), "none"),
    (_unit(["elm", "police"], frame=["police"]), _unit(["elm"]), "content"),
    (_unit(["cook", "county"], frame=["cook", "county"]), _unit(["cook", "county"], frame=["cook", "county"]), "both sources"),
    (_unit(["ilinois", "state"], frame=["ilinois", "state"]), _unit(["ilinois", "state"]), "one's source"),
    (_unit(["burden", "elm"], frame=["burden"], people=["burden"]), _unit(["burden", "elm"], frame=["burden"], people=["burden"]),
     "one person"),
])
def test_a_link_is_classed_by_the_names_its_units_share_and_whose_frames_give_them(a, b, kind):
    assert shared_kind(a, b) == kind
