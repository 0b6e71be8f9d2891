"""Choosing the best pairs' bar and floor (`fit_best_pairs`), and the shipped setting's record."""
from __future__ import annotations

import json
from collections import Counter

from viewer.analysis.claims.best_pairs import BestPair
from viewer.analysis.claims.fit_best_pairs import choose_rule
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted

SHAPES = [(3, "several_events"), (3, "one_event")]


def _curve(right: int, wrong: int, joined: int, across: int = 1, links: int = 100) -> dict:
    several = Counter(right=right, wrong=wrong, joined=joined, across=across, links=links)
    return {SHAPES[0]: several, SHAPES[1]: Counter(right=50, wrong=2, joined=joined, links=links)}


def test_the_setting_joining_most_within_a_hundredth_of_precision_and_no_more_across_is_chosen():
    """(.99, .5) joins the most but loses two hundredths of precision; (.99, .6) links across events more often."""
    without = _curve(90, 10, joined=40)
    curve = {BestPair(0.99, 0.5): _curve(88, 12, joined=50),
             BestPair(0.99, 0.6): _curve(90, 10, joined=48, across=3),
             BestPair(0.995, 0.6): _curve(90, 11, joined=45),
             BestPair(0.999, 0.6): _curve(90, 10, joined=42)}
    assert choose_rule(curve, without, 0.01) == BestPair(0.995, 0.6)


def test_of_settings_joining_as_many_the_strictest_is_chosen():
    without = _curve(90, 10, joined=40)
    curve = {BestPair(0.99, 0.5): _curve(90, 10, joined=45), BestPair(0.99, 0.65): _curve(90, 10, joined=45)}
    assert choose_rule(curve, without, 0.01) == BestPair(0.99, 0.65)


def test_no_setting_is_chosen_when_none_joins_more():
    without = _curve(90, 10, joined=40)
    assert choose_rule({BestPair(0.99, 0.5): _curve(90, 10, joined=40)}, without, 0.01) is None


def test_the_shipped_setting_is_read_from_the_weights_file_with_how_it_was_chosen():
    best = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("best_pair")
    if best is None:
        assert fitted().best_pair is None
        return
    assert fitted().best_pair == BestPair(best["bar"], best["floor"])
    assert best["produced_by"].startswith("python -m viewer.analysis.claims.fit_best_pairs")
    assert best["floor"] < fitted().pair.threshold
