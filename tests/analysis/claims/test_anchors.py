"""Bare units (no name, counted figure, date or age) join two reports only beside a claim sharing a rare anchor."""
from __future__ import annotations

import numpy as np
import pytest

from viewer.analysis.claims.anchors import anchored, bare_checked, clock_checked, placed_checked
from viewer.analysis.claims.index import index_keys
from viewer.analysis.claims.units import claim_units
from viewer.analysis.claims.verifier import VETOED
from viewer.analysis.claims.vocabulary import term

# Two reports of two shootings by one city's outlet, written in its sentences; the second also a later report of the
# first's incident.
CHATHAM = (
    "Two people were killed and five others wounded in a shooting in Chatham on Monday, police said. "
    "The victims were on a porch in the 8600 block of South Maryland Avenue. No one was in custody.\n"
)
BACK_OF_THE_YARDS = (
    "A mother and a grandmother were killed when a gunman opened fire on a family in Back of the Yards. "
    "A man was wounded outside a house on South Aberdeen Street. No one was in custody.\n"
)
CHATHAM_LATER = (
    "A third victim of the Christmas shooting on South Maryland Avenue died on Friday. Detectives have few leads. "
    "No one was in custody.\n"
)


def _units(parsed, text: str) -> dict[str, tuple]:
    """Each unit's wording: its features and, as its rare keys in this small test, its index keys but "south", which
    a city's articles give in many units."""
    return {text[u.span.start:u.span.end]: (u.features, frozenset(index_keys(u.features)) - {"t:south"})
            for u in claim_units(parsed(text))}


@pytest.mark.parametrize(("wording", "expected"), [
    ("No one was in custody.", False),  # "no one" is a figure that counts nothing
    ("Detectives have few leads.", False),
    ("The victims were on a porch in the 8600 block of South Maryland Avenue.", True),
    ("A third victim of the Christmas shooting on South Maryland Avenue died on Friday.", True),
])
def test_a_unit_is_anchored_by_a_name_or_figure_not_by_its_words(parsed, wording, expected):
    units = _units(parsed, CHATHAM + CHATHAM_LATER)
    assert anchored(units[wording][0]) is expected


def _checked(parsed, left: str, right: str, pairs: list[tuple[str, str, float]]) -> list[float]:
    a, b = _units(parsed, left), _units(parsed, right)
    found = [(a[x], b[y]) for x, y, _p in pairs]
    rare = {n for units in (a, b) for features, _keys in units.values() for n in features.names} - {"south"}
    return list(bare_checked(np.array([p for _x, _y, p in pairs]), 0.7, lambda k: found[k], rare))


def test_two_reports_sharing_only_a_bare_sentence_are_not_joined_by_it(parsed):
    # the pair model also accepted two sentences naming two streets of one side of town: "South", which many of the
    # corpus's articles give, is no rare name (the rare names stand for `candidates.rare_names`)
    scores = _checked(parsed, CHATHAM, BACK_OF_THE_YARDS, [
        ("No one was in custody.", "No one was in custody.", 0.99),
        ("The victims were on a porch in the 8600 block of South Maryland Avenue.",
         "A man was wounded outside a house on South Aberdeen Street.", 0.75),
    ])
    assert scores == [0.0, 0.75]


def test_a_bare_sentence_joins_reports_that_share_an_anchored_claim(parsed):
    scores = _checked(parsed, CHATHAM, CHATHAM_LATER, [
        ("No one was in custody.", "No one was in custody.", 0.99),
        ("The victims were on a porch in the 8600 block of South Maryland Avenue.",
         "A third victim of the Christmas shooting on South Maryland Avenue died on Friday.", 0.8),
    ])
    assert scores == [0.99, 0.8]


def test_an_anchored_pair_the_pair_model_refused_supports_nothing(parsed):
    scores = _checked(parsed, CHATHAM, CHATHAM_LATER, [
        ("No one was in custody.", "No one was in custody.", 0.99),
        ("The victims were on a porch in the 8600 block of South Maryland Avenue.",
         "A third victim of the Christmas shooting on South Maryland Avenue died on Friday.", 0.5),
        ("The victims were on a porch in the 8600 block of South Maryland Avenue.", "Detectives have few leads.", 0.8),
        ("Two people were killed", "A third victim of the Christmas shooting on South Maryland Avenue died on Friday.", 0.75),
    ])
    assert scores == [0.0, 0.5, 0.8, 0.75]


