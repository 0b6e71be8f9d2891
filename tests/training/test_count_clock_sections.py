"""The clock section counter gives each sentence of a report the times and ages of the shooting it is told under, and
classes close sentence pairs by their sections."""
from __future__ import annotations

from training.count_clock_sections import one_article, section_class, sections, toll_classes, tolls_told, whole

ROUNDUP = ("Three people were shot across the city overnight. About 9:10 p.m., a 23-year-old man was wounded in "
           "Hermosa. He was taken to Mercy Hospital in good condition. Around 1 a.m., a man, 40, was shot in Pilsen. "
           "He was taken to Mercy Hospital in good condition.")
ONE = "A 40-year-old man was shot in Pilsen about 1:05 a.m. He was taken to Mercy Hospital in good condition."


def test_each_sentence_has_the_section_of_the_last_time_before_it():
    told = sections(ROUNDUP)
    assert [s for _t, _w, s in told] == [(frozenset(), frozenset()), (frozenset({1270}), frozenset({23})),
                                         (frozenset({1270}), frozenset({23})), (frozenset({60}), frozenset({40})),
                                         (frozenset({60}), frozenset({40}))]


def test_a_report_that_is_no_round_up_is_one_section():
    assert {s for _t, _w, s in whole(sections(ONE))} == {(frozenset({65}), frozenset({40}))}


def test_close_pairs_are_classed_by_their_sections():
    told, one = sections(ROUNDUP), whole(sections(ONE))
    assert section_class(told[2][2], one[1][2]) == "sections apart"
    assert section_class(told[4][2], one[1][2]) == "one section"
    assert section_class(told[0][2], one[1][2]) == "lede or untimed"


def test_toll_giving_sentences_are_paired_where_one_is_of_a_lede():
    other = sections("Five people were shot across the city overnight. About 2 a.m., three people were shot in Austin. "
                     "About 4 a.m., a man was shot. About 6 a.m., a woman was shot.")
    assert list(toll_classes(tolls_told(sections(ROUNDUP)), tolls_told(other))) == [
        "both ledes, tolls apart", "a lede and a timed section, tolls not apart"]


def test_one_article_filed_under_two_incidents_is_told_apart_from_two_reports():
    assert one_article(sections(ROUNDUP), sections(ROUNDUP + " Police are investigating."))
    assert not one_article(sections(ROUNDUP), sections("A 40-year-old man was shot in Pilsen about 1:05 a.m. He was "
                                                      "listed in good condition. No one is in custody."))
