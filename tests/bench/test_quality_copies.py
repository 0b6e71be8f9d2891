"""bench/quality.py prints each set's link figures again without the links between two copies of one story."""
from __future__ import annotations

import csv


def _export() -> dict:
    """d2 repeats d1 (the import's near-duplicate flag); d3 tells the story in its own words; d4 another event."""
    texts = {"a.txt": "Fire hit. Three hurt.", "b.txt": "Fire hit. Three hurt.", "c.txt": "A fire hit. 3 hurt.",
             "d.txt": "Storm came. Three hurt."}
    documents = [{"id": f"d{i}", "source": {"path": name}, "text": text, "near_duplicate_of": "d1" if i == 2 else None}
                 for i, (name, text) in enumerate(texts.items(), start=1)]
    fire = [{"document": "d1", "start": 0, "end": 9}, {"document": "d2", "start": 0, "end": 9},
            {"document": "d3", "start": 0, "end": 11}]
    hurt = [{"document": "d1", "start": 10, "end": 21}, {"document": "d2", "start": 10, "end": 21},
            {"document": "d4", "start": 12, "end": 23}]
    return {"documents": documents, "claims": [{"mentions": fire}, {"mentions": hurt}]}


EVENTS = {"documents": {n: {"event": "storm" if n == "d.txt" else "fire", "sentences": []}
                        for n in ("a.txt", "b.txt", "c.txt", "d.txt")}}


def test_links_between_near_duplicate_copies_are_left_out_of_the_second_figures(bench_script):
    quality = bench_script("quality")
    export = _export()
    copies = quality.copy_pairs(export)
    assert copies == {frozenset(("a.txt", "b.txt"))}
    before = quality.judged(export, EVENTS, set())
    after = quality.judged(export, EVENTS, set(), copies)
    assert "6 links" in before[0] and "4 links" in after[0]  # the two links d1–d2 are gone
    assert before[1].endswith("(3 of 3)") and after[1].endswith("(2 of 2)")  # the pair of copies is no pair to find
    assert before[2].startswith("links across events 0.333 (2;") and after[2].startswith("links across events 0.500 (2;")


def test_hand_judged_links_are_matched_by_their_files_and_texts_in_either_order(bench_script, tmp_path):
    quality = bench_script("quality")
    judged = tmp_path / "judged.tsv"
    with judged.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["file_a", "text_a", "file_b", "text_b", "verdict"])
        w.writerow(["a.txt", "Fire hit.", "b.txt", "Fire hit.", "R"])
        w.writerow(["c.txt", "A fire hit.", "a.txt", "Fire hit.", "P"])  # written the other way round
        w.writerow(["a.txt", "Three hurt.", "d.txt", "Three hurt.", "W"])
    verdicts = quality.read_judged(judged)
    export = _export()
    assert quality.hand_judged(export, verdicts) == (
        "hand-judged link precision 0.667 (2 right, 1 wrong, 0 unsure, 3 not judged of 6 links)")
    assert quality.hand_judged(export, verdicts, quality.copy_pairs(export)) == (
        "hand-judged link precision 0.500 (1 right, 1 wrong, 0 unsure, 2 not judged of 4 links)")


def _sentences(*chains: list[str]) -> list[dict]:
    """Sentences of 10 characters, the k-th annotated with the k-th chains."""
    return [{"n": k, "start": 10 * k, "end": 10 * k + 10, "annotated": True, "chains": c} for k, c in enumerate(chains)]


