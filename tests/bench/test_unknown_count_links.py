"""bench/unknown_count_links.py: the reading of a count not known beside the count given, and the judged links and
close sentence pairs of two made-up reports of one event it parts."""
from __future__ import annotations

import json

import pytest

from viewer.analysis.nlp import english


@pytest.mark.parametrize("text, things", [
    ("It is unclear at this stage how many Americans were on board the flight.", ["united states"]),
    ("It was not known how many suspects were involved, or what the motive was.", ["suspect"]),
    ("She would not say how many victims are still in the hospital.", ["victim"]),
    ("The number of people injured is not yet known.", ["people"]),
    ("There is no word on how many people were hurt.", ["people"]),
    ("Hammond was found with an unknown number of gunshot wounds.", ["wound"]),
    # a count asked, said or known: nothing is said to be unknown
    ("Police said how many people were shot.", []),
    ("Police know how many shots were fired.", []),
    ("It is unclear why the gunman fired at the crowd, which held many people.", []),
])
def test_the_things_whose_number_a_sentence_says_is_not_known(bench_script, text, things):
    links = bench_script("unknown_count_links")
    assert links.unknown_counts(english()(text)[:]) == things


def test_the_words_of_not_knowing_are_the_open_questions_table_read_alone_or_denied(bench_script):
    alone, denied = bench_script("unknown_count_links").not_knowing_words()
    assert {"unclear", "unknown"} <= alone
    assert {"clear", "know", "word"} <= denied


def test_a_judged_link_of_a_count_not_known_beside_the_count_is_counted_by_verdict(bench_script, tmp_path,
                                                                                    judged_file, set_document):
    links = bench_script("unknown_count_links")
    a = set_document("1_a.txt", "It is unclear how many Americans were on board the flight. The flight left Kabul.")
    b = set_document("1_b.txt", "150 Americans were on board the flight out of Kabul.")
    unknown, left = (0, a.index(".") + 1), (a.index("The"), len(a))
    judged = judged_file([
        ["gvaT", "1_a.txt", *unknown, "1_b.txt", 0, len(b), "W", "another detail of the incident"],
        ["gvaT", "1_a.txt", *left, "1_b.txt", 0, len(b), "P", ""],
    ])
    base = tmp_path / "base"
    base.mkdir()
    (base / "gvaT.json").write_text(json.dumps({"documents": [], "claims": []}), encoding="utf-8")
    lines = links.judged_counts(tmp_path, base, [judged], show=False)
    assert [line.split() for line in lines] == [["not", "made", "W", "detail", "1"]]


def test_close_pairs_part_the_count_not_known_and_keep_two_not_knowing_or_a_least_count(bench_script):
    links, nlp = bench_script("unknown_count_links"), english()
    unknown = nlp("It is unclear how many Americans were on board the Qatar flight.")
    counted = nlp("Officials said 150 Americans were on board the Qatar flight.")
    also_unknown = nlp("Officials would not say how many Americans were on board the Qatar flight.")
    least = nlp("Officials did not know how many Americans were on board the Qatar flight but said more than one American was.")
    assert links.close_pairs([unknown, counted], 2) == [(unknown.text, counted.text)]
    assert not links.close_pairs([unknown, also_unknown], 2)
    assert not links.close_pairs([least, counted], 2)
