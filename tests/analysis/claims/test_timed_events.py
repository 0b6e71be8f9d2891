"""What each stated time is the time of, read from made-up sentences' parses."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import viewer.analysis.claims
from viewer.analysis.claims.timed_events import one_event, timed_events, unit_events
from viewer.analysis.claims.times import times_in
from viewer.analysis.nlp import english


@pytest.mark.parametrize("text, expected", [
    ("The man was shot at 10:15 a.m. and died at 11:40 a.m.", ["shoot", "die"]),
    ("The shooting happened around 3:30 a.m. Sunday at the club.", ["shoot", "shoot"]),  # a verb of taking place: its subject
    ("Police were called at 9:30 p.m.", ["call"]),
    ("Police are looking for a woman charged in the Monday shooting of her daughter.", ["shoot"]),  # a noun made from the verb
    ("The July 17 killings of three officers shocked the city.", ["kill"]),
    ("On Tuesday, police said the man was stabbed Monday night.", ["say", "stab"]),
    # a round-up's bullet the parse hangs the time from names no event: the time is the shooting's
    ("• About 2:55 a.m., a 29-year-old man was shot multiple times in South Austin.", ["shoot"]),
    ("• About 11:20 p.m. in the West Englewood neighborhood on the South Side, a 26-year-old man was shot twice.", ["shoot"]),
])
def test_each_time_is_given_its_event(text, expected):
    found = times_in(text)
    assert list(timed_events(english()(text), found)) == expected


@pytest.mark.parametrize("before", ["", "Officers arrived within minutes. ", "A neighbour, who asked not to be named, heard shots. "])
def test_a_unit_reads_its_events_in_its_documents_parse_as_in_its_own(before):
    """Each sentence above set after another in a document: the unit's tokens, cut out of the document's parse, give
    its times the events its own parse gives them."""
    for text in ["The man was shot at 10:15 a.m. and died at 11:40 a.m.",
                 "The shooting happened around 3:30 a.m. Sunday at the club.",
                 "On Tuesday, police said the man was stabbed Monday night.",
                 "Police are looking for a woman charged in the Monday shooting of her daughter."]:
        doc = english()(before + text)
        tokens = doc.char_span(len(before), len(doc.text), alignment_mode="expand")
        assert unit_events(tokens, text, len(before)) == list(timed_events(english()(text), times_in(text)))


def test_a_unit_without_times_reads_no_events():
    text = "Police arrested a man."
    assert unit_events(english()(text)[:], text, 0) == []


def test_one_event_is_one_stem_or_a_pair_the_crawl_times_alike():
    assert one_event("shoot", "shoot") and not one_event("call", "arrest")
    table = json.loads((Path(viewer.analysis.claims.__file__).parent / "timed_events.json").read_text(encoding="utf-8"))
    assert "GVA crawl" in table["source"] and all(one_event(a, b) for a, b in table["one_event"])


def test_a_state_or_a_report_is_no_moment_two_sources_share():
    from viewer.analysis.claims.timed_events import a_moment

    assert a_moment("shoot") and a_moment("arrest")
    assert not a_moment("update") and not a_moment("be")
