"""Counts of what happened to people, and two units counting different outcomes kept apart."""
from __future__ import annotations

import math

import pytest

from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.outcomes import (
    counts_others, fates_apart, outcome_as_written, outcomes_apart, stated_outcomes, summed, toll)
from viewer.analysis.claims.quantities import figures


@pytest.mark.parametrize("text, kinds", [
    ("Two people were shot and killed on Elm Street.", [("gunshot", 2), ("death", 2)]),
    ("Four people were shot, one fatally, police said.", [("gunshot", 4), ("death", 1)]),
    ("Three other men were critically wounded.", [("wound", 3)]),
    ("One person was killed and one was hurt.", [("death", 1), ("wound", 1)]),  # "person", no WordNet person sense
    ("Police said two were killed and three others injured.", [("death", 2), ("wound", 3)]),
    ("The gunman killed two people, police said.", [("death", 2)]),
    ("Two men were shot dead outside the bar.", [("gunshot", 2), ("death", 2)]),
    ("Storm Kills 12; 40 Hurt", [("death", 12), ("wound", 40)]),
    ("Shooting Kills 1 Person, Wounds 5 In Elmwood", [("death", 1), ("wound", 5)]),  # a headline's present tense
    ("He was shot 3 times at 10:24 p.m.", []),  # a count of shots and a time of day count no people
    ("Two years after he was shot, he testified.", []),
    ("Five officers responded to the call.", []),
    # an aside on the people counted, before the auxiliary (`aside_end`)
    ("At least 17 people, including a teen, were killed over the weekend.", [("death", 17)]),
    ("Four people (two of them brothers) were wounded.", [("wound", 4)]),
    ("Six others — among them a child — were shot.", [("gunshot", 6)]),
    ("Rolando Pizarro, 45, the intended target, was shot.", []),  # an age, no count: no noun for people before
    ("Two men, a teen wounded in Elmwood shooting", []),  # a list, no aside: no auxiliary after it
])
def test_counts_are_read_with_what_happened_to_the_people_counted(text, kinds):
    assert [(kind, low) for kind, low, _high in stated_outcomes(text)] == kinds


def test_a_hedged_count_keeps_its_range():
    [(kind, low, high)] = stated_outcomes("At least five people were wounded.")
    assert kind == "wound" and low == 5 and high > 5


@pytest.mark.parametrize("first, second, apart", [
    ("Two people were killed.", "Three people were wounded.", True),
    ("Four more were wounded.", "Four people were shot, one fatally.", True),  # three wounded: two tolls
    ("At least five more people were wounded.", "Six people were shot, one fatally.", False),  # five wounded either way
    ("Two were killed and three injured.", "Five people were shot.", False),  # the shot are the killed and the wounded
    ("Two people were killed.", "Two people were shot and killed.", False),
    ("Fourteen people were injured.", "Thirteen people were wounded.", False),  # one outcome counted differently
    ("Two people were killed.", "Police are still looking for the gunman.", False),  # nothing counted on one side
    ("Three men were arrested.", "Three men were charged.", True),  # another stage
    ("Four people, including a boy, were shot.", "Four people were injured.", False),  # the shot hold the wounded
    ("Two people were shot.", "Three people were wounded.", True),  # more wounded than were shot
    ("Of the people who were shot, three died.", "Four people were shot.", True),  # fewer: another measure
])
def test_units_counting_only_different_outcomes_are_apart(first, second, apart):
    assert outcomes_apart(stated_outcomes(first), stated_outcomes(second)) == apart


@pytest.mark.parametrize("wounded, apart", [((5.0, 6.25), False), ((6.0, 7.5), True), ((0.0, math.inf), False)])
def test_a_hedged_toll_adds_up_only_where_its_range_allows(wounded, apart):
    assert outcomes_apart([("wound", *wounded)], [("gunshot", 6.0, 6.0), ("death", 1.0, 1.0)]) == apart


_SHOT = "Four people were shot, one fatally, in the Millbrook neighborhood on Wednesday night, police said."


@pytest.mark.parametrize("other, one_claim", [
    ("Four people were shot, one of them fatally, in Millbrook on Wednesday night, police said.", True),
    ("Four more were wounded in a shooting in the Millbrook neighborhood on Wednesday night, police said.", False),
    ("Four other men were wounded in the Millbrook neighborhood shooting on Wednesday night, police said.", False),
])
def test_two_tolls_that_do_not_add_up_are_never_one_claim(parsed, other, one_claim):
    texts = {1: _SHOT, 2: other}
    units = claim_units(parsed(_SHOT, document_id=1)) + claim_units(parsed(other, document_id=2))
    assert bool(link_claims(units, texts)) == one_claim


@pytest.mark.parametrize("text, kind, word", [
    ("Five others were hurt in the blast.", "wound", "hurt"),
    ("Police arrested two men, who were charged.", "arrest", "arrested"),
    ("Five people were counted.", "wound", "wound"),  # no word for it: the kind
])
def test_the_outcome_as_its_source_writes_it(text, kind, word):
    count = next(f for f in figures(text))
    assert outcome_as_written(text, count.start, count.end, kind) == word


@pytest.mark.parametrize("text, fates", [
    ("Two people were shot and killed and three others were wounded.", ["death", "wound"]),
    ("Five people were shot, one fatally.", ["gunshot", "death"]),
    ("Two men were arrested after the crash.", ["arrest"]),
])
def test_the_toll_reads_each_count_with_what_befell_it(text, fates):
    read = toll(text, figures(text))
    assert [counted.fate or counted.kinds[0] for counted in read] == fates
    assert all(counted.figure.text.lower() in text.lower() for counted in read)


def test_the_sum_says_which_two_counts_it_is_read_from():
    text = "Two people were killed and three others were wounded; five people were shot."
    outcomes = [(counted.fate, counted.figure.low, counted.figure.high) for counted in toll(text, figures(text))]
    assert [(outcome, outcomes[i][0], outcomes[j][0]) for outcome, i, j in summed(outcomes)] == [
        (("wound", 3.0, 3.0), "gunshot", "death"), (("gunshot", 5.0, 5.0), "death", "wound")]


@pytest.mark.parametrize("ours, theirs, apart", [
    (("death",), ("wound",), True),
    (("wound",), ("arrest",), True),
    (("gunshot",), ("wound",), False),  # the shot hold the wounded
    (("death",), ("gunshot", "wound"), False),
    (("wound",), ("wound",), False),
    ((), ("death",), False),
])
def test_counts_of_two_fates_are_two_measures_but_the_shot_hold_the_dead_and_the_wounded(ours, theirs, apart):
    assert fates_apart(ours, theirs) is apart


@pytest.mark.parametrize("text, others", [
    ("four other people were wounded", True),
    ("five others were wounded", True),
    ("two more were hurt", True),
    ("four people were wounded", False),
    ("four otherwise unhurt", False),
])
def test_a_count_of_others_is_told_by_the_word_after_it(text, others):
    assert counts_others(text, text.index(" ")) is others
