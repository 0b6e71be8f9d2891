"""Figures read as the range of values their wording allows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.analysis.claims import quantities
from viewer.analysis.claims.quantities import figures, identifiers, labels, moved_by

TABLE = [
    ("more than 1,000 servicemen", "more than 1,000", 1000, 1000, 2000, "above"),
    ("as many as 1,026 troops", "as many as 1,026", 1026, 820.8, 1026, "upto"),
    ("a total of 151 wounded", "a total of 151", 151, 151, 151, "exact"),
    ("about 700 more", "about 700", 700, 630, 770, "about"),
    ("nearly 50 people", "nearly 50", 50, 45, 50, "almost"),
    ("at least 12 dead", "at least 12", 12, 12, 15, "above"),
    ("up to 300 homes", "up to 300", 300, 210, 300, "upto"),
    ("some 300 people", "some 300", 300, 255, 345, "about"),
    ("fewer than 20 remain", "fewer than 20", 20, 10, 20, "below"),
    ("dozens were injured", "dozens", None, 24, 99, "vague"),
    ("Tens of thousands of civilians", "Tens of thousands", None, 20000, 99999, "vague"),
    ("around a thousand civilians", "around a thousand", 1000, 850, 1150, "about"),
    ("more than six million refugees", "more than six million", 6_000_000, 6_000_000, 7_500_000, "above"),
    ("the total spiked to 959.", "959", 959, 959, 959, "exact"),
]


@pytest.mark.parametrize("text, shown, value, low, high, qualifier", TABLE)
def test_figure_intervals(text, shown, value, low, high, qualifier):
    (figure,) = figures(text)
    assert (figure.text, figure.value, figure.qualifier) == (shown, value, qualifier)
    assert figure.low == pytest.approx(low) and figure.high == pytest.approx(high)


@pytest.mark.parametrize("text, shown, low, high, unit", [
    ("will spend 20 to 42 years in prison", "20 to 42", 20, 42, "duration"),
    ("Man gets 9-20 years in prison", "9-20", 9, 20, "duration"),
    ("Between 9 and 20 people were hurt", "Between 9 and 20", 9, 20, ""),
    ("heard between five and 10 shots", "between five and 10", 5, 10, ""),
    ("about 25–30 shots rang out", "25–30", 25, 30, ""),
    ("rose from 10 to 15 percent", "from 10 to 15 percent", 10, 15, "%"),
    ("cost $5 to $10 million", "$5 to $10 million", 5_000_000, 10_000_000, "$"),
])
def test_a_range_is_one_figure_allowing_the_values_between_its_ends(text, shown, low, high, unit):
    (figure,) = figures(text)
    assert (figure.text, figure.value, figure.low, figure.high, figure.unit, figure.qualifier) == (shown, None, low, high, unit, "range")


@pytest.mark.parametrize("text, values", [
    ("Creighton defeats Drake 65-53", [65, 53]),  # a score
    ("approved on a 3-2 vote", [3, 2]),
    ("the Colts won 24 to 17", [24, 17]),
    ("call 1-800-222-TIPS", [1, 800, 222]),  # a chain of dashes is a number or a date, not a range
    ("arrested on 1-9-14 and", [1, 9, 14]),
    ("served from 1996 to 2000", []),  # years
])
def test_a_falling_pair_a_chain_or_years_make_no_range(text, values):
    assert [f.value for f in figures(text)] == values


@pytest.mark.parametrize("text", ["in 2022 the war", "the 36th Brigade", "on April 8th", "no figure here"])
def test_years_and_ordinals_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "call 405-555-1234", "call (918) 555-2323", "call 1-800-222-8477", "at 3:30 p.m.", "at 10 a.m. Monday", "by 9 o'clock",
])
def test_telephone_numbers_and_times_of_day_are_identifiers(text):
    spans = identifiers(text)
    assert spans and [f for f in figures(text) if not any(s <= f.start < e for s, e in spans)] == []


@pytest.mark.parametrize("text, counted", [
    ("call Crime Stoppers at 1-800-555-TIPS (8477) today", []),  # spelt in capitals, its keypad digits after it
    ("call the hotline at (555) 474-TIPS", []), ("call 1-800-TBI-FIND", []), ("text your tip to CRIMES (274637)", []),
    ("arrested on 9-15-16 at home", []), ("born 07/19/98 in Ohio", []), ("under Code 39-13-202, first-degree", []),
    ("report #15-0423 was filed", []), ("Case No. 15-CR-1234 went on", []), ("lives in Reno, NV 89501 now", []),
    ("see www.example.com/news/2016/02/26/4-shot-here", []), ("see example.com/story/96193160/ now", []),
    ("reference case number 2015-12345 when calling", []), ("who lives in room number 8, deceased", []),
    ("the number 1 club in the country", ["1"]),  # "number" after no record noun: a rank, as before
    ("text HELP (999) now", ["999"]),  # not the word's keys: a figure
    ("17 people were shot and 3 died", ["17", "3"]), ("a 3-2 vote", ["3", "2"]), ("A 100-YEAR FLOOD", ["100"]),
])
def test_tip_lines_dates_records_and_links_are_identifiers(text, counted):
    spans = identifiers(text)
    assert [f.text for f in figures(text) if not any(s <= f.start < e for s, e in spans)] == counted


@pytest.mark.parametrize("text, said", [
    ("a 17-year-old boy", ["17"]), ("two 18-year-old men", ["18"]), ("a three-year-old girl", ["three"]),
    ("she is 34 years old", ["34"]), ("a six-month-old baby", ["six"]), ("two boys, ages 14 and 16, were hurt", ["14 and 16"]),
    ("died at the age of 91", ["91"]), ("would have turned 18 next week", ["18"]), ("a neighbour called 911", ["911"]),
    ("dialled 999 at once", ["999"]), ("the first 9-1-1 call", ["9-1-1"]), ("a 911 dispatcher said", ["911"]),
    ("17 people were shot", []), ("received 112 calls", []), ("the 911 victims", []), ("page 17 and stage 4", []),
])
def test_ages_and_emergency_lines_are_labels(text, said):
    assert [text[a:b] for a, b in labels(text)] == said


@pytest.mark.parametrize("text, unit", [
    ("20% of", "%"), ("3.5 per cent", "%"), ("49.6 percent of", "%"), ("12 pct of", "%"), ("2.5 percentage points", "points"),
    ("$5 million", "$"), ("the last 24 hours", "duration"),
])
def test_units(text, unit):
    assert figures(text)[0].unit == unit


@pytest.mark.parametrize("a, b, consistent", [
    ("more than 1,000", "1,026", True),
    ("about 700", "694", True),
    ("more than 100", "151", True),
    ("more than 100,000", "more than 400,000", False),
    ("dozens", "57", True),
    ("dozens", "150", False),
    ("20%", "20", False),
    ("49.7%", "49.6 percent", True),  # one share, rounded differently
    ("74.4 per cent", "74.3%", True),
    ("49.7%", "49.3%", False),  # further apart than rounding explains
    ("49.7%", "4.9%", False),
    ("2 percentage points", "2%", False),  # a change in a share is not a share
])
def test_consistency(a, b, consistent):
    assert figures(a)[0].consistent_with(figures(b)[0]) is consistent


def test_a_trillion_scales_a_sum_as_a_billion_does():
    """Budgets and debts are told in trillions; read as a bare "$1.9", such a sum met every small figure."""
    assert [(f.text, f.value) for f in figures("a $1.9 trillion relief bill and nearly $1 trillion for roads")] == [
        ("$1.9 trillion", 1_900_000_000_000), ("nearly $1 trillion", 1_000_000_000_000)]


def test_offsets_point_into_the_text():
    text = "Officials said 1,240 people were hurt and about 30 are missing."
    assert [text[f.start:f.end] for f in figures(text, 0)] == ["1,240", "about 30"]
    assert [f.start for f in figures(text, 100)] == [115, 142]


@pytest.mark.parametrize("text, read", [
    ("Thieves took $2.5M in gems.", [("$2.5M", 2_500_000, "$")]),
    ("A £1.2bn deal and a €3bn loan.", [("£1.2bn", 1_200_000_000, "£"), ("€3bn", 3_000_000_000, "€")]),
    ("He was paid more than $500K.", [("more than $500K", 500_000, "$")]),
    ("A £1.2tn budget.", [("£1.2tn", 1_200_000_000_000, "£")]),
    ("Senate passes $3.5T budget.", [("$3.5T", 3_500_000_000_000, "$")]),
    ("Hackers demand $70 mln to restore data.", [("$70 mln", 70_000_000, "$")]),  # an abbreviation written apart
    ("Paris hit by 2 mn-euro jewelry heist", [("2 mn", 2_000_000, "")]),
    ("He wore 5 T-shirts.", [("5", 5, "")]),  # a letter apart is no scale: only the abbreviations are written apart
    ("The road dropped 5m and he ran 100m.", []),  # a letter after a bare number is a unit of length, not a scale
])
def test_a_sums_scale_written_as_a_letter_scales_it(text, read):
    assert [(f.text, f.value, f.unit) for f in figures(text)] == read


@pytest.mark.parametrize("text, read", [
    ("Twenty-five people were hurt.", [("Twenty-five", 25)]),
    ("twenty five shots were fired", [("twenty five", 25)]),
    ("Thirty-seven per cent of CEOs", [("Thirty-seven per cent", 37)]),
    ("Fifty-seven vehicles and 160 firefighters", [("Fifty-seven", 57), ("160", 160)]),
    ("Five hundred and eighty-four days after", [("Five hundred and eighty-four", 584)]),
    ("One hundred and fifty were inside", [("One hundred and fifty", 150)]),
    ("nearly two dozen shell casings", [("nearly two dozen", 24)]),
    ("signed nearly two-dozen executive actions", [("nearly two-dozen", 24)]),
    ("a half-dozen advisers", [("a half-dozen", 6)]),
    ("about half a dozen firearms", [("about half a dozen", 6)]),
    ("the half-dozen Republican senators", [("half-dozen", 6)]),
    ("more than five dozen shell casings", [("more than five dozen", 60)]),
])
def test_a_number_in_words_is_one_figure(text, read):
    """A compound, "hundred and", a count of dozens: not two numbers side by side ("Twenty" and "five")."""
    assert [(f.text, f.value) for f in figures(text)] == read


@pytest.mark.parametrize("text, values", [
    ("a dozen officers and two more", [12, 2]),  # each word alone is still a number
    ("six officers and forty deputies", [6, 40]),
    ("the score was twenty to five", [20, 5]),  # two numbers "to" joins falling, no compound
])
def test_number_words_apart_stay_apart(text, values):
    assert [f.value for f in figures(text)] == values


@pytest.mark.parametrize("text", ["won two-thirds of the vote", "three quarters of Latino votes", "one-third of sales"])
def test_the_number_word_of_a_fraction_counts_nothing(text):
    assert figures(text) == []


def test_a_number_word_before_quarters_it_counts_is_read():
    assert [f.value for f in figures("sales rose in three quarters")] == [3]


@pytest.mark.parametrize("text, read", [
    ("Initial claims rose by 37,000 to 412,000 last week.", [("37,000", ""), ("412,000", "")]),
    ("New jobless claims fell 34,000 to 444,000.", [("34,000", ""), ("444,000", "")]),
    ("Texas Instruments climbed $1.37 to $19.25", [("$1.37", "$"), ("$19.25", "$")]),
    ("The number of transplants increased from 30 to 64.", [("30", ""), ("64", "")]),
    ("License sales fell 21 percent to $107.6 million.", [("21 percent", "%"), ("$107.6 million", "$")]),
    ("cutting expenses by 28 percent to $47.1 million", [("28 percent", "%"), ("$47.1 million", "$")]),
    # a hedge after "by" is the change's, not a hedge over a range
    ("The number of jobs rose by about 1 million to 9.3 million.", [("about 1 million", ""), ("9.3 million", "")]),
])
def test_a_change_and_the_level_it_reached_are_two_figures(text, read):
    """After a word saying a figure moved, or a share beside a sum: not a range from the change to the level."""
    assert [(f.text, f.unit) for f in figures(text)] == read


@pytest.mark.parametrize("text, shown", [
    ("Tuition will rise by 5 to 10 percent", "5 to 10 percent"),  # the first end takes the second's unit: a range
    ("rose from 10 to 15 percent", "from 10 to 15 percent"),
    ("He was sentenced to 15 to 30 years.", "15 to 30"),  # no word of change before it
    ("The charge is punishable by 20 to 50 years.", "20 to 50"),
    ("Prices rose between 5 and 10 percent", "between 5 and 10 percent"),
    ("NBC lost an estimated $10 million to $15 million in revenue.", "$10 million to $15 million"),  # the hedge spans it
])
def test_a_range_after_other_words_or_taking_its_unit_from_its_end_stays_one(text, shown):
    (figure,) = figures(text)
    assert (figure.text, figure.qualifier) == (shown, "range")


def test_a_spelled_age_is_a_label_whole():
    text = "Twenty-nine-year-old Adam Bentdahl was killed."
    assert labels(text) == [(0, len("Twenty-nine"))]


@pytest.mark.parametrize("text, moved", [
    ("Initial claims fell by 92,000 to 498,000 in the week.", [True, False]),
    ("The number of jobs rose by about 1 million to 9.3 million.", [True, False]),
    ("New jobless claims fell 34,000 to 444,000.", [True, False]),
    ("Claims fell to 498,000 from a revised 590,000 a week earlier.", [False, False]),
    ("The number of transplants increased from 30 to 64.", [False, False]),  # two levels
    ("The victim was taken down by two other patrons.", [False]),  # a phrasal verb's agent
    ("Four victims were shot by two men.", [False, False]),
])
def test_a_figure_saying_by_how_much_something_moved_is_a_change(text, moved):
    assert [moved_by(text, f.start, f.end) for f in figures(text)] == moved


def test_words_of_change_before_by_are_a_table_that_says_where_it_comes_from():
    table = json.loads((Path(quantities.__file__).with_name("change_by_words.json")).read_text(encoding="utf-8"))
    assert "count_change_by.py" in table["provenance"]["command"]
    assert {"rose", "fell", "increased"} <= set(table["entries"]) and not {"down", "up"} & set(table["entries"])
