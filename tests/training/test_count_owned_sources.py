"""The owned-source table counts two-word "his/her X" sources of PolNeAR's fit part only."""
from training.count_owned_sources import owned_sources
from training.polnear_parts import part_of


def _doc(part: str) -> str:
    return next(name for name in (f"article-{i}.txt" for i in range(100)) if part_of(name) == part)


def test_counts_fit_sources_after_his_or_her_and_keeps_those_marked_twice():
    fit, check = _doc("fit"), _doc("check")
    gold = {"attributions": [
        {"doc": fit, "source_text": "his campaign"}, {"doc": fit, "source_text": "Her campaign"},
        {"doc": fit, "source_text": "his team"},  # once only
        {"doc": fit, "source_text": "the campaign"}, {"doc": fit, "source_text": "his campaign manager"},
        {"doc": check, "source_text": "his team"},  # the check part is never read
        {"doc": fit, "source_text": None},
    ]}
    assert owned_sources(gold) == {"campaign": 2}
