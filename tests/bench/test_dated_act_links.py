"""bench/dated_act_links.py: judged links, pooled report pairs, exports' linked pairs and ECB+ topics' pairs filed by
the acts the two documents' ledes date, on made-up articles."""
from __future__ import annotations

TUESDAY = "Biden sets vaccination goal\n\nPresident Joe Biden announced a new vaccination goal on Tuesday. It is bold."
THURSDAY = "Biden sets vaccine rules\n\nPresident Joe Biden on Thursday announced new rules for federal workers. They bite."
UNDATED = "Biden sets vaccination goal\n\nPresident Joe Biden announced a new vaccination goal. It is bold."
EVENTS = {"6073_left.txt": {"event": "6073", "topic": 1}, "5822_left.txt": {"event": "5822", "topic": 1},
          "6073_right.txt": {"event": "6073", "topic": 1}}


def _texts() -> dict[str, str]:
    return {"6073_left.txt": TUESDAY, "5822_left.txt": THURSDAY, "6073_right.txt": UNDATED}


def test_judged_links_are_filed_by_lede_acts(bench_script, tmp_path, judged_file, event_docs):
    links = bench_script("dated_act_links")
    event_docs("allsidesK", _texts(), {})
    judged = judged_file([
        ["allsidesK", "6073_left.txt", 0, 10, "5822_left.txt", 0, 10, "W", "another incident"],
        ["allsidesK", "6073_left.txt", 0, 10, "6073_right.txt", 0, 10, "R", ""],
    ])
    assert links.judged_counts(tmp_path, [judged], show=False) == [
        "judged links, lede acts apart    : R 0  P 0  W 1  U 0",
        "judged links, lede acts not both : R 1  P 0  W 0  U 0"]


def test_pooled_pairs_exports_and_topics_are_filed_by_story_and_lede_acts(bench_script, tmp_path, event_docs,
                                                                        one_claim_export):
    links = bench_script("dated_act_links")
    docs = event_docs("allsidesK", _texts(), EVENTS)
    assert links.act_class(docs / "6073_left.txt", docs / "5822_left.txt", wide=True) == "apart"
    assert links.pooled_pairs(tmp_path, ["allsidesK"], show=False) == [
        "allsides (3 reports) one story: apart 0  alike 0  not both 1",
        "allsides (3 reports) two stories: apart 1  alike 0  not both 1"]
    out = one_claim_export("allsidesK", docs, list(EVENTS))
    assert links.export_counts(tmp_path, out, ["allsidesK"]) == [
        "allsidesK: one story not both 1 pairs/1 links; two stories apart 1 pairs/1 links; two stories not both 1 pairs/1 links"]
    assert links.topic_pairs(tmp_path, "allsidesK") == [
        "allsidesK document pairs of one topic, one event, lede acts not both: 1",
        "allsidesK document pairs of one topic, two events, lede acts apart: 1",
        "allsidesK document pairs of one topic, two events, lede acts not both: 1"]
