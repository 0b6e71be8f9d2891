"""bench/link_judge.py (named apart from the package's test of `link_judge`): hand verdicts as labels, the links a bar
keeps (plain and keeping report pairs), the judge fitted on judged rows, the shipping test."""
from collections import Counter

import pytest


@pytest.fixture
def judge(bench_script):
    return bench_script("link_judge")


def _row(judge, claim, units, pair, y=None, reports=("a", "b"), hand=None):
    return {"claim": claim, "units": units, "reports": list(reports), "x": [pair] + [0.0] * (len(judge.FEATURES) - 1),
            "y": y, "hand": hand}


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
    assert counted == {"precision": 1.0, "right": 1, "wrong": 0, "out_right": 0, "out_R": 0, "out_P": 0, "out_W": 1,
                       "across": 0, "found": 1.0}


def test_keeping_pairs_spares_the_best_link_of_a_report_pair_the_bar_would_part(judge):
    """Reports a and b share two low links (the better stays); a and c share a low one beside a high one (it goes)."""
    rows = [_row(judge, 0, [1, 2], 0.3, reports=("a", "b")), _row(judge, 1, [3, 4], 0.2, reports=("a", "b")),
            _row(judge, 2, [5, 6], 0.9, reports=("a", "c")), _row(judge, 3, [7, 8], 0.1, reports=("a", "c"))]
    assert judge.kept_links(rows, _pair_alone(judge), 0.5) == [False, False, True, False]
    assert judge.kept_links(rows, _pair_alone(judge), 0.5, keep_pairs=True) == [True, False, True, False]


def test_counts_split_right_links_out_by_verdict_and_count_links_across_events(judge):
    found = {"rows": [_row(judge, 0, [1, 2], 0.2, y=1, hand="R"), _row(judge, 1, [3, 4], 0.2, y=1, hand="P"),
                      _row(judge, 2, [5, 6], 0.2, y=0, hand="W", reports=("a", "c")),
                      _row(judge, 3, [7, 8], 0.9, y=0, hand="W", reports=("a", "c"))],
             "same_event": 1, "events": {"a": 1, "b": 1, "c": 2}}
    counted = judge.rates(judge.counts(found, [False, True, False, True]))
    assert (counted["out_R"], counted["out_P"], counted["out_W"], counted["across"], counted["found"]) == (1, 0, 1, 1, 1.0)


def _held(right, wrong, out_r, out_p, out_w, joined=10):
    return Counter({("kept", 1): right, ("kept", 0): wrong, ("out", "R"): out_r, ("out", "P"): out_p,
                    ("out", 0): out_w, "joined": joined, "same_event": 10})


def test_the_shipping_test_wants_precision_up_wrong_links_out_and_pairs_kept(judge):
    """Plain .80; a bar at .85 taking as many wrong as right passes; one taking more right than wrong, one parting
    report pairs, and one costing a public set its pairs do not."""
    curve = {(False, None): {"d": _held(80, 20, 0, 0, 0)}, (False, .1): {"d": _held(78, 14, 1, 1, 6)},
             (False, .2): {"d": _held(71, 12, 5, 4, 8)}, (False, .3): {"d": _held(78, 14, 1, 1, 6, joined=9)},
             (True, .1): {"d": _held(78, 14, 1, 1, 6)}}
    others = {judge.PUBLIC_MARK + "dev": {form: _held(0, 0, 0, 0, 0) for form in curve}}
    assert [judge.passes(curve, others, form) for form in list(curve)[1:]] == [True, False, False, True]
    others[judge.PUBLIC_MARK + "dev"][True, .1] = _held(0, 0, 0, 0, 0, joined=9)
    assert not judge.passes(curve, others, (True, .1))
