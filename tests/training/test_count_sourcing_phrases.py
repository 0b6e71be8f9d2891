"""training/count_sourcing_phrases.py counts the opening "In X," phrases, marked or not, and keeps a noun only when
frequent and precise."""
from __future__ import annotations

from training.count_sourcing_phrases import count, kept, phrase_uses
from viewer.analysis.nlp import english

NAME = "made-up_polls.txt"
TEXT = ("In a Harbour Gazette poll, the mayor led her challenger by nine points. "
        "In the video, a man runs from the store. "
        "The mayor has risen in the polls since the debate. "
        "Officials said that in the survey, most residents backed the plan.")


def _span(words: str) -> list[list[int]]:
    start = TEXT.index(words)
    return [[start, start + len(words)]]


def test_an_opening_phrase_is_marked_when_its_preposition_is_the_cue_and_its_noun_the_source():
    gold = {"attributions": [
        {"doc": NAME, "source": _span("a Harbour Gazette poll"), "cue": _span("In a"),
         "content": _span("the mayor led her challenger by nine points")},
        {"doc": NAME, "source": _span("Officials"), "cue": _span("said"),
         "content": _span("in the survey, most residents backed the plan")},
    ]}
    uses = phrase_uses(english()(TEXT), gold, NAME)
    assert ("in", "poll", True) in uses
    assert ("in", "video", False) in uses
    assert not any(noun == "survey" for _, noun, _ in uses)  # inside the officials' words: no evidence
    assert [u for u in uses if u[1] == "poll"] == [("in", "poll", True)]  # "risen in the polls" opens nothing


def test_a_noun_is_kept_when_marked_often_enough_in_enough_of_its_uses():
    counts = count([("in", "poll", True)] * 3 + [("in", "poll", False), ("in", "video", True), ("in", "video", False)])
    assert counts["in"]["poll"] == [3, 4]
    assert kept(counts["in"]["poll"], 0.5)
    assert not kept(counts["in"]["poll"], 0.8)
    assert not kept(counts["in"]["video"], 0.5)  # once is not often enough
