"""bench/rootless_clauses.py counts the clauses the units refuse though a finite verb is tagged in them."""
from __future__ import annotations

TEXT = ("Police said a man was shot on Main Street on Friday night.\n\n"
        "Court records state that he threatened a 16-year-old with the gun.\n")


def test_a_report_whose_root_is_tagged_a_noun_is_counted_over_its_noted_span(bench_script):
    rootless = bench_script("rootless_clauses")
    start = TEXT.index("Court")
    shown: list[str] = []
    counts = rootless.document_counts(TEXT, [(start, len(TEXT))], shown)
    assert counts["clauses"] == 2
    assert counts["finite verb, no verb root, own subject, over a noted span"] == 1
    assert shown == ["+ Court records state that he threatened a 16-year-old with the gun."]


def test_a_relative_clause_piece_has_no_subject_of_its_own(bench_script):
    from viewer.analysis.nlp import english

    rootless = bench_script("rootless_clauses")
    doc = english()("a 25-year-old man who suffered a graze wound to the abdomen")
    assert not rootless.own_subject(doc[:])
