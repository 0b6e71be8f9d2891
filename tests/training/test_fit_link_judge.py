"""The link judge's bar: one whose neighbours on the grid pass the shipping test too, taking out most wrong links."""
from collections import Counter

import pytest

from training import fit_link_judge as fit


def _curve(wrong_out: dict[float, int]) -> dict:
    return {(True, bar): {"gvaX": Counter({("out", 0): wrong_out.get(bar, 0)})} for bar in fit.BARS}


@pytest.mark.parametrize("passing, chosen", [((0.15, 0.16, 0.17, 0.18), 0.17), ((0.15, 0.16), None),
                                             ((0.15, 0.17, 0.19), None)])
def test_the_bar_chosen_lies_inside_a_run_of_passing_bars(monkeypatch, passing, chosen):
    monkeypatch.setattr(fit.judge, "passes", lambda curve, others, form: form[1] in passing)
    assert fit.chosen_bar(_curve({0.15: 9, 0.16: 5, 0.17: 7, 0.18: 12}), {}) == chosen
