"""Who a name is: a venue or a body's short name is no person, a lone surname written beside a given name is one,
and a he/she after someone described by a noun of either sex is theirs; on small made-up articles."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions


def named(parsed, text: str) -> list[tuple[str, str]]:
    return [(a.speaker_name, a.speaker_kind) for a in find_attributions(parsed(text)) if a.speaker_name]


@pytest.mark.parametrize("text, expected", [
    ("The fight broke out outside Madison Square Garden on Sunday night. Madison Square Garden said in a statement "
     "that the arena would stay open.", ("Madison Square Garden", "organisation")),
    ("The victim was taken to Harborview Medical Center, where he died. Harborview said he was 24.",
     ("Harborview", "organisation")),
    ("He was taken to Grady Memorial Hospital. Grady said he was stable.", ("Grady", "organisation")),
])
def test_a_venue_or_the_first_word_of_a_bodys_name_is_a_body(parsed, text, expected):
    assert named(parsed, text)[-1] == expected


def test_a_word_opening_a_hospitals_name_is_a_person_when_the_article_writes_it_after_a_title(parsed):
    text = "He was taken to Grady Memorial Hospital. Dr. Grady told reporters he was stable. Grady said he would live."
    assert named(parsed, text)[-1][1] == "person"


def test_a_lone_surname_written_elsewhere_after_a_given_name_is_a_person(parsed):
    text = "Tillis said in a statement that the bill was good. The bill, sponsored by Republican Thom Tillis, passed."
    assert named(parsed, text)[0] == ("Tillis", "person")


def test_he_after_someone_described_as_a_named_persons_partner_is_the_partner_not_the_named_one(parsed):
    text = ("Officer Dan Reyes and his partner were shot on Main Street. Officer Reyes's partner, who was not named, "
            "was taken to Mercy Hospital. He said the suspect ran away.")
    assert named(parsed, text) == []


def test_he_after_the_named_one_is_the_subject_again_is_the_named_one(parsed):
    text = ("Officer Dan Reyes and his partner were shot on Main Street. Officer Reyes's partner was taken to Mercy "
            "Hospital. Reyes was treated at the scene. He said the suspect ran away.")
    assert named(parsed, text) == [("Dan Reyes", "person")]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Pearce had pushed through a controversial law last year that would have turned police officers into "
     "immigration agents.", []),
    ("Police confirmed the news that the boy was shot.", ["Police"]),
])
def test_a_relative_clause_after_a_deed_is_no_reported_clause(parsed, text, expected):
    assert [name for name, _ in named(parsed, text)] == expected


def test_police_alone_is_the_one_constabulary_the_article_names(parsed):
    text = "Wexham Constabulary said officers arrested a nurse. Police said the force is now investigating."
    assert [name for name, _ in named(parsed, text)] == ["Wexham Constabulary", "Wexham Constabulary"]


@pytest.mark.parametrize("text, expected", [
    ("If called to testify before a grand jury, Trump would not be the first president to do so.", []),
    ("Sen. Ann Kole called the bill a disgrace.", ["Ann Kole"]),
])
def test_a_participle_naming_a_thing_or_a_condition_makes_no_speaker(parsed, text, expected):
    assert [name for name, _ in named(parsed, text)] == expected


def test_a_word_alone_beside_a_word_for_a_kind_of_person_is_that_person(parsed):
    text = "One survivor, 26-year-old Henrique, said he managed to get out from the third floor with his girlfriend."
    assert named(parsed, text) == [("Henrique", "person")]


@pytest.mark.parametrize("venue", ["Soldier Field", "Staples Center"])
def test_a_venue_the_recogniser_takes_for_a_person_where_it_speaks_is_a_body(parsed, venue):
    text = f"The fight started outside {venue} on Sunday night. {venue} said in a statement that it would stay open."
    assert named(parsed, text) == [(venue, "organisation")]


def test_a_person_named_like_a_building_is_a_person_when_the_article_never_writes_a_building(parsed):
    text = "Scott Hall, a local pastor, said the city must heal. Hall said he had prayed."
    assert named(parsed, text) == [("Scott Hall", "person"), ("Scott Hall", "person")]


def test_a_participle_saying_who_reported_keeps_that_one_as_the_speaker(parsed):
    text = "In a letter to the House Intelligence Committee reported by Fox and other news organizations, Mr. Nunes " \
           "said the agency had erred."
    assert "Fox" in [name for name, _ in named(parsed, text)]


def test_the_county_sheriffs_office_is_the_one_sheriffs_office_the_article_names_even_later(parsed):
    text = ("The county sheriff's office said the man was found dead on Friday. On Saturday the Wayne County "
            "Sheriff's Office said it appeared he committed suicide.")
    assert [name for name, _ in named(parsed, text)] == ["Wayne County Sheriff's Office"] * 2


@pytest.mark.parametrize("text, expected", [
    ("Det. Francesca Nix led the inquiry. With just a few words outside, Det. Nix says a punch was thrown.",
     ("Francesca Nix", "person")),
    ("Extra guards will stand at City Hall on Wednesday, said Casper Hill, a spokesman for the city.",
     ("Casper Hill", "person")),
    ("An employee at Perry's Palace declined to comment, saying only that it all happened outside.",
     ("employee at Perry's Palace", "person")),
])
def test_a_title_cut_short_an_apposed_person_noun_or_a_person_noun_heading_the_phrase_make_a_person(
        parsed, text, expected):
    assert named(parsed, text)[-1] == expected


def test_people_who_speak_for_a_body_give_the_body_in_the_plural_too(parsed):
    text = ("If neighbors want to see action, representatives with Develop Louisville advise neighbors to continue "
            "to call.")
    assert named(parsed, text)[-1] == ("Develop Louisville", "organisation")


def test_the_writer_of_a_statement_named_beside_a_relatives_description_is_the_named_one(parsed):
    text = ("Eddie Sutton, Jamar’s brother, issued this statement early Tuesday morning:\n\n"
            "We must get the occupation of the precinct ended and onto the next step.")
    assert named(parsed, text) == [("Eddie Sutton", "person")]


def test_a_he_inside_a_womans_quotation_is_not_the_woman(parsed):
    text = ("Friends have tried to reach the group. The Dumbarton woman said: “He had messaged a couple of days ago to "
            "say don’t message us. Despite that, he seemed to be able to post on Facebook. He had advised people to "
            "contact him by text.”")
    assert named(parsed, text).count(("Dumbarton woman", "person")) == 1


def test_an_adjective_the_parse_puts_at_the_head_of_a_phrase_says_no_person(parsed):
    text = ("The subject of a weeklong manhunt who was wanted in a string of violent crimes, including the killing of "
            "two relatives, the shooting of two Oklahoma police officers and multiple carjackings, has been killed in "
            "a shootout, federal and local police said on Sunday.")
    assert ("federal and local police", "person") not in named(parsed, text)


@pytest.mark.parametrize("text, expected", [
    ("General Motors said on Tuesday that sales fell 5 percent in May.", ("General Motors", "organisation")),
    ("General Mills said sales rose in the spring.", ("General Mills", "organisation")),
    ("Gen. Mark Milley said the army was ready.", ("Mark Milley", "person")),  # the rank stays an office
])
def test_an_office_word_opening_a_bodys_name_is_part_of_the_name(parsed, text, expected):
    assert named(parsed, text)[0] == expected
