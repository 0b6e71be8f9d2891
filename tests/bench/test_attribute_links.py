"""bench/attribute_links.py: the judged links with a side telling an attribute of a thing of the shooting, parted or
kept, on made-up judged rows and articles."""
from __future__ import annotations


def test_judged_links_are_filed_parted_or_kept(bench_script, tmp_path, judged_file, set_document):
    attribute = bench_script("attribute_links")
    a = set_document("1_a.txt", "The gun used in the shooting of a Marlow boy, 7, was legally bought, police said.")
    b = set_document("1_b.txt", "Police say a 7-year-old Marlow boy found a gun and accidentally shot himself. "
                                "Police said the father had legally bought the gun.")
    split = b.index("Police said the father")
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, split - 1, "W", "another detail of the incident"],
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", split, len(b), "P", ""],
    ])
    lines = attribute.judged_counts(tmp_path, [judged], show=False)
    assert lines == ["judged links with an attribute side: 2", "  parted: W 1", "  kept: P 1"]
