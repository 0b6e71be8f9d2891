"""The other-incident counter marks a sentence telling another incident by its own words, and classes close sentence
pairs by those marks and by the neighbourhoods each names."""
from __future__ import annotations

from training.count_other_incidents import neighbourhood_class, other_incident_marks, pair_class


def test_a_sentence_marks_another_incident_or_an_earlier_time():
    assert other_incident_marks("In a separate shooting, a woman was wounded on Elm Street.") == ["another incident"]
    assert other_incident_marks("Last year, four men were wounded on the same block.") == ["an earlier time"]
    assert other_incident_marks("A man was shot on Elm Street on Sunday.") == []


def test_close_pairs_are_classed_by_marks_and_neighbourhoods():
    lawndale = "A boy was shot in the Lawndale neighborhood on Monday."
    assert pair_class("Last year, a boy was shot in Lawndale.", lawndale) == "one marked: an earlier time"
    assert pair_class(lawndale, lawndale) == "neither"
    assert neighbourhood_class(lawndale, "A boy was shot in the Park Manor neighborhood on Monday.") == \
        "neighbourhood: apart"
    assert neighbourhood_class(lawndale, "A boy was shot in the South Lawndale neighborhood.") == "neighbourhood: alike"
    assert neighbourhood_class(lawndale, "A boy was shot on Monday.") == "neighbourhood: not both"
