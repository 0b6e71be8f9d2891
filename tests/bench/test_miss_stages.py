"""bench/miss_stages.py puts each noted claim the linker missed down to a stage, and says why a span has no unit."""
from __future__ import annotations

TEXT = ("A fire destroyed the town hall in Millbrook on Monday, officials said.\n\n"
        "Crews at the scene\n\n"
        "Photo: the hall at dawn.\n\n"
        "Call us.\n")


def _span(text: str, wording: str) -> tuple[str, int, int]:
    start = text.index(wording)
    return ("a.txt", start, start + len(wording))


def test_a_span_without_a_unit_is_named_boilerplate_heading_or_no_proposition(bench_script):
    stages = bench_script("miss_stages")
    caption = _span(TEXT, "Photo: the hall at dawn.")
    runs = [{"start": caption[1], "end": caption[2], "kind": "caption"}]
    assert stages.no_unit_reason(TEXT, runs, caption) == "boilerplate (caption)"
    assert stages.no_unit_reason(TEXT, runs, _span(TEXT, "Crews at the scene\n")) == "heading"
    assert stages.no_unit_reason(TEXT, runs, _span(TEXT, "Call us.")) == "no proposition"


def test_the_table_counts_each_stage_by_set_and_in_all(bench_script):
    stages = bench_script("miss_stages")
    fate = stages.Fate
    by_set = {"one": [fate("found", False), fate("pair model", True, (0, 1), 0.6)],
              "two": [fate("story gate", False, (2, 3), 0.8, None, 0.95), fate("no claim unit", False, why="heading")]}
    rows = {line[:40].strip(): line[40:].split() for line in stages.table(by_set, threshold=0.7)}
    assert rows["noted claims"] == ["2", "2", "4"]
    assert rows["pair model"] == ["1", "0", "1"]
    assert rows["story gate"] == ["0", "1", "1"]
    assert rows["no unit: heading"] == ["0", "1", "1"]
    assert rows["article stages: pair model accepts"] == ["0", "1", "1"]
    assert rows["article stages: gate ≥ 0.90"] == ["0", "1", "1"]
    assert rows["pair model: ≥ 0.50"] == ["1", "0", "1"]
    assert rows["span across units"] == ["1", "0", "1"]


def test_a_miss_is_the_link_judges_where_a_claim_it_was_given_held_both_spans(bench_script):
    stages = bench_script("miss_stages")
    given = [[0, 4, 7], [2, 5]]
    assert stages.judged_out([4], [7, 9], given)
    assert not stages.judged_out([4], [5], given)
    assert not stages.judged_out([1], [3], given)
