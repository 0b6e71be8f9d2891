"""bench/residence_links.py: the judged links with a side telling where someone lives, parted or kept, on made-up
judged rows and articles."""
from __future__ import annotations


def test_judged_links_are_filed_parted_or_kept(bench_script, tmp_path, judged_file, set_document):
    residence = bench_script("residence_links")
    a = set_document("1_a.txt", "Luke lived at the house on Elm Road with his father and uncle, both of whom were "
                                "stabbed on Saturday.")
    b = set_document("1_b.txt", "Two men were stabbed inside a house on Elm Road on Saturday. "
                                "Luke lived on Elm Road with his father and his uncle.")
    split = b.index("Luke lived")
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, split - 1, "W", "another detail of the incident"],
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", split, len(b), "P", ""],
    ])
    lines = residence.judged_counts(tmp_path, [judged], base=None, show=False)
    assert lines == ["judged links with a residence side: 2", "  parted: W 1", "  kept: P 1"]
