"""Choosing the rule of supported merges (`fit_supported`), the replayed verifying, and the shipped rule's record."""
from __future__ import annotations

import json
from collections import Counter

from viewer.analysis.claims.fit_supported import _Replay, choose_rule
from viewer.analysis.claims.verifier import WEIGHTS_FILE, SupportedMerge, fitted


def _counts(right: int, wrong: int, joined: int = 100, across: int = 5, links: int = 200) -> Counter:
    return Counter(right=right, wrong=wrong, joined=joined, across=across, links=links)


def test_the_rule_joining_most_article_pairs_is_chosen_among_those_keeping_precision_and_across():
    """(.55, .34) joins the most but its links are less precise, (.6, .5) joins more with more of its links across
    events: (.65, .5) is chosen, though (.7, .5) adds as many right links."""
    without = _counts(90, 10)
    curve = {SupportedMerge(0.55, 0.34): _counts(120, 20, joined=130, links=260),
             SupportedMerge(0.6, 0.5): _counts(115, 12, joined=125, across=9, links=250),
             SupportedMerge(0.65, 0.5): _counts(110, 12, joined=120, across=6, links=240),
             SupportedMerge(0.7, 0.5): _counts(110, 11, joined=110, across=5, links=230)}
    assert choose_rule(curve, without) == SupportedMerge(0.65, 0.5)


def test_no_rule_is_chosen_when_none_joins_more_article_pairs():
    without = _counts(90, 10)
    assert choose_rule({SupportedMerge(0.7, 0.67): _counts(95, 10)}, without) is None


def test_a_replayed_link_runs_each_call_once_and_gives_its_results_again():
    seen = []

    def double(x: int) -> int:
        seen.append(x)
        return 2 * x

    replay = _Replay()
    first = [list(replay(double, [1, 2])), list(replay(double, [3]))]
    replay.next_link()
    again = [list(replay(double, [1, 2])), list(replay(double, [3]))]
    assert first == again == [[2, 4], [6]]
    assert seen == [1, 2, 3]


def test_the_shipped_rule_is_read_from_the_weights_file_with_how_it_was_chosen():
    """fit_verifier keeps the section when it writes the weights file afresh; a rule with no record of its choice
    would be a hand-set weight."""
    chosen = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("supported_merges")
    if chosen is None:
        assert fitted().supported is None
        return
    assert fitted().supported == SupportedMerge(chosen["mean"], chosen["share"])
    assert chosen["produced_by"].startswith("python -m viewer.analysis.claims.fit_supported")
    at_rule, without = chosen["choosing_links"]["at_rule"], chosen["choosing_links"]["without"]
    assert at_rule["joined"] > without["joined"] and at_rule["precision"] >= without["precision"]
