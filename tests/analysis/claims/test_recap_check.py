"""The recap check: what one report gives as news in its lead, another recalls deep down with its date: not one claim."""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.fit_recap_check import choose_check
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.verifier import STORY_FEATURES, VETOED, LogisticModel, RecapCheck, fitted, recap_checked

# Made-up reports of two arrests of one team's players, a month apart. The third, about the second
# arrest, recalls the first one deep down, in the words the first arrest's own reports lead with.
_FILLER = [
    "The team opens its playoff run against Pittsburgh next weekend.",
    "Coach Norv Turner declined to discuss the matter before practice.",
    "The league's conduct policy allows fines and suspensions for repeat offenders.",
    "Season tickets for next year go on sale in the spring.",
    "The stadium lease runs through the end of the decade.",
    "Several teammates attended a charity dinner downtown that evening.",
    "The club's training camp moves to a new site next summer.",
    "A spokesman for the district attorney's office said charges were being reviewed.",
]
_FIRST = "San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving early Tuesday morning."
_FIRST_AGAIN = "Chargers wide receiver Vincent Jackson was arrested on suspicion of drunk driving on Tuesday morning."
_RECALLED = "In January, Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving, two days before a playoff game."
_RECALLED_UNDATED = "Last month, Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving, two days before a playoff game."
_PLEA = "His attorney said the player would plead not guilty at his arraignment next month."
def _reports(recalled: str) -> dict[int, str]:
    return {
    0: " ".join([_FIRST, *_FILLER[:7], _PLEA]),
    1: " ".join([_FIRST_AGAIN, *reversed(_FILLER[1:8]), "His lawyer said the receiver will plead not guilty at the arraignment next month."]),
    2: " ".join(["Chargers nose tackle Jamal Williams was arrested on suspicion of drunken driving early Sunday.",
                 "Williams was booked into the county jail and released on bail a few hours later.",
                 "The team said it was aware of the arrest and was gathering information.",
                 "Williams has played eleven seasons for San Diego.", "He was not scheduled to practice this week.",
                 "The arrest comes days before the team's first offseason workouts.",
                 "The police report said a breath test was given at the scene.",
                 "Officers stopped his sport utility vehicle near the team's practice field.",
                 "A court date has not been set.", recalled]),
    }


_REPORTS = _reports(_RECALLED)
LEAD, PLEA, DEEP = 0, 8, 9  # the sentences the first arrest's news, its plea and its recall lie in


def _units(texts: dict[int, str]) -> list:
    from viewer.analysis.segment import parse

    return [u for document, text in texts.items() for u in claim_units(parse(document, text, []))]


@pytest.fixture(scope="module")
def reports(nlp):
    return _units(_REPORTS)


def _passing_every_pair(check: RecapCheck | None):
    """The shipped pair model behind a story gate that passes every pair of reports, as it passes
    twin events' reports that share a team, a charge and a recalled arrest. Without `best_pairs`, which would
    link the two arrests' leads of reports a gate this sure of shares no claim: the check alone is under test."""
    weights = np.array([10.0 if name == "bias" else 0.0 for name in STORY_FEATURES])
    return replace(fitted(), story=LogisticModel(STORY_FEATURES, weights, 0.5), story_average=None, recap_check=check,
                   best_pair=None)


def _linked(units, check: RecapCheck | None, texts: dict[int, str] = _REPORTS,
            published: dict[int, tuple[int, int]] | None = None) -> set[tuple[int, int, int, int]]:
    """(document, sentence, document, sentence) of every linked mention pair."""
    sentence = {(u.document, u.span.start): u.features.sentence for u in units}
    claims = link_claims(units, texts, model=_passing_every_pair(check), published=published)
    return {(a.document, sentence[a.document, a.start], b.document, sentence[b.document, b.start])
            for c in claims for a, b in itertools.combinations(c.mentions, 2)}


def test_the_dated_recall_deep_in_another_report_links_to_the_leads_only_without_the_check(reports):
    without = _linked(reports, None)
    checked = _linked(reports, RecapCheck(lead=2, deep=8))
    assert {(0, LEAD, 2, DEEP), (1, LEAD, 2, DEEP)} <= without
    assert not {link for link in checked if 2 in (link[0], link[2])}
    assert (0, LEAD, 1, LEAD) in checked  # the arrest's own reports still state one claim
    assert (0, PLEA, 1, PLEA) in checked  # two sentences deep in both reports are not checked
    assert checked < without


