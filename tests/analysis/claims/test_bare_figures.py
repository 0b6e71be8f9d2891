"""Figures no noun counts, compared by value at the story gate, on made-up reports of one jobs report."""
from __future__ import annotations

import numpy as np

from viewer.analysis.claims.bare_figures import bare_values, rare_value, shared_share
from viewer.analysis.claims.candidates import articles
from viewer.analysis.claims.linking import claim_units
from viewer.analysis.claims.verifier import STORY_FEATURES, story_features

CENTRE = ("Job creation disappointed again in May, with nonfarm payrolls up a solid 559,000, the Labor Department "
          "reported Friday. The unemployment rate fell to 5.8% from 6.1%.")
LEFT = ("The US added 559,000 jobs in May as the pandemic receded. The Bureau of Labor Statistics said Friday that the "
        "unemployment rate had fallen to 5.8% from 6.1% in April.")
OTHER_MONTH = ("Job creation disappointed in April, with nonfarm payrolls up just 266,000, the Labor Department reported "
               "Friday. The unemployment rate rose to 6.1% from 6.0%.")


def _articles(parsed, texts: list[str]):
    units = [u for k, text in enumerate(texts) for u in claim_units(parsed(text, document_id=k))]
    for u in units:
        u.vector = np.ones(4, dtype=np.float32) / 2
    return articles(units, np.stack([u.vector for u in units]))


def _figures_sign(a, b) -> float:
    row = story_features(1.0, 1.0, a.names, b.names, set(), a.figures, b.figures, a.bare, b.bare)
    return row[STORY_FEATURES.index("shared_figures")]


def test_values_two_reports_rarely_share_by_chance_are_rare_and_small_counts_and_years_are_not():
    assert rare_value(559000) and rare_value(5.8) and rare_value(3.5) and rare_value(100)
    assert not rare_value(2) and not rare_value(47) and not rare_value(2021) and not rare_value(1995)


def test_a_figure_no_noun_counts_meets_the_same_value_counted_or_bare_in_the_other_report(parsed):
    """The centre's "payrolls up a solid 559,000" and "fell to 5.8% from 6.1%" name no counted noun; the left's
    "559,000 jobs" does. Compared as (value, noun) alone they share nothing; by value they share three figures."""
    centre, left = _articles(parsed, [CENTRE, LEFT])
    assert {559000.0, 5.8, 6.1} <= centre.bare
    assert not centre.figures & left.figures
    assert _figures_sign(centre, left) >= 0.75
    assert shared_share(centre.figures, left.figures) == 0.0


def test_another_months_report_shares_only_the_value_it_gives_too(parsed):
    """April's report in the same words gives other values: only 6.1% (a level one month, the start the next) meets,
    one of April's two rare values (6.0 is a whole number under 100, which every report of a kind may give)."""
    centre, april = _articles(parsed, [CENTRE, OTHER_MONTH])
    assert april.bare == {266000.0, 6.1}
    assert _figures_sign(centre, april) == 0.5 < _figures_sign(*_articles(parsed, [CENTRE, LEFT]))


def test_a_value_counted_twice_in_one_report_counts_once():
    figures = frozenset({(559000.0, "iob")})
    assert shared_share(figures, frozenset(), frozenset(), frozenset({559000.0})) == 1.0
    assert shared_share(figures, figures, frozenset({559000.0}), frozenset({559000.0})) == 1.0
    assert shared_share(frozenset(), frozenset(), frozenset({5.8, 6.1}), frozenset({5.8})) == 1.0
    assert shared_share(frozenset(), frozenset(), frozenset({5.8, 6.1}), frozenset({5.9, 6.1, 10.2})) == 0.5


def test_bare_values_leave_out_terms_prices_and_numbers_that_name(parsed):
    units = claim_units(parsed("He was sentenced to 150 days. She paid $750,000 for the house on Interstate 405."))
    assert bare_values(units) == frozenset()
