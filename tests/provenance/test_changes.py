"""What changed from one report to the next: a figure's range or value, the speaker, the relays."""
import pytest

from viewer.analysis.claims.features import CountedFigure
from viewer.provenance.changes import KINDS, Said, changes, update_changes


def figure(text: str, value: float, low: float, high: float, qualifier: str = "exact", thing: str = "soldiers",
           start: int = 0) -> CountedFigure:
    return CountedFigure(text=text, start=start, end=start + len(text), value=value, low=low, high=high,
                         qualifier=qualifier, unit="", thing=thing, noun=True)


MORE_THAN_1000 = figure("more than 1,000", 1000, 1000, 2000, "above")
EXACT_1026 = figure("1,026", 1026, 1026, 1026)
EXACT_959 = figure("959", 959, 959, 959)
ABOUT_700 = figure("about 700", 700, 630, 770, "about")


@pytest.mark.parametrize("before, after, kinds", [
    ((MORE_THAN_1000,), (EXACT_1026,), ["figure-restated"]),  # one value, hedged then exact
    ((EXACT_1026,), (EXACT_959,), ["figure-lowered"]),  # ranges do not meet
    ((ABOUT_700,), (figure("694", 694, 694, 694),), ["figure-restated"]),
    ((EXACT_1026,), (figure("1,026", 1026, 1026, 1026, start=9),), []),
    ((EXACT_1026,), (figure("40", 40, 40, 40, thing="women"),), []),  # different things: no comparison
    # "95, not 120 as first reported" against a source still giving 120 soldiers: the figure replacing it changed
    ((CountedFigure("95", 0, 2, 95, 95, 95, "exact", "", corrects="120"), CountedFigure("120", 9, 12, 120, 120, 120, "exact", "", corrected=True)),
     (figure("120", 120, 120, 120),), ["figure-raised"]),
])
def test_within_a_claim_figures_change_when_their_ranges_part(before, after, kinds):
    found = changes(Said(before), Said(after))
    assert [c.kind for c in found] == kinds
    assert all(c.kind in KINDS and "→" in c.explanation for c in found)


@pytest.mark.parametrize("before, after, kinds", [
    ((EXACT_1026,), (EXACT_959,), ["figure-lowered"]),
    ((MORE_THAN_1000,), (EXACT_1026,), ["figure-raised"]),  # between updates: the values
    ((EXACT_959,), (figure("959", 959, 959, 959, thing="combatant"),), []),  # the same count, another word
    ((EXACT_959,), (figure("959 more", 959, 959, 959, "exact", "combatant"),), ["figure-restated"]),
    ((figure("29", 29, 29, 29, thing="wounded"), EXACT_959), (ABOUT_700,), ["figure-raised"]),  # the first that counts
    ((figure("20 to 30", None, 20, 30, "range"),), (figure("25", 25, 25, 25),), ["figure-restated"]),  # the range allows it
    ((figure("20 to 30", None, 20, 30, "range"),), (figure("40", 40, 40, 40),), ["figure-raised"]),
    ((figure("dozens", None, 24, 99, "vague"),), (figure("12", 12, 12, 12),), ["figure-lowered"]),
    # a sum of money and a head count are two measures, whatever they count
    ((figure("160", 160, 160, 160, thing="jewellery"),),
     (CountedFigure("$2.5 million", 0, 12, 2.5e6, 2.5e6, 2.5e6, "exact", "$", thing="jewellery"),), []),
    # a figure the report itself corrects ("280, not 300") is not its count
    ((figure("300", 300, 300, 300),), (CountedFigure("300", 9, 12, 300, 300, 300, "exact", "", thing="soldiers", corrected=True),
                                       figure("280", 280, 280, 280)), ["figure-lowered"]),
])
def test_between_updates_counts_change_by_value(before, after, kinds):
    assert [c.kind for c in update_changes(Said(before), Said(after))] == kinds


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
    assert [c.kind for c in changes(before, after)] == kinds == [c.kind for c in update_changes(before, after)]


def _read(text: str) -> Said:
    """The figures the analysis reads in a made-up report."""
    from viewer.analysis.claims.units import counted_figures
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    return Said(tuple(counted_figures(english()(text), Span(0, len(text)))))


@pytest.mark.parametrize("before, after, kinds", [
    ("Three people died in the fire.", "Five people died in the fire.", ["figure-raised"]),
    ("The gunman fled west on Interstate 40.", "The gunman fled west on Interstate 5.", []),  # roads, not counts
    ("Luyster, 35, faces a murder charge.", "Luyster, 36, faces a murder charge.", []),  # an age
    ("Three patients were treated and released.", "Two victims are still being treated.", []),  # two groups
])
def test_only_figures_counting_one_thing_change_as_the_number_discrepancies_pair_them(before, after, kinds):
    assert [c.kind for c in changes(_read(before), _read(after))] == kinds
