"""bench/carried_lines.py and bench/carried_sign.py read where a "stated as fact" line's fact stands after the
nearest sentence naming a source, and carried_sign fits its sign on an annotation laid out as PolNeAR's."""
from __future__ import annotations

import json

SOURCE = "Police said a man fired into a crowd on Main Street."
BETWEEN = "The crowd ran."
FACT = "Two people were taken to a hospital."
TEXT = f"Shooting on Main Street\n{SOURCE} {BETWEEN}\n{FACT} They are expected to recover."


def test_the_nearest_source_sentence_before_the_fact_and_what_stands_between(bench_script):
    lines = bench_script("carried_lines")
    fact = {"start": TEXT.index(FACT), "end": TEXT.index(FACT) + len(FACT)}
    row = lines.row(fact, TEXT, [], "Springfield police")
    assert (row["back"], row["breaks"], row["src"], row["between"]) == (2, 1, "S", "-")
    assert row["near"] == "forces"  # "Police" and the partner's "Springfield police" are both a force's
    assert (row["opens"], row["para_len"], row["src_quoted"]) == (1, 2, 0)


def test_a_lede_with_no_source_before_it_has_none(bench_script):
    lines = bench_script("carried_lines")
    start = TEXT.index(SOURCE)
    row = lines.row({"start": start, "end": start + 10}, TEXT, [], "police")
    assert (row["back"], row["src"], row["near"]) == (0, ".", ".")


def test_the_partners_source_is_read_from_the_lines_explanation(bench_script):
    lines = bench_script("carried_lines")
    assert lines.partner_source("stated as fact: 'A man…' vs attributed to Fort Wayne police: 'A man … said.'") \
        == "Fort Wayne police"
    assert lines.partner_source("stated as fact: 'A man…' vs attributed (quoted): '…'") == ""


def _spans(text: str, *parts: str) -> list[list[int]]:
    return [[text.index(p), text.index(p) + len(p)] for p in parts]


def test_polnear_rows_label_a_sentence_the_source_sentences_content_holds(bench_script, tmp_path):
    sign = bench_script("carried_sign")
    held, own = "He fled in a red car.", "The street reopened at noon."
    text = f"{SOURCE} {held}\n{own}"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    cue = text.index("said")
    gold = {"documents": [{"name": "a.txt", "sentences": _spans(text, SOURCE, held, own)}],
            "attributions": [{"doc": "a.txt", "cue": [[cue, cue + 4]],
                              "content": [[cue + 5, text.index(held) + len(held)]]}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = sign.polnear_rows(tmp_path, 6)
    x, y = (a + b for a, b in zip(rows["fit"], rows["check"]))
    assert y == [1, 0]  # the next sentence is carried, the one across the break is the outlet's own
    at = {k: i for i, k in enumerate(sign.SIGNS)}
    assert [r[at["near"]] for r in x] == [1.0, 0.5] and [r[at["break"]] for r in x] == [0.0, 1.0]
    assert all(r[at["src_force"]] == 1.0 for r in x)  # "Police said…" names a force


def test_auc_counts_ties_half(bench_script):
    sign = bench_script("carried_sign")
    assert sign.auc([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0]) == 0.875
