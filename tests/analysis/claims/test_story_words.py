"""The story-word check: two units of one story are one claim only where what one says beyond the story's words the
other says too."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from viewer.analysis.claims.candidates import in_reading_order, stacked
from viewer.analysis.claims.fit_story_words import kept, ranked
from viewer.analysis.claims.linking import PairScores, claim_units
from viewer.analysis.claims.pieces import AlignedPieces
from viewer.analysis.claims.story_words import StoryWords, claim_held, story_checked
from viewer.analysis.claims.verifier import PAIR_FEATURES, LogisticModel, fitted

# Made-up reports of one police shooting. Both repeat "police", "shooting", "Dayton", "officer", "man" line after
# line; the second tells, in those words, that it was the city's third police shooting of the year.
_REPORTS = {
    0: "Man wounded in police shooting in Dayton\n\n"
       "A 25-year-old man was wounded Tuesday night when a Dayton police officer shot him during a traffic stop, police "
       "said. The man was taken to Miami Valley Hospital with a gunshot wound to the leg. The officer, a ten-year veteran, "
       "has been placed on paid leave. Dayton police said the man had reached for a handgun. The shooting happened on "
       "Salem Avenue around 9 p.m. Police are reviewing body camera footage of the shooting.",
    1: "Dayton officer shoots man during traffic stop\n\n"
       "A Dayton police officer shot and wounded a 25-year-old man during a traffic stop on Salem Avenue on Tuesday "
       "night. The man was taken to Miami Valley Hospital. Police said the man reached for a handgun before the officer "
       "fired. The officer was placed on paid leave, as is routine after a police shooting. It was the third police "
       "shooting in Dayton this year. The shooting will be reviewed by the county prosecutor.",
}
_HEADLINE, _LEAD_AGAIN, _THIRD = "Man wounded in police shooting", "A Dayton police officer shot and wounded", "It was the third"


@pytest.fixture(scope="module")
def reports(nlp):
    from viewer.analysis.segment import parse

    return in_reading_order([u for document, text in _REPORTS.items() for u in claim_units(parse(document, text, []))])


def _accepted(units, rule: StoryWords | None, leads_judged: bool = False) -> dict[str, float]:
    """The scores of the headline of report 0 against two lines of report 1, with a pair model that accepts every pair
    and no word check: what the story-word check alone does (``leads_judged``: on pairs of two leads too)."""
    accepting = LogisticModel(PAIR_FEATURES, np.array([10.0 if name == "bias" else 0.0 for name in PAIR_FEATURES]), 0.7)
    model = replace(fitted(), pair=accepting, alignment_cut=None, story_words=rule)
    scores = PairScores(units, stacked(units), replace(model, recap_check=None) if leads_judged else model)
    texts = {k: _REPORTS[u.document][u.span.start:u.span.end] for k, u in enumerate(units)}
    headline = next(k for k, t in texts.items() if t.startswith(_HEADLINE))
    others = {name: next(k for k, t in texts.items() if t.startswith(name)) for name in (_LEAD_AGAIN, _THIRD)}
    scores.verify([(headline, k, 0.0) for k in others.values()])
    return {name: scores(headline, k) for name, k in others.items()}


def test_a_headline_and_another_report_s_line_on_another_thing_in_the_story_s_words_are_refused(reports):
    assert fitted().story_words is not None
    assert _accepted(reports, None)[_THIRD] > 0.9
    assert _accepted(reports, fitted().story_words)[_THIRD] == 0.0


def test_a_lead_restating_the_headline_states_its_claim_beyond_the_story_s_words(reports):
    assert _accepted(reports, fitted().story_words, leads_judged=True)[_LEAD_AGAIN] > 0.9


def _told(rows: list[list[float]], ids: list[int], counts: Counter, sentence: int = 5):
    found = np.array(rows, dtype=np.float32)
    return AlignedPieces(found, np.full(len(ids), 1.0 / len(ids))), np.array(ids), counts, sentence


def test_a_unit_of_story_pieces_alone_is_held_by_any_unit_and_one_beyond_it_only_by_a_match():
    story = Counter({1: 3, 2: 3})  # pieces 1 and 2 in three units of each report
    only_story = _told([[1, 0, 0], [0, 1, 0]], [1, 2], story)
    beyond = _told([[1, 0, 0], [0, 0, 1]], [1, 3], story)
    unrelated = _told([[1, 0, 0], [0, 1, 0]], [1, 2], story)
    assert claim_held(only_story, beyond, 2) == 1.0
    assert claim_held(beyond, unrelated, 2) == 1.0  # the other unit's claim is all story: held
    other_beyond = _told([[1, 0, 0], [0, 1, 0]], [1, 4], story)
    assert claim_held(beyond, other_beyond, 2) == pytest.approx(0.0)  # each says a thing the other does not
    assert claim_held(beyond, other_beyond, 4) == pytest.approx(0.5)  # with no story pieces, the shared piece counts


def test_the_check_takes_accepted_pairs_away_and_never_adds_one():
    story = Counter({1: 3})
    a, b = _told([[1, 0, 0], [0, 0, 1]], [1, 3], story), _told([[1, 0, 0], [0, 1, 0]], [1, 4], story)
    scores = np.array([0.9, 0.5, 0.9])
    pairs = [(a, b), (a, b), None]
    checked = story_checked(scores, 0.7, StoryWords(2, 0.5), lambda k: pairs[k])
    assert checked.tolist() == [0.0, 0.5, 0.9]
    assert story_checked(scores, 0.7, None, lambda k: pairs[k]) is scores
    leads = [(_told([[1, 0, 0], [0, 0, 1]], [1, 3], story, 0), _told([[1, 0, 0], [0, 1, 0]], [1, 4], story, 2))] * 3
    assert story_checked(scores, 0.7, StoryWords(2, 0.5), lambda k: leads[k], lead=2).tolist() == [0.9, 0.5, 0.9]
    assert story_checked(scores, 0.7, StoryWords(2, 0.5), lambda k: leads[k], lead=1).tolist() == [0.0, 0.5, 0.0]


def test_the_fit_takes_the_most_precise_setting_that_keeps_enough_right_pairs():
    held = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    labels = [1, 1, 1, 0, 1, 0]
    curve = {(2, cut): kept(held, labels, cut) for cut in (0.45, 0.55, 0.65)}
    without = kept(held, labels, 0.0)
    assert ranked(curve, without, 0.0) == [(2, 0.45)]  # the only one keeping every right pair
    assert ranked(curve, without, 0.25) == [(2, 0.65), (2, 0.45), (2, 0.55)]  # precision 1, .8, .75
