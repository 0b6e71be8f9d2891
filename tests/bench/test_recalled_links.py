"""bench/recalled_links.py: the judged links one side of which tells a shooting it dates before its report's time,
counted by how far the reading goes, on made-up judged rows and articles."""
from __future__ import annotations


def test_judged_links_beside_a_recalled_shooting_are_counted_parted(bench_script, tmp_path, judged_file, set_document):
    recalled = bench_script("recalled_links")
    this = "Four other people were seriously wounded in a shooting Monday night."
    a = set_document("1_a.txt", this)
    b = set_document("1_b.txt", f"{this} Last year, four men were wounded in a shooting on the same block.")
    split = b.index("Last")
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", split, len(b), "W", "another incident"],
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, split - 1, "R", ""],
    ])
    lines = recalled.judged_counts(tmp_path, [judged], None, show=False)
    assert lines == ["judged links with a past time on a side: 1", "  a past time in a passage: R 0 P 0 W 1 U 0",
                     "  one side dates its main act so: R 0 P 0 W 1 U 0", "  parted: R 0 P 0 W 1 U 0"]


def test_a_passage_of_many_incidents_beside_one_is_counted(bench_script, tmp_path, judged_file, set_document):
    recalled = bench_script("recalled_links")
    a = set_document("1_a.txt", "Three children have been killed in shootings in the city this year.")
    b = set_document("1_b.txt", "A boy was shot on Elm Street on Monday.")
    judged = judged_file([["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, len(b), "W", "another incident"]])
    assert recalled.many_counts(tmp_path, [judged], None) == ["  many incidents beside one: R 0 P 0 W 1 U 0",
                                                             "  a year's count beside one: R 0 P 0 W 1 U 0"]
