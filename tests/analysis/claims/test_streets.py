"""Streets read from addresses, and two reports' addresses told apart."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.streets import stated_streets, streets_apart


@pytest.mark.parametrize(("text", "expected"), [
    ("It happened in the 4300 block of West Maple Avenue, police said.", ["maple"]),
    ("It happened in the 4300 block of West Maple, police said.", ["maple"]),
    ("Officers found him outside 1250 N. Cedar St. on Sunday.", ["cedar"]),
    ("The car stopped at NE 14th Avenue and 71st Street around 3 a.m.", ["14th", "71st"]),
    ("They met near the corner of Birch and Larkin on Friday.", ["birch", "larkin"]),
    ("The corner of Birch and Larkin Tuesday was quiet.", ["birch", "larkin"]),  # a weekday is not a street
    ("The Supreme Court ruled on Friday.", []),  # an institution, not an address
    ("Two people were killed in a shooting on the South Side.", []),
])
def test_streets_are_read_from_addresses_by_the_last_word_of_their_names(text, expected):
    assert stated_streets(text) == expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({"maple"}, {"cedar", "birch"}, True),
    ({"maple"}, {"maple", "cedar"}, False),
    ({"maple"}, set(), False),  # one report gives no address: nothing to compare
    ({"fairmount"}, {"fairmont"}, False),  # one street spelt two ways
    ({"14th"}, {"41st"}, True),  # numbered streets are told by their numbers
])
def test_reports_are_apart_when_their_addresses_share_no_street(a, b, expected):
    assert streets_apart(a, b) is expected


def test_each_clause_of_a_sentence_carries_the_streets_its_sentence_gives(parsed):
    from viewer.analysis.claims.units import claim_units

    text = "Two people were killed and seven others were wounded at NW 12th Avenue and 65th Street around 2 a.m.\n"
    units = {text[u.span.start:u.span.end]: u.features.streets for u in claim_units(parsed(text))}
    assert units["Two people were killed"] == ["12th", "65th"]


@pytest.mark.parametrize(("text", "expected"), [
    ("It happened in the 100 block of West Sixth Street.", ["6th"]),
    ("Police were called to 6th Street and Oak Avenue.", ["6th", "oak"]),
    ("He was found in the 300 block of Forty-Second Street.", ["42nd"]),
    ("The crash was at Forty Second Street and Twenty-First Avenue.", ["21st", "42nd"]),
    ("Shots were fired in the 2400 block of South Eleventh.", ["11th"]),
    ("She lived at 1200 Seven Mile Road.", ["mile"]),  # a number inside a name is not the street's number
])
def test_a_street_number_spelt_in_words_is_read_as_its_numeral(text, expected):
    assert stated_streets(text) == expected


def test_one_numbered_street_spelt_in_words_and_in_figures_is_one_street():
    sixth = set(stated_streets("Officers found him in the 500 block of East Sixth Street."))
    assert not streets_apart(sixth, set(stated_streets("It happened near 6th Street and Main Street.")))
    assert streets_apart(sixth, set(stated_streets("It happened in the 500 block of East Sixtieth Street.")))
