"""bench/newcomer_links.py: the judged links of one more person beside fewer people counted, on made-up judged rows and
articles."""
from __future__ import annotations

_FOUR = "The four victims were transported to local hospitals with non-life threatening wounds."
_FIFTH = "A fifth person with non-life threatening wounds was found later at a local hospital."
_FIVE = "Five people were taken to local hospitals with non-life threatening wounds."


def test_a_newcomer_beside_fewer_counted_is_parted_and_beside_as_many_is_not(bench_script, tmp_path, judged_file,
                                                                             set_document):
    newcomers = bench_script("newcomer_links")
    a = set_document("1_a.txt", f"{_FOUR} {_FIVE}")
    b = set_document("1_b.txt", _FIFTH)
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(_FOUR), "1_b.txt", 0, len(b), "W", "another person"],
        ["gvaT", "1_a.txt", len(_FOUR) + 1, len(a), "1_b.txt", 0, len(b), "P", ""],
    ])
    lines = newcomers.judged_counts(tmp_path, [judged], None, show=False)
    assert lines[::2] == ["a newcomer: R 0 P 1 W 1 U 0", "beside a group: R 0 P 1 W 1 U 0", "parted: R 0 P 0 W 1 U 0"]
