"""Choosing the bar of restating merges (`fit_restating`) and the shipped bar's record."""
from __future__ import annotations

import json
from collections import Counter

from viewer.analysis.claims.fit_restating import choose_bar
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted


def _counts(right: int, wrong: int, joined: int = 100, across: int = 5) -> Counter:
    return Counter(right=right, wrong=wrong, joined=joined, across=across, links=right + wrong)


def test_the_bar_adding_most_right_links_is_chosen_among_those_that_keep_the_figures():
    """0.5 adds the most right links but joins fewer article pairs, 0.55 adds links less precise than those
    around them, 0.6 adds more links across events: 0.65 is chosen."""
    without = _counts(90, 10)
    curve = {0.5: _counts(130, 12, joined=99), 0.55: _counts(120, 20), 0.6: _counts(118, 11, across=6),
             0.65: _counts(110, 11), 0.7: _counts(100, 10)}
    assert choose_bar(curve, without) == 0.65


def test_no_bar_is_chosen_when_none_adds_a_right_link():
    without = _counts(90, 10)
    assert choose_bar({0.6: _counts(90, 10), 0.7: _counts(90, 9)}, without) is None


def test_the_shipped_bar_is_read_from_the_weights_file_with_how_it_was_chosen():
    """fit_verifier keeps the section when it writes the weights file afresh; a bar with no record of its choice
    would be a hand-set weight."""
    chosen = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("restating_merges")
    if chosen is None:
        assert fitted().restated is None
        return
    assert fitted().restated == chosen["bar"]
    assert chosen["produced_by"].startswith("python -m viewer.analysis.claims.fit_restating")
    at_bar, without = chosen["choosing_links"]["at_bar"], chosen["choosing_links"]["without"]
    assert at_bar["right"] > without["right"] and at_bar["found"] >= without["found"]
