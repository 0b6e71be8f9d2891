"""A unit ending a case (a verdict, a plea of guilty, a sentence) is never one claim with a unit telling only the case's
start (an arrest, a charge); beside one telling the end too, or a denied start, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.verdicts import start_acts, tells_case_start, tells_verdict, verdict_beside_charge

_GUILTY = "A Marlow man was found guilty Tuesday in the shooting death of a 3-year-old girl on Elm Street."


@pytest.mark.parametrize("other, apart", [
    ("Marlow police arrested a man accused in the shooting death of a 3-year-old girl on Elm Street.", True),
    ("A Marlow man was charged with murder in the shooting death of a 3-year-old girl on Elm Street.", True),
    # the other tells the end of the case too
    ("A Marlow man faces up to 40 years in prison if convicted in the death of a 3-year-old girl.", False),
    ("A Marlow man was sentenced to 40 years in the shooting death of a 3-year-old girl on Elm Street.", False),
    # a denied start tells no start
    ("No one has been charged in the shooting death of a 3-year-old girl on Elm Street in Marlow.", False),
    # no court stage at all: the shooting beside a court stage is `stages.stage_beside_shooting`'s
    ("A 3-year-old girl was shot and killed on Elm Street in Marlow.", False),
])
def test_a_verdict_is_apart_from_an_arrest_or_a_charge(apart_both_ways, other, apart):
    assert apart_both_ways(verdict_beside_charge, _GUILTY, other) == (apart, apart)


@pytest.mark.parametrize("text, verdict", [
    ("The Marlow man pleaded guilty to manslaughter on Monday.", True),
    ("The Marlow man was convicted of murder by a jury on Friday.", True),
    ("The Marlow man is facing up to 40 years in prison after he was found guilty of killing the girl.", True),
    ("The Marlow man pleaded not guilty to murder at his arraignment.", False),  # a plea at the case's start
    ("The Marlow man was arrested and later convicted of murder.", False),  # tells the start too
    ("The Marlow man found the gun under his bed.", False),
])
def test_the_end_of_a_case_is_read_from_the_main_act_or_its_after_clause(sentence_unit, text, verdict):
    assert tells_verdict(sentence_unit(text)) == verdict


@pytest.mark.parametrize("other, apart", [
    # the start told in a word, not as the main act
    ("Marlow jail records show the man was being held Thursday on murder charges in the girl's death.", True),
    ("Officials confirm a warrant has been issued for the Marlow man in the girl's death.", True),
    ("The Marlow man is being held under a $1 million bond in the girl's death.", True),
    # a word of the case's end beside it: the other tells the end too
    ("The Marlow man was held on murder charges until his trial in the girl's death.", False),
    # a word of neither: a record or a court is no stage
    ("Marlow court records show the man had lived on Elm Street for a year.", False),
])
def test_the_start_of_a_case_is_read_in_its_words_too(apart_both_ways, other, apart):
    assert apart_both_ways(verdict_beside_charge, _GUILTY, other) == (apart, apart)


def test_the_start_of_a_case_is_every_court_act_counted_but_the_verdicts(sentence_unit):
    assert {"arrest", "charge", "indict", "arraign", "book"} <= start_acts()
    assert not {"convict", "sentence", "acquit", "plead"} & start_acts()
    assert tells_case_start(sentence_unit("Police booked the Marlow man into jail on Monday."))
    assert not tells_case_start(sentence_unit("The Marlow man was charged and will stand trial in May."))


_FIRST = ("Man found guilty in shooting death of Marlow girl\n\nA Marlow man was found guilty Tuesday in the shooting "
          "death of a 3-year-old girl on Elm Street. The trial lasted a week.")
_SECOND = ("Police arrest man accused in shooting death of Marlow girl\n\nMarlow police arrested a man accused in the "
           "shooting death of a 3-year-old girl on Elm Street. The manhunt lasted a month.")


def test_the_verdict_and_the_arrest_are_not_linked(kept_apart_by):
    assert kept_apart_by("verdict_beside_charge", _FIRST, _SECOND, "guilty")