def test_an_undated_restatement_deep_in_another_report_stays_linked(nlp):
    """Without a date the sentence deep down may be the news told again, as reports of one story
    often do: the check leaves it to the pair model."""
    texts = _reports(_RECALLED_UNDATED)
    units = _units(texts)
    linked = _linked(units, RecapCheck(lead=2, deep=8), texts)
    assert linked == _linked(units, None, texts)
    assert {(0, LEAD, 2, DEEP), (1, LEAD, 2, DEEP)} & linked


# A follow-up report of the first arrest, a few days on: the arraignment is its news, and it tells
# the arrest again deep down, with its date, as later reports of one story do.
_FOLLOW_UP = " ".join([
    "Chargers receiver Vincent Jackson pleaded not guilty to a misdemeanor drunk driving charge at his arraignment.",
    "His attorney entered the plea on his behalf in a downtown courtroom.", "Jackson did not attend the brief hearing.",
    "A pretrial hearing was set for next month.", *_FILLER[4:8],
    "Chargers receiver Vincent Jackson was arrested Jan. 6 on suspicion of drunk driving, two days before a playoff game."])
RECAP_LEAD, RECAP_DEEP = 2, 4  # the shipped setting's lead and deep sentences
FOLLOW_UP_DEEP = 8  # the sentence the follow-up dates the arrest in


def test_a_follow_up_dating_the_news_to_the_month_the_lead_report_came_out_stays_linked(nlp):
    """The first arrest's reports came out in January; the follow-up dates the arrest to January:
    the same happening told again, not an earlier one recalled. Without the reports' dates the check
    cuts it, as before."""
    texts = {0: _REPORTS[0], 1: _REPORTS[1], 2: _FOLLOW_UP}
    units = _units(texts)
    check = RecapCheck(lead=RECAP_LEAD, deep=RECAP_DEEP)
    recall = {(0, LEAD, 2, FOLLOW_UP_DEEP), (1, LEAD, 2, FOLLOW_UP_DEEP)}
    assert recall <= _linked(units, None, texts)
    assert recall <= _linked(units, check, texts, published={0: (2009, 1), 1: (2009, 1), 2: (2009, 1)})
    assert recall <= _linked(units, check, texts, published={0: (2009, 1), 1: (2009, 1), 2: (2009, 2)})
    assert not recall & _linked(units, check, texts)


def test_a_recall_of_another_month_than_the_lead_report_came_out_is_still_cut(reports):
    """Reports of a March arrest lead with it undated; another report recalls, deep down, an arrest
    "In January": an earlier happening, however alike the words."""
    check = RecapCheck(lead=2, deep=8)
    linked = _linked(reports, check, published={0: (2009, 3), 1: (2009, 3), 2: (2009, 3)})
    assert not {link for link in linked if 2 in (link[0], link[2])}
    assert (0, LEAD, 1, LEAD) in linked


def test_an_undated_lead_report_is_cut_as_before(reports):
    """Only the lead report's date spares a recall: the recalling report's own date says nothing of
    when the lead's news happened."""
    check = RecapCheck(lead=2, deep=8)
    assert _linked(reports, check, published={2: (2009, 1)}) == _linked(reports, check)
    assert not {link for link in _linked(reports, check, published={2: (2009, 1)}) if 2 in (link[0], link[2])}


def _unit(sentence: int, years: tuple[int, ...] = (), months: tuple[int, ...] = ()) -> UnitFeatures:
    return UnitFeatures(sentence=sentence, years=list(years), months=list(months))


def test_the_check_only_reads_accepted_pairs_of_two_documents_from_an_undated_lead_to_a_dated_sentence_deep_down():
    """Scored 0: an accepted pair from an undated lead to a sentence deep in another report that
    dates what it states, either way round. Kept: below the threshold, vetoed, two units of one
    document, a dated lead, an undated sentence deep down, a sentence above "deep"; no check, no change."""
    shipped = fitted()
    t = shipped.pair.threshold
    model = replace(shipped, recap_check=RecapCheck(lead=1, deep=6))
    pairs = [
        (_unit(0), _unit(6, months=(1,))),  # recalled by month
        (_unit(9, years=(2008,)), _unit(1)),  # recalled by year, the other way round
        (_unit(0), _unit(6, months=(1,))),  # below the threshold
        (_unit(0), _unit(6, months=(1,))),  # vetoed
        None,  # two units of one document
        (_unit(0, months=(1,)), _unit(6, months=(1,))),  # the lead dates it too
        (_unit(0), _unit(12)),  # deep down, undated
        (_unit(0), _unit(5, years=(2008,))),  # above "deep"
        (_unit(2), _unit(7, years=(2008,))),  # below the lead
    ]
    scores = np.array([t + 0.1, t + 0.2, t - 0.1, VETOED, t + 0.1, t + 0.1, t + 0.1, t + 0.1, t + 0.1])
    expected = [0.0, 0.0, t - 0.1, VETOED] + [t + 0.1] * 5
    assert recap_checked(scores, model, pairs.__getitem__).tolist() == expected
    assert recap_checked(scores, replace(shipped, recap_check=None), pairs.__getitem__).tolist() == scores.tolist()


