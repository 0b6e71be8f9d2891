"""A court or judge acting beside a suit told with no court in it is two stages of one civil case, never one claim; two
rulings, two tellings of the suit, or a suit that names its court are left to the pair model."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.rulings import ruling_beside_suit, tells_suit_alone

_RULING = "A federal judge dismissed the antitrust complaint against Marlow Foods on Monday."


@pytest.mark.parametrize("other, apart", [
    ("The trade commission filed an amended antitrust complaint against Marlow Foods.", True),
    ("Farmers sued Marlow Foods, claiming that its contracts violated antitrust laws.", True),
    # a second telling of the ruling: one claim
    ("The judge threw out the antitrust complaint against Marlow Foods.", False),
    # the suit told with its court: the suit unit tells the court too
    ("The commission filed its antitrust complaint against Marlow Foods in federal court.", False),
])
def test_a_ruling_is_kept_apart_from_the_suit_alone(apart_both_ways, other, apart):
    assert apart_both_ways(ruling_beside_suit, _RULING, other) == (apart, apart)


def test_a_justice_named_beside_a_suit_tells_the_court(sentence_unit):
    assert tells_suit_alone(sentence_unit("Farmers sued Marlow Foods over its contracts."))
    assert not tells_suit_alone(sentence_unit("Justice Ruth Ginsburg voiced concerns about the particulars of the suit."))


@pytest.mark.parametrize("text, acting", [
    ("The appeals court upheld the ruling on Friday.", True),
    ("The complaint was dismissed by a federal judge.", True),
    ("Lawyers said the court seemed inclined to rule against the company.", True),
    ("Several justices voiced concerns about the case.", True),
    # the court in an object or an apposition, not doing the act
    ("Marlow Foods said it would appeal to the court.", False),
    ("Justice Anthony Kennedy, a key vote on the high court, said the argument was weak.", False),
])
def test_the_ruling_unit_has_a_court_or_judge_do_its_main_act(sentence_unit, text, acting):
    assert sentence_unit(text).court_acting == acting


def test_linking_keeps_a_suit_and_its_dismissal_apart(kept_apart_by):
    suit = ("The trade commission filed an amended antitrust complaint against Marlow Foods on Thursday. "
            "The company denied the claims.")
    ruling = ("A federal judge dismissed the trade commission's antitrust complaint against Marlow Foods on Thursday. "
              "The company welcomed the decision.")
    assert kept_apart_by("ruling_beside_suit", suit, ruling, "judge")
