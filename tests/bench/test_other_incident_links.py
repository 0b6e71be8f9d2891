"""bench/other_incident_links.py: judged links filed by the signs that their sides tell two incidents, on made-up
judged rows and articles."""
from __future__ import annotations


def test_judged_links_are_filed_by_sign(bench_script, tmp_path, judged_file):
    links = bench_script("other_incident_links")
    docs = tmp_path / "sets" / "gvaT" / "docs"
    docs.mkdir(parents=True)
    a = "A 15-year-old boy was shot in the Lawndale neighborhood on Monday."
    b = "A 15-year-old boy was shot in the Park Manor neighborhood on Monday. Last year, a boy was shot there too."
    (docs / "1_a.txt").write_text(a, encoding="utf-8")
    (docs / "1_b.txt").write_text(b, encoding="utf-8")
    split = b.index("Last year")
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, split - 1, "W", "another incident"],
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", split, len(b), "P", ""],
    ])
    assert links.judged_counts(tmp_path, [judged], show=False) == [
        "classed another incident                      R 0  P 0  W 1  U 0",
        "neighbourhoods apart                          R 0  P 0  W 1  U 0",
        "one marked: an earlier time                   R 0  P 1  W 0  U 0"]
