"""What changed from one report to the next: a figure's range or value, the speaker, the relays."""
import pytest

from viewer.analysis.claims.features import CountedFigure
from viewer.provenance.changes import KINDS, Said, changes


def figure(text: str, value: float, low: float, high: float, qualifier: str = "exact", thing: str = "soldiers",
           start: int = 0) -> CountedFigure:
    return CountedFigure(text=text, start=start, end=start + len(text), value=value, low=low, high=high,
                         qualifier=qualifier, unit="", thing=thing)


MORE_THAN_1000 = figure("more than 1,000", 1000, 1000, 2000, "above")
EXACT_1026 = figure("1,026", 1026, 1026, 1026)
EXACT_959 = figure("959", 959, 959, 959)
ABOUT_700 = figure("about 700", 700, 630, 770, "about")


@pytest.mark.parametrize("before, after, same_claim, kinds", [
    ((MORE_THAN_1000,), (EXACT_1026,), True, ["figure-restated"]),  # one value, hedged then exact
    ((EXACT_1026,), (EXACT_959,), True, ["figure-lowered"]),  # ranges do not meet
    ((EXACT_1026,), (EXACT_959,), False, ["figure-lowered"]),
    ((MORE_THAN_1000,), (EXACT_1026,), False, ["figure-raised"]),  # between updates: the values
    ((ABOUT_700,), (figure("694", 694, 694, 694),), True, ["figure-restated"]),
    ((EXACT_1026,), (figure("1,026", 1026, 1026, 1026, start=9),), True, []),
    ((EXACT_1026,), (figure("40", 40, 40, 40, thing="women"),), True, []),  # different things: no comparison
])
def test_figures_change_by_range_within_a_claim_and_by_value_between_updates(before, after, same_claim, kinds):
    found = changes(Said(before), Said(after), same_claim)
    assert [c.kind for c in found] == kinds
    assert all(c.kind in KINDS and "→" in c.explanation for c in found)


@pytest.mark.parametrize("before, after, kinds", [
    (Said(speakers=("ministry",)), Said(), ["attribution-dropped"]),
    (Said(), Said(speakers=("ministry",)), ["attribution-added"]),
    (Said(speakers=("ministry",)), Said(speakers=("army",)), ["speaker-changed"]),
    (Said(speakers=("ministry",)), Said(speakers=("ministry", "spokesman")), []),
    (Said(speakers=("ministry",)), Said(speakers=("ministry",), relays=("AFP",)), ["relay-changed"]),
    (Said(speakers=("ministry",), relays=("AFP",)), Said(speakers=("army",), relays=("TASS",)),
     ["speaker-changed", "relay-changed"]),
])
def test_attribution_changes_are_named_by_kind(before, after, kinds):
    assert [c.kind for c in changes(before, after, same_claim=True)] == kinds
