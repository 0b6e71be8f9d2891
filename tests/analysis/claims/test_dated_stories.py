"""The story gate's date check: reports whose leads date what they report to different months share no claim."""
from __future__ import annotations

from collections import Counter

from viewer.analysis.claims.fit_dated_stories import choose_lead
from viewer.analysis.claims.verifier import dated_apart

LINES = " The owner said the roof collapsed within an hour. Police closed Main Street for the night."
MARCH_FIRE = "A fire destroyed a warehouse in Dunmore on March 3." + LINES
OCTOBER_FIRE = "A fire destroyed a warehouse in Dunmore on October 12." + LINES
UNDATED_FIRE = "Fire crews fought a warehouse blaze in Dunmore." + LINES
RECALLED = UNDATED_FIRE + " Crews had saved the same building from a flood in October."


def test_leads_dated_to_two_months_are_apart_and_a_month_recalled_deeper_down_is_not(report_articles):
    """The March fire's report and the October one's date their news in the lead; a report of the
    March fire that recalls an October flood in its fourth sentence is apart only where the check
    reads that deep, and one that dates nothing is apart from none."""
    reports = [MARCH_FIRE, OCTOBER_FIRE, UNDATED_FIRE, RECALLED]
    march, october, undated, recalled = (a.dates for a in report_articles(reports))
    assert dated_apart(march, october, 1)
    assert not dated_apart(march, march, 1) and not dated_apart(march, undated, 4)
    assert not dated_apart(march, recalled, 1) and dated_apart(march, recalled, 3)
    assert not dated_apart(march, october, None)


def test_no_claim_joins_two_fires_whose_leads_date_them_apart_not_even_through_undated_reports(gate_open_claims):
    """Three undated reports carry the lines both fires' reports share word for word, so without the
    check one claim holds the March and the October report; with it, no claim holds both (the gate open, the date check
    aside, and no story groups: `stories.story_groups` would part the refused pair's stories too)."""
    texts = [MARCH_FIRE, UNDATED_FIRE, UNDATED_FIRE, UNDATED_FIRE, OCTOBER_FIRE]
    both = {1, 5}
    unchecked = gate_open_claims(texts, dated_lead=None)
    assert any(both <= {m.document for m in c.mentions} for c in unchecked)
    checked = gate_open_claims(texts, dated_lead=1)
    assert checked and not any(both <= {m.document for m in c.mentions} for c in checked)


def test_the_longest_lead_that_costs_no_passing_same_event_pair_and_refuses_mostly_two_events_is_chosen():
    def counts(passing_same: int, weighed_same: int, weighed_other: int) -> Counter:
        return Counter(same=passing_same, passing_same=100, weighed_same=weighed_same, weighed_other=weighed_other)

    refused = {0: counts(0, 0, 2), 1: counts(0, 1, 9), 2: counts(1, 1, 20), 3: counts(0, 4, 10)}
    assert choose_lead(refused, 0.9) == 1
    assert choose_lead(refused, 0.9, same_loss=0.01) == 2
    assert choose_lead(refused, 0.7) == 3
    assert choose_lead({0: counts(0, 1, 0)}, 0.9) is None
