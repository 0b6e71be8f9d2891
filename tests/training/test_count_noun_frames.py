"""training/count_noun_frames.py counts a noun in its frame, marked or not, and keeps it only when frequent and precise."""
from __future__ import annotations

from training.count_noun_frames import count, kept, noun_uses
from viewer.analysis.nlp import english

NAME = "made-up_budget.txt"
TEXT = ("Senator Lopez raised questions about the mayor's budget. Her attacks on the governor grew sharper. "
        "Officials said the mayor's decision to resign surprised them. Smith won the endorsement of the union. "
        "Jones faced criticism for the plan.")


def _span(words: str) -> list[list[int]]:
    start = TEXT.index(words)
    return [[start, start + len(words)]]


def _attribution(source: str, cue: str, content: str) -> dict:
    return {"doc": NAME, "source": _span(source), "cue": _span(cue), "content": _span(content)}


def test_a_noun_in_a_frame_is_marked_when_the_annotation_gives_the_frame_its_roles():
    gold = {"attributions": [
        _attribution("Senator Lopez", "raised questions about", "the mayor's budget"),
        _attribution("Officials", "said", "the mayor's decision to resign surprised them"),
        _attribution("the union", "endorsement", "Smith"),  # the union endorses: the winner is no holder
        _attribution("Officials", "criticism", "the plan"),  # Jones is criticised, not the critic
    ]}
    uses = noun_uses(english()(TEXT), gold, NAME)
    assert ("object", "question", "about", True) in uses
    assert ("owner", "attack", "on", False) in uses
    assert ("object", "endorsement", "of", False) in uses
    assert ("object", "criticism", "for", False) in uses
    assert not any(lemma == "decision" for _, lemma, _, _ in uses)  # inside the officials' words: no evidence


def test_a_noun_is_kept_when_marked_often_enough_in_enough_of_its_uses_with_the_complements_marked():
    counts = count([("owner", "claim", "clause", True)] * 3 + [("owner", "claim", "on", False), ("object", "claim", "clause", True)])
    claim = counts["owner"]["claim"]
    assert claim == {"marked": 3, "uses": 4, "complements": {"clause": [3, 3], "on": [0, 1]}}
    assert kept(claim, 0.6) == {"marked": 3, "uses": 4, "complements": {"clause": [3, 3]}}
    assert kept(claim, 0.8) is None
    assert kept(counts["object"]["claim"], 0.6) is None  # once is not often enough
