"""bench/bare_figure_gate.py: the shared-figures sign read three ways, on made-up figure sets of a jobs report."""
from __future__ import annotations

from types import SimpleNamespace

JOBS = frozenset({(559000.0, "iob")})


def test_rare_values_are_fractions_and_large_numbers_that_are_no_years(bench_script):
    gate = bench_script("bare_figure_gate")
    assert gate.rare_value(5.8) and gate.rare_value(559000) and gate.rare_value(100)
    assert not gate.rare_value(2) and not gate.rare_value(47) and not gate.rare_value(2021)


def test_a_bare_value_meets_the_same_value_counted_or_bare_in_the_other_report(bench_script):
    """The centre's "payrolls up 559,000" and "fell to 5.8% from 6.1%" beside the left's "559,000 jobs" and "5.8% from
    6.1%": nothing shared as (value, noun), all three by value; the numerator-only way is capped at 1."""
    gate = bench_script("bare_figure_gate")
    shipped, widened, numerator = gate.figure_signs(frozenset(), JOBS, frozenset({559000.0, 5.8, 6.1}),
                                                    frozenset({5.8, 6.1}))
    assert shipped == 0.0
    assert widened == 1.0
    assert numerator == 1.0
    assert gate.figure_signs(JOBS, JOBS, frozenset({559000.0}), frozenset()) == (1.0, 1.0, 1.0)


def test_bare_values_leave_out_counted_priced_termed_and_naming_figures(bench_script):
    gate = bench_script("bare_figure_gate")
    figure = lambda value, **kw: SimpleNamespace(value=value, **{"thing": "", "priced": "", "count": True, "term": False, **kw})  # noqa: E731
    unit = SimpleNamespace(features=SimpleNamespace(figures=[
        figure(559000.0), figure(5.8), figure(2.0), figure(2021.0), figure(750000.0, priced="house"),
        figure(150.0, term=True), figure(405.0, count=False), figure(266000.0, thing="iob"), figure(None)]))
    assert gate.bare_values([unit]) == {559000.0, 5.8}
