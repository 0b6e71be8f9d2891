"""bench/incident_pairs.py: the judged links an export makes, grouped by their two reports, so a report-level gate's
most is read: only W in a report pair holding no right link could be taken."""
from __future__ import annotations


def test_wrong_links_beside_a_right_one_of_the_same_reports_are_out_of_a_gates_reach(bench_script, judged_file):
    pairs = bench_script("incident_pairs")
    wound_links = bench_script("wound_links")
    rows = wound_links.judged_rows([judged_file([
        ["gvaT", "1_a.txt", 0, 10, "1_b.txt", 0, 10, "R", ""],
        ["gvaT", "1_a.txt", 20, 30, "1_b.txt", 20, 30, "W", "another incident"],
        ["gvaT", "2_a.txt", 0, 10, "3_a.txt", 0, 10, "W", "another incident"],
        ["gvaT", "2_a.txt", 20, 30, "3_a.txt", 20, 30, "W", "another person"],
    ])])
    made = set(list(rows)[:3])
    out = pairs.lines(pairs.report_pairs(rows, made))
    assert "  in pairs also holding a right link made: {'one GVA incident': 1}; in pairs holding none: " \
           "{'two GVA incidents': 1}" in out
    assert "links made between reports of two GVA incidents (gva sets): {'W': 1}" in out
    assert out[-1].endswith("(the most a report-level gate can take): 1, by class {'another incident': 1}")