def test_reports_with_nothing_anchored_accepted_are_left_to_the_story_gate(parsed):
    # fragments of one quotation in two reports: no accepted pair of two anchored units says two events
    scores = _checked(parsed, CHATHAM, BACK_OF_THE_YARDS, [
        ("No one was in custody.", "No one was in custody.", 0.99),
        ("The victims were on a porch in the 8600 block of South Maryland Avenue.", "No one was in custody.", 0.8),
    ])
    assert scores == [0.99, 0.8]


def test_a_pair_with_one_anchored_side_is_left_to_the_other_checks(parsed):
    scores = _checked(parsed, CHATHAM, BACK_OF_THE_YARDS, [
        ("The victims were on a porch in the 8600 block of South Maryland Avenue.", "No one was in custody.", 0.8),
    ])
    assert scores == [0.8]


def test_two_bare_sentences_in_other_words_are_a_paraphrase_not_a_template(parsed):
    left = "The child later died at the hospital. Two men were shot on Elm Street.\n"
    right = "The child died in the emergency room from her injuries. A woman was shot on Oak Street.\n"
    scores = list(bare_checked(np.array([0.9]), 0.7, lambda _k: (_units(parsed, left)["The child later died at the hospital."],
                                                                _units(parsed, right)["The child died in the emergency room from her injuries."]),
                                  set()))
    assert scores == [0.9]


# Two reports of two shootings of one city, and a later report of the first that gives its address as another street.
MAPLE = (
    "Two people were killed in a shooting in Riverton on Sunday. It happened in the 4300 block of West Maple Avenue. "
    "Police spokeswoman Dana Whitlock said officers arrived within minutes.\n"
)
CROSSING = (
    "Two people were killed in a shooting in Riverton on Friday. "
    "The shooting happened outside an apartment complex at NW 12th Avenue and 65th Street around 2 a.m.\n"
)
MAPLE_LATER = (
    "Two people were killed in a shooting in Riverton on Sunday. Officers found them outside 4350 West Cedar Street. "
    "Police spokeswoman Dana Whitlock said officers arrived quickly.\n"
)
TOLL = "Two people were killed in a shooting in Riverton on Sunday."


def _placed(parsed, left: str, right: str, pairs: list[tuple[str, str, float]], apart: bool) -> list[float]:
    a, b = _units(parsed, left), _units(parsed, right)
    found = [(a[x], b[y]) for x, y, _p in pairs]
    rare = {n for units in (a, b) for features, _keys in units.values() for n in features.names}
    return list(placed_checked(np.array([p for _x, _y, p in pairs]), 0.7, lambda k: found[k], rare, apart))


def test_a_toll_does_not_join_reports_whose_addresses_tell_two_places(parsed):
    # the city and the two addresses' words ("Avenue") are shared, but those are the setting and what was compared:
    # no support
    scores = _placed(parsed, MAPLE, CROSSING, [
        (TOLL, "Two people were killed in a shooting in Riverton on Friday.", 0.95),
        ("It happened in the 4300 block of West Maple Avenue.",
         "The shooting happened outside an apartment complex at NW 12th Avenue and 65th Street around 2 a.m.", 0.75),
    ], apart=True)
    assert scores == [0.0, 0.0]


def test_a_toll_joins_reports_whose_addresses_are_not_apart(parsed):
    scores = _placed(parsed, MAPLE, CROSSING, [(TOLL, "Two people were killed in a shooting in Riverton on Friday.", 0.95)],
                     apart=False)
    assert scores == [0.95]


