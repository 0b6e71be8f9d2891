"""The link judge's bar: the one of highest held-out precision serving the issue's targets, its neighbours on the grid
serving too."""
from collections import Counter

import pytest

from training import fit_link_judge as fit


def _held(right: int, wrong: int, joined: int, same_event: int = 10, across: int = 0) -> Counter:
    return Counter({("kept", 1): right, ("kept", 0): wrong, "joined": joined, "same_event": same_event,
                    "across": across})


def _curve(at_bar: dict[str, Counter]) -> dict:
    base = {"gvaX": _held(80, 20, 7), "basilX": _held(80, 20, 7)}
    return {(False, None): base, (True, 0.2): at_bar}


@pytest.mark.parametrize("at_bar, serves", [
    ({"gvaX": _held(76, 8, 7), "basilX": _held(76, 8, 7)}, True),  # precision .80 -> .905, pairs kept
    ({"gvaX": _held(76, 8, 7), "basilX": _held(76, 8, 5)}, False),  # BASIL's pairs found .50 < .60, though pooled .60
    ({"gvaX": _held(79, 19, 7), "basilX": _held(79, 19, 7)}, False),  # precision up by .006 only
    ({"gvaX": _held(76, 8, 7, across=3), "basilX": _held(76, 8, 7, across=1)}, False),  # 4 of 168 kept across
])
def test_a_bar_serves_when_precision_rises_and_every_source_keeps_its_pairs(at_bar, serves):
    assert fit.serves_precision(_curve(at_bar), {}, (True, 0.2)) is serves


@pytest.mark.parametrize("joined, serves", [(4, True), (3, False)])
def test_a_source_under_the_floor_without_the_judge_may_not_lose_more_pairs(joined, serves):
    curve = {(False, None): {"gvaX": _held(80, 20, 7), "allsidesX": _held(80, 20, 4)},
             (True, 0.2): {"gvaX": _held(76, 8, 7), "allsidesX": _held(76, 8, joined)}}
    assert fit.serves_precision(curve, {}, (True, 0.2)) is serves


def test_a_bar_that_costs_the_public_sets_more_than_their_loss_does_not_serve():
    curve = _curve({"gvaX": _held(76, 8, 7), "basilX": _held(76, 8, 7)})
    kept = {(False, None): Counter({"joined": 8, "same_event": 10})}
    assert fit.serves_precision(curve, {"public:dev": kept | {(True, 0.2): Counter({"joined": 8, "same_event": 10})}},
                                (True, 0.2))
    assert not fit.serves_precision(curve, {"public:dev": kept | {(True, 0.2): Counter({"joined": 7, "same_event": 10})}},
                                    (True, 0.2))


def _precision_curve(precision: dict[float, int]) -> dict:
    """Held-out counts whose precision rises with the bar to its peak: right out of 100 kept."""
    return {(True, bar): {"gvaX": _held(precision.get(bar, 50), 100 - precision.get(bar, 50), 7)} for bar in fit.BARS}


@pytest.mark.parametrize("serving, sample_fails, chosen", [
    ((0.15, 0.16, 0.17, 0.18), (), 0.17),
    ((0.15, 0.16), (), None),
    ((0.15, 0.17, 0.19), (), None),
    ((0.15, 0.16, 0.17, 0.18), (0.18,), 0.16),
])
def test_the_bar_chosen_is_the_most_precise_inside_a_run_of_serving_bars(monkeypatch, serving, sample_fails, chosen):
    monkeypatch.setattr(fit, "serves_precision", lambda curve, others, form: form[1] in serving)
    curve = _precision_curve({0.15: 80, 0.16: 85, 0.17: 90, 0.18: 95})
    assert fit.chosen_bar(curve, {}, lambda bar: bar not in sample_fails) == chosen


def test_a_roundup_draw_is_held_out_as_its_own_source_and_basil_pools_with_wcep():
    assert [fit.source_group(n) for n in ("gvaZ3", "basilC", "wcepA", "allsidesB", "roundupC", "dev")] == [
        "GVA", "BASIL+WCEP", "BASIL+WCEP", "AllSides", "NeuS roundups", None]
    curve = {(False, None): {"gvaX": _held(80, 20, 7), "roundupX": _held(80, 20, 4), "dev": _held(5, 0, 1)}}
    assert list(fit.source_rates(curve, (False, None))) == ["GVA", "NeuS roundups", "news"]
