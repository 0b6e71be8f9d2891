"""The repeat count splits a wording met again into repeats inside one document and across documents."""
from __future__ import annotations


def test_a_wording_met_again_counts_once_as_distinct_and_where_it_repeats(bench_script):
    repeats = bench_script("wording_repeats").repeats
    found = [(1, "Police said two men were shot."), (1, "Police said two men were shot."), (1, "A man was arrested."),
             (2, "Police said two men were shot."), (2, "The victims are recovering.")]
    seen, inside, across = repeats(found)
    assert list(seen) == ["Police said two men were shot.", "A man was arrested.", "The victims are recovering."]
    assert (inside, across) == (1, 1)
    assert seen["Police said two men were shot."] == 1
