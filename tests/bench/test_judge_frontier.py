"""bench/judge_frontier.py: how often a bar passes on resampled sets, and the judge fitted in groups of sets."""
from collections import Counter

import pytest


@pytest.fixture
def frontier(bench_script):
    return bench_script("judge_frontier")


def _counts(right, wrong, out_r=0, out_p=0, out_w=0):
    return Counter({("kept", 1): right, ("kept", 0): wrong, ("out", "R"): out_r, ("out", "P"): out_p,
                    ("out", 0): out_w, ("out", 1): out_r + out_p, "joined": 1, "same_event": 1})


def test_a_bar_passes_on_every_resample_only_when_every_set_passes_alone(frontier):
    base = {"a": _counts(80, 20), "b": _counts(80, 20)}
    good = {"a": _counts(79, 10, 1, 0, 10), "b": _counts(79, 10, 1, 0, 10)}
    assert frontier.resampled_passes(base, good, 50) == 1.0
    mixed = {"a": _counts(79, 10, 1, 0, 10), "b": _counts(60, 19, 10, 10, 1)}
    assert 0.0 < frontier.resampled_passes(base, mixed, 200) < 1.0


def test_five_groups_fit_without_the_held_sets_and_take_out_the_low_wrong_links(frontier):
    """Ten made-up draws whose right links score high and wrong ones low: each held draw loses its wrong link only."""
    features = len(frontier.judge.FEATURES)

    def draw(name):
        rows = [{"claim": k, "units": [2 * k, 2 * k + 1], "reports": [f"{name}1", f"{name}2"], "hand": "R", "y": 1,
                 "x": [0.8 + 0.01 * k] + [0.0] * (features - 1)} for k in range(8)]
        rows.append({"claim": 8, "units": [20, 21], "reports": [f"{name}1", f"{name}3"], "hand": "W", "y": 0,
                     "x": [0.3] + [0.0] * (features - 1)})
        rows.append({"claim": 9, "units": [22, 23], "reports": [f"{name}1", f"{name}3"], "hand": "W", "y": 0,
                     "x": [0.75] + [0.0] * (features - 1)})
        return {"rows": rows, "same_event": 1, "events": {f"{name}{k}": 1 for k in (1, 2, 3)}}
    sets = {f"d{k}": draw(f"d{k}") for k in range(10)}
    found = frontier.grouped(sets, (0.5,))
    assert {n: (c[("out", 0)], c[("out", 1)]) for n, c in found[0.5].items()} == {n: (1, 0) for n in sets}