def test_a_name_both_reports_give_keeps_their_toll_whatever_streets_they_name(parsed):
    scores = _placed(parsed, MAPLE, MAPLE_LATER, [
        (TOLL, TOLL, 0.99),
        ("Police spokeswoman Dana Whitlock said officers arrived within minutes.",
         "Police spokeswoman Dana Whitlock said officers arrived quickly.", 0.9),
    ], apart=True)
    assert scores == [0.99, 0.9]


# Two round-ups of one city's shootings on two nights, and another report of the first night's first shooting.
MONDAY = (
    "Three people were killed in shootings across Riverton on Monday. "
    "Around 9:10 p.m., a 23-year-old man was wounded in Hermosa. He was later pronounced dead at the hospital. "
    "About 11:40 p.m., a 31-year-old woman was shot in Pilsen. She was taken to Mercy Hospital in good condition. "
    "Shortly after 2 a.m., Luis Corona, 17, was shot in Austin. Luis Corona was taken to Mercy Hospital.\n"
)
WEDNESDAY = (
    "Two people were killed in shootings across Riverton on Wednesday. "
    "About 7:30 p.m., a 23-year-old man died after getting shot in Back of the Yards. "
    "He was later pronounced dead at the hospital, police said. "
    "About 10 p.m., a 40-year-old man was shot in Englewood. He was taken to Mercy Hospital in good condition. "
    "About 1 a.m., a 19-year-old man was shot in Gresham. Luis Corona was taken to Mercy Hospital.\n"
)


def _clocked(parsed, left: str, right: str, pairs: list[tuple[str, str, float]], both: bool = True) -> list[float]:
    from viewer.analysis.claims.candidates import unit_sections

    sections, days = [], []
    for text in (left, right):
        units = claim_units(parsed(text))
        found_sections, found_days = unit_sections(units)
        sections.append({text[u.span.start:u.span.end]: s for u, s in zip(units, found_sections)})
        days.append({text[u.span.start:u.span.end]: d for u, d in zip(units, found_days)})
    a, b = _units(parsed, left), _units(parsed, right)
    found = [(a[x], b[y]) for x, y, _p in pairs]
    placed = [(sections[0][x], sections[1][y]) for x, y, _p in pairs]
    dated = [(days[0][x], days[1][y]) for x, y, _p in pairs]
    rare = {n for units in (a, b) for features, _keys in units.values() for n in features.names}
    people = {term(p.surname) for units in (a, b) for features, _keys in units.values() for p in features.ages or ()}
    return list(clock_checked(np.array([p for _x, _y, p in pairs]), 0.7, lambda k: found[k], rare,
                              (lambda k: placed[k]) if both else None, people, (lambda k: dated[k]) if both else None))


def test_two_round_ups_do_not_join_sentences_told_under_two_shootings_times(parsed):
    scores = _clocked(parsed, MONDAY, WEDNESDAY, [
        ("He was later pronounced dead at the hospital.", "He was later pronounced dead at the hospital, police said.", 0.95),
        ("She was taken to Mercy Hospital in good condition.", "He was taken to Mercy Hospital in good condition.", 0.9),
        ("Three people were killed in shootings across Riverton on Monday.",
         "Two people were killed in shootings across Riverton on Wednesday.", 0.8),  # ledes counting two tolls
        ("Luis Corona was taken to Mercy Hospital.", "Luis Corona was taken to Mercy Hospital.", 0.99),  # a victim's name
        ("He was later pronounced dead at the hospital.", "Luis Corona was taken to Mercy Hospital.", 0.9),
        ("He was later pronounced dead at the hospital.", "He was taken to Mercy Hospital in good condition.", 0.5),
    ])
    assert scores == [VETOED, VETOED, VETOED, 0.99, VETOED, VETOED]  # the last, not accepted, can join no merge either


# A third night's round-up whose lede counts Monday's toll, and one of whose shootings killed two.
THURSDAY = (
    "Three people were killed in shootings across Riverton on Thursday. "
    "About 8 p.m., two people were killed in Hermosa. They were pronounced dead at the scene. "
    "About 11 p.m., a 52-year-old man was shot in Pilsen. He was taken to Mercy Hospital in good condition. "
    "About 3 a.m., a 20-year-old man was killed in Gresham.\n"
)


