"""bench/act_day_pairs.py: judged links whose two sides both date a main act, filed by how far apart their days are."""
from __future__ import annotations

_IDENTIFIED = "On February 11, detectives identified five suspects in the Manassas home invasion."
_WARRANTS = "On February 18, detectives obtained warrants for a sixth suspect in the Manassas home invasion."
_NEXT_DAY = "On February 12, detectives identified five suspects in the Manassas home invasion."
_SAME_DAY = "Detectives identified five suspects in the Manassas home invasion on Feb. 11."
_UNDATED = "Detectives identified five suspects in the Manassas home invasion."


def test_judged_links_are_filed_by_the_gap_between_their_days(bench_script, tmp_path, judged_file, set_document):
    pairs = bench_script("act_day_pairs")
    texts = {name: set_document(name, text) for name, text in
             (("1_a.txt", _IDENTIFIED), ("1_b.txt", _WARRANTS), ("1_c.txt", _NEXT_DAY), ("1_d.txt", _UNDATED),
                                      ("1_e.txt", _SAME_DAY))}
    rows = [["gvaT", "1_a.txt", 0, len(texts["1_a.txt"]), name, 0, len(texts[name]), verdict, ""]
            for name, verdict in (("1_b.txt", "W"), ("1_c.txt", "R"), ("1_d.txt", "R"), ("1_e.txt", "R"))]
    base = tmp_path / "base"
    base.mkdir()
    lines = pairs.judged_counts(tmp_path, base, [judged_file(rows)], show=False)
    assert lines == ["a day apart    not made  R 1", "further apart  not made  W 1", "same day       not made  R 1"]
