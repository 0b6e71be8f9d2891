"""The crawl counter finds the sentences reports share word for word and classes each pair of reports by them."""
from __future__ import annotations

from training.count_bare_sentences import pair_classes, shared_sentences, toll_spread
from viewer.corpus.outlet_names import host_of

REPORTS = [  # (incident, outlet's host, text)
    ("1", "news.example", "Two men were shot on Elm Street.\nNo one was in custody. Police continue to investigate."),
    ("1", "tv.example", "TWO men were shot on Elm Street! No one was in custody."),
    ("2", "news.example", "A woman was wounded downtown. No one was in custody."),
    ("3", "other.example", "A boy was hurt. No one was in custody."),
]


def test_sentences_two_to_common_reports_share_are_found_as_written_whatever_their_case_and_stops():
    shared = shared_sentences([text for _i, _h, text in REPORTS], common=3)
    assert set(shared) == {"two men were shot on elm street"}  # the custody line, in four reports, is page matter
    assert shared_sentences([text for _i, _h, text in REPORTS], common=4)["no one was in custody"][1] == {0, 1, 2, 3}


def test_report_pairs_are_classed_by_incident_and_outlet_and_by_whether_they_share_an_anchored_sentence():
    shared = shared_sentences([text for _i, _h, text in REPORTS], common=4)
    anchors = {"two men were shot on elm street": True, "no one was in custody": False}
    classes = pair_classes(REPORTS, shared, anchors)
    assert classes[0, 1] == ("one incident", "anchored", ["no one was in custody"])
    assert classes[0, 2] == ("two incidents, one outlet", "bare only", ["no one was in custody"])
    assert classes[1, 2] == ("two incidents, two outlets", "bare only", ["no one was in custody"])
    assert len(classes) == 6  # every pair of the four reports shares the custody line


def test_an_archived_report_is_the_outlet_of_the_page_it_copies():
    from training.count_bare_sentences import _kind

    a = ("1", host_of("http://web.archive.org/web/20151030223013/http://www.wral.com/story/1/"), "")
    b = ("2", host_of("http://web.archive.org/web/20141108120159/http://www.wkrn.com:80/story/2"), "")
    c = ("3", host_of("http://web.archive.org/web/20160101000000/https://wral.com/story/3"), "")
    assert _kind(a, b) == "two incidents, two outlets"
    assert _kind(a, c) == "two incidents, one outlet"


def test_a_sentence_anchored_only_by_counts_of_people_is_read_as_its_toll():
    from training.count_bare_sentences import read_sentence

    assert read_sentence("Two people were killed.") == (True, (("death", 2.0, 2.0),))
    assert read_sentence("No one was in custody.") == (False, ())
    assert read_sentence("Two men were shot on Elm Street.") == (True, ())  # a street names the incident


def test_report_pairs_sharing_only_a_toll_are_classed_apart_and_each_toll_counts_its_incidents():
    reports = REPORTS + [("4", "news.example", "Three people were wounded. No one was in custody.")]
    reports[2] = ("2", "news.example", "Three people were wounded. No one was in custody.")
    shared = shared_sentences([text for _i, _h, text in reports], common=5)
    anchors = {"two men were shot on elm street": True, "no one was in custody": False, "three people were wounded": True}
    tolls = {key: (("wound", 3.0, 3.0),) if key == "three people were wounded" else () for key in anchors}
    classes = pair_classes(reports, shared, anchors, tolls)
    assert classes[2, 4] == ("two incidents, one outlet", "toll only", ["no one was in custody"])
    assert toll_spread(reports, shared, tolls, classes) == {(("wound", 3.0, 3.0),): (2, 0, 1)}