def test_two_round_ups_ledes_counting_one_toll_are_parted_by_their_weekdays(parsed):
    lede = "Three people were killed in shootings across Riverton on Monday."
    scores = _clocked(parsed, MONDAY, THURSDAY, [
        (lede, "Three people were killed in shootings across Riverton on Thursday.", 0.8),  # one toll, two weekdays
        (lede, "About 8 p.m., two people were killed in Hermosa.", 0.8),  # the night's toll beside one shooting's
    ])
    assert scores == [VETOED, VETOED]


def test_two_round_ups_ledes_counting_one_toll_without_weekdays_are_left_to_the_other_checks(parsed):
    lede = "Three people were killed in shootings across Riverton overnight."
    night, other = MONDAY.replace(" on Monday", " overnight"), THURSDAY.replace(" on Thursday", " overnight")
    scores = _clocked(parsed, night, other, [(lede, lede, 0.8)])
    assert scores == [0.8]


# Two round-ups two days apart whose ledes give no toll but a weekday, and whose shootings' times agree by chance.
SATURDAY = (
    "Shootings across Riverton left two people dead over the weekend. "
    "The most recent fatal shooting happened Saturday afternoon in Hermosa. "
    "On Saturday about 3:10 p.m., a 23-year-old man was killed in Hermosa. He was pronounced dead at Mercy Hospital. "
    "On Friday about 11:20 p.m., a 31-year-old woman was shot in Pilsen. "
    "On Saturday about 2 a.m., a man was shot in Austin.\n"
)
MONDAY_NIGHT = (
    "Shootings across Riverton left a man dead over the weekend. "
    "The most recent shooting happened Monday night in Gresham. "
    "On Monday about 11:30 p.m., a man was killed in Gresham. He was pronounced dead at Mercy Hospital. "
    "On Monday about 6 p.m., a 40-year-old woman was shot in Englewood. "
    "On Monday about 2:15 a.m., a man was shot in Austin.\n"
)


def test_two_round_ups_units_on_two_weekdays_do_not_join(parsed):
    scores = _clocked(parsed, SATURDAY, MONDAY_NIGHT, [
        ("The most recent fatal shooting happened Saturday afternoon in Hermosa.",
         "On Monday about 11:30 p.m., a man was killed in Gresham.", 0.8),  # a lede with no toll beside a section
        ("On Saturday about 2 a.m., a man was shot in Austin.",
         "On Monday about 2:15 a.m., a man was shot in Austin.", 0.9),
        ("He was pronounced dead at Mercy Hospital.", "He was pronounced dead at Mercy Hospital.", 0.95),
    ])
    assert scores == [VETOED, VETOED, VETOED]


def test_two_round_ups_of_one_night_keep_their_units(parsed):
    late = MONDAY_NIGHT.replace("Monday night", "late Saturday")
    late = late.replace("On Monday about 11:30", "On Saturday about 11:30")
    scores = _clocked(parsed, SATURDAY, late, [
        ("On Friday about 11:20 p.m., a 31-year-old woman was shot in Pilsen.",
         "On Monday about 6 p.m., a 40-year-old woman was shot in Englewood.", 0.8),  # apart by the clock alone
        ("The most recent fatal shooting happened Saturday afternoon in Hermosa.",
         "The most recent shooting happened late Saturday in Gresham.", 0.8),
    ])
    assert scores == [VETOED, 0.8]


def test_a_place_both_round_ups_name_does_not_join_two_shootings(parsed):
    # a hospital is named in every round-up of its city: no one's name, however few articles give it
    scores = _clocked(parsed, MONDAY, WEDNESDAY, [
        ("She was taken to Mercy Hospital in good condition.", "He was taken to Mercy Hospital in good condition.", 0.9),
    ])
    assert scores == [VETOED]


def test_reports_that_are_not_both_round_ups_are_left_to_the_other_checks(parsed):
    scores = _clocked(parsed, MONDAY, WEDNESDAY, [
        ("He was later pronounced dead at the hospital.", "He was later pronounced dead at the hospital, police said.", 0.95),
    ], both=False)
    assert scores == [0.95]

