"""bench/incident_day_links.py: judged links, exports' linked pairs and ECB+ topics' pairs filed by the two
documents' lede days, on made-up articles."""
from __future__ import annotations

SATURDAY = "Five shot in Atlanta\n\nFive people were shot Saturday afternoon in Atlanta. Police came."
WEDNESDAY = "Five shot in Atlanta\n\nFive people were shot Wednesday afternoon in Atlanta. Police came."
UNDATED = "Five shot in Atlanta\n\nFive people were shot in Atlanta. Police came."


def test_judged_links_are_filed_by_lede_days(bench_script, tmp_path, judged_file, event_docs):
    links = bench_script("incident_day_links")
    event_docs("gvaT", {"1_a.txt": SATURDAY, "2_b.txt": WEDNESDAY, "1_c.txt": UNDATED}, {})
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, 10, "2_b.txt", 0, 10, "W", "another incident"],
        ["gvaT", "1_a.txt", 0, 10, "1_c.txt", 0, 10, "R", ""],
    ])
    assert links.judged_counts(tmp_path, [judged], show=False) == [
        "judged links, lede days apart    : R 0  P 0  W 1  U 0",
        "judged links, lede days not both : R 1  P 0  W 0  U 0"]


def test_exports_and_topics_are_filed_by_event_and_lede_days(bench_script, tmp_path, event_docs, one_claim_export):
    links = bench_script("incident_day_links")
    docs = event_docs("gvaT", {"1_a.txt": SATURDAY, "2_b.txt": WEDNESDAY, "1_c.txt": UNDATED},
                {"1_a.txt": {"event": "1", "topic": 1}, "2_b.txt": {"event": "2", "topic": 1},
                 "1_c.txt": {"event": "1", "topic": 1}})
    out = one_claim_export("gvaT", docs, ["1_a.txt", "2_b.txt", "1_c.txt"])
    assert links.export_counts(tmp_path, out, ["gvaT"]) == [
        "gvaT: one event not both 1 pairs/1 links; two events apart 1 pairs/1 links; two events not both 1 pairs/1 links"]
    assert links.topic_pairs(tmp_path, "gvaT") == [
        "gvaT document pairs of one topic, one event, lede days not both: 1",
        "gvaT document pairs of one topic, two events, lede days apart: 1",
        "gvaT document pairs of one topic, two events, lede days not both: 1"]