def test_the_lead_reports_own_month_spares_a_recall_dated_to_it():
    """A recall dated to the year and month the lead's report came out is kept (month alone, or year
    and month); another month, another year, or an undated lead report: scored 0 as before. Only the
    lead's report's date counts, whichever way round the pair comes."""
    shipped = fitted()
    t = shipped.pair.threshold
    model = replace(shipped, recap_check=RecapCheck(lead=1, deep=6))
    pairs = [(_unit(0), _unit(6, months=(11,))), (_unit(0), _unit(6, years=(2015,), months=(11,))),
             (_unit(9, months=(11,)), _unit(1)), (_unit(0), _unit(6, months=(10,))),
             (_unit(0), _unit(6, years=(2014,), months=(11,))), (_unit(0), _unit(6, years=(2014,))),
             (_unit(0), _unit(6, months=(11,))), (_unit(9, months=(11,)), _unit(1))]
    published = [((2015, 11), None), ((2015, 11), (2016, 1)), (None, (2015, 11)), ((2015, 11), None),
                 ((2015, 11), None), ((2015, 11), None), (None, (2015, 11)), ((2015, 11), None)]
    scores = np.full(len(pairs), t + 0.1)
    expected = [t + 0.1] * 3 + [0.0] * 5
    assert recap_checked(scores, model, pairs.__getitem__, published.__getitem__).tolist() == expected


def _curve(across: int, right: int, wrong: int, joined_several: int, joined_one: int) -> dict:
    return {(5, "several_events"): Counter(right=right, wrong=wrong, across=across, links=right + wrong, joined=joined_several, same_event_pairs=100),
            (5, "one_event"): Counter(right=50, wrong=5, across=0, links=55, joined=joined_one, same_event_pairs=100)}


def test_the_fit_keeps_the_setting_with_fewest_links_across_events_that_loses_no_pairs_found():
    without = _curve(across=10, right=90, wrong=20, joined_several=60, joined_one=80)
    curve = {
        RecapCheck(0, 15): _curve(across=9, right=90, wrong=19, joined_several=60, joined_one=80),
        RecapCheck(2, 8): _curve(across=6, right=88, wrong=14, joined_several=60, joined_one=80),
        RecapCheck(3, 6): _curve(across=2, right=80, wrong=5, joined_several=50, joined_one=80),  # loses pairs found
        RecapCheck(1, 6): _curve(across=6, right=80, wrong=30, joined_several=60, joined_one=80),  # less precise
    }
    assert choose_check(curve, without, found_loss=0.01) == RecapCheck(2, 8)
    assert choose_check({RecapCheck(3, 6): curve[RecapCheck(3, 6)]}, without, found_loss=0.01) is None
    assert choose_check({RecapCheck(0, 15): without}, without, found_loss=0.01) is None


def test_the_shipped_recap_check_is_read_from_the_weights_file_with_how_it_was_chosen():
    """fit_verifier writes the weights file afresh; a refit not followed by fit_recap_check would
    drop the section and the linker would check nothing, silently. This says so instead."""
    import json

    from viewer.analysis.claims.verifier import WEIGHTS_FILE

    check = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["recap_check"]
    assert fitted().recap_check == RecapCheck(check["lead"], check["deep"])
    assert check["produced_by"].startswith("python -m viewer.analysis.claims.fit_recap_check")
    chosen, without = check["choosing_links"]["at_check"], check["choosing_links"]["without_check"]
    for shape in (s for s in without if s.startswith("several_events")):
        assert chosen[shape]["precision"] >= without[shape]["precision"] and chosen[shape]["across"] <= without[shape]["across"]