def test_wrong_links_are_counted_by_kind_and_by_whether_they_lie_past_the_lead(bench_script):
    """a and b report one event of a topic, c its twin, e another topic's event: a–b's lead link is right,
    their deep link joins two actions, a–c is a twin link past both leads, a–e a link across topics."""
    quality = bench_script("quality")
    names = ("a.txt", "b.txt", "c.txt", "e.txt")
    documents = [{"id": f"d{i}", "source": {"path": n}, "text": "x" * 60} for i, n in enumerate(names, start=1)]
    lead, deep = {"start": 0, "end": 9}, {"start": 50, "end": 59}
    claims = [{"mentions": [{"document": "d1", **lead}, {"document": "d2", **lead}]},
              {"mentions": [{"document": "d1", **deep}, {"document": "d2", **deep}, {"document": "d3", **deep}]},
              {"mentions": [{"document": "d1", **lead}, {"document": "d4", **lead}]}]
    chains = _sentences(["fire"], [], [], [], [], ["arrest"])
    events = {"documents": {
        "a.txt": {"event": "1a", "topic": 1, "sentences": chains},
        "b.txt": {"event": "1a", "topic": 1, "sentences": chains[:5] + _sentences(*[[]] * 5, ["charge"])[5:]},
        "c.txt": {"event": "1b", "topic": 1, "sentences": chains},
        "e.txt": {"event": "2a", "topic": 2, "sentences": chains},
    }}
    export = {"documents": documents, "claims": claims}
    assert quality.wrong_kinds(export, events, set()) == (
        "wrong links by kind: 2 twin events of one topic (2 both past the lead),"
        " 1 another topic (0 both past the lead), 1 one event, another action (1 both past the lead)")
    assert quality.wrong_kinds(export, {"documents": {n: {"event": "x", "sentences": []} for n in names}}, set()) == ""


def test_hand_judged_links_given_by_span_are_matched_by_their_spans_alone(bench_script, tmp_path):
    """d1 says "Three hurt." once; a judgement of d4's second "Three hurt." says nothing of its first."""
    quality = bench_script("quality")
    export = _export()
    export["documents"][3]["text"] = "Three hurt. Three hurt."
    export["claims"].append({"mentions": [{"document": "d1", "start": 10, "end": 21}, {"document": "d4", "start": 0, "end": 11}]})
    judged = tmp_path / "judged.tsv"
    with judged.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "verdict"])
        w.writerow(["fires", "a.txt", 0, 9, "b.txt", 0, 9, "R"])
        w.writerow(["fires", "d.txt", 12, 23, "a.txt", 10, 21, "W"])  # written the other way round
    verdicts = quality.read_judged(judged)
    assert quality.hand_judged(export, verdicts) == (
        "hand-judged link precision 0.500 (1 right, 1 wrong, 0 unsure, 5 not judged of 7 links)")


def test_a_set_the_judged_list_holds_no_link_of_prints_no_hand_judged_figure(bench_script, tmp_path):
    quality = bench_script("quality")
    verdicts = {("x.txt", "Flood rose.", "y.txt", "Flood rose."): "R"}
    assert quality.hand_judged(_export(), verdicts) == ""


def test_a_rejudged_file_beside_the_judged_files_overrides_their_verdicts(bench_script, tmp_path):
    """A link read again under a later standard (``*_rejudged.tsv``, its ``new_verdict``) counts with the new verdict
    wherever the old file is read; ``--old-verdicts`` (leaving the re-judged files out) gives the first figures."""
    quality = bench_script("quality")
    old = tmp_path / "links1.tsv"
    with old.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "verdict"])
        w.writerow(["s", "a.txt", 0, 9, "c.txt", 0, 11, "P"])
        w.writerow(["s", "a.txt", 10, 21, "d.txt", 12, 23, "R"])
    again = tmp_path / "stage_rejudged.tsv"
    with again.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "old_file", "old_verdict",
                    "new_verdict", "reason"])
        w.writerow(["s", "d.txt", 12, 23, "a.txt", 10, 21, "links1.tsv", "R", "W", "another incident"])
    assert quality.rejudged_beside([old]) == [again]
    export = _export()
    first = quality.hand_judged(export, quality.read_verdicts([old]))
    now = quality.hand_judged(export, quality.read_verdicts([old] + quality.rejudged_beside([old])))
    assert first.startswith("hand-judged link precision 1.000 (2 right, 0 wrong")
    assert now.startswith("hand-judged link precision 0.500 (1 right, 1 wrong")
