"""bench/link_judge.py: hand verdicts as labels, the links a bar keeps, the judge fitted on judged rows, the bar its
rule chooses."""
from collections import Counter

import pytest


@pytest.fixture
def judge(bench_script):
    return bench_script("link_judge")


def _row(judge, claim, units, pair, y=None, reports=("a", "b")):
    return {"claim": claim, "units": units, "reports": list(reports), "x": [pair] + [0.0] * (len(judge.FEATURES) - 1),
            "y": y}


def _pair_alone(judge):
    """A judge reading the pair score alone: .5 at a score of .5."""
    return [-5.0, 10.0] + [0.0] * (len(judge.FEATURES) - 1)


def test_hand_verdicts_are_labels_and_unsure_links_unjudged(judge):
    assert [judge.label_of(v) for v in ("R", "P", "W", "U", None)] == [1, 1, 0, None, None]


def test_a_unit_whose_every_link_scores_under_the_bar_is_taken_out_with_its_links(judge):
    """Claim 0: units 1 and 2 agree, unit 3 scores low against both, so its two links go. Claim 1: one link, low."""
    rows = [_row(judge, 0, [1, 2], 0.9), _row(judge, 0, [1, 3], 0.1), _row(judge, 0, [2, 3], 0.2),
            _row(judge, 1, [4, 5], 0.1)]
    assert judge.kept_links(rows, _pair_alone(judge), 0.5) == [True, False, False, False]


def test_a_link_under_the_bar_stays_when_both_its_units_keep_another(judge):
    rows = [_row(judge, 0, [1, 2], 0.9), _row(judge, 0, [2, 3], 0.9), _row(judge, 0, [1, 3], 0.1)]
    assert judge.kept_links(rows, _pair_alone(judge), 0.5) == [True, True, True]


def test_the_judge_fitted_on_judged_rows_takes_out_a_wrong_link_and_keeps_a_right_one(judge):
    """Right links score high, wrong ones low, on two made-up draws; a held-out right and wrong link are judged so."""
    def draw(name):
        rows = [_row(judge, k, [2 * k, 2 * k + 1], 0.75 + 0.02 * (k % 10), y=1) for k in range(20)]
        rows += [_row(judge, 20 + k, [50 + 2 * k, 51 + 2 * k], 0.4 + 0.02 * (k % 10), y=0) for k in range(10)]
        return {"rows": rows, "same_event": 1, "events": {"a": 1, "b": 1}}
    weights = judge.fit({"one": draw("one"), "two": draw("two")}, ["one", "two"])
    held = [_row(judge, 0, [1, 2], 0.9, y=1), _row(judge, 1, [3, 4], 0.45, y=0)]
    assert judge.kept_links(held, weights, 0.5) == [True, False]
    counted = judge.rates(judge.counts({"rows": held, "same_event": 1, "events": {"a": 1, "b": 1}}, [True, False]))
    assert counted == {"precision": 1.0, "right": 1, "wrong": 0, "out_right": 0, "out_wrong": 1, "found": 1.0}


def _held(kept_right, kept_wrong, out_right, out_wrong):
    return Counter({("kept", 1): kept_right, ("kept", 0): kept_wrong, ("out", 1): out_right, ("out", 0): out_wrong})


def test_the_bar_chosen_is_the_most_precise_that_takes_two_wrong_per_right_and_spares_ecb(judge):
    """The highest bar is most precise but strips ECB+ train; the next takes out too many right links; the
    lowest passes. No bar passes where every one takes out more right links than wrong."""
    low, mid, high = judge.GRID[0], judge.GRID[1], judge.GRID[-1]
    curve = {bar: {"d": _held(90, 10, 0, 0)} for bar in judge.GRID}
    curve[low] = {"d": _held(88, 6, 2, 4)}
    curve[mid] = {"d": _held(80, 4, 10, 6)}
    curve[high] = {"d": _held(70, 1, 20, 9)}
    ecb = {bar: _held(100, 10, 0, 0) for bar in judge.GRID}
    ecb[high] = _held(80, 5, 20, 5)
    assert judge.choose_bar(curve, ecb) == low
    assert judge.choose_bar({bar: {"d": _held(90, 10, 5, 1)} for bar in judge.GRID}, ecb) is None
