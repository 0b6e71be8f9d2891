"""bench/unknown_count_links.py: the judged links and the close sentence pairs of two made-up reports of one event the
veto of a count not known beside the count given parts."""
from __future__ import annotations

import json


def test_a_judged_link_of_a_count_not_known_beside_the_count_is_counted_by_verdict(bench_script, tmp_path,
                                                                                    judged_file, set_document):
    links = bench_script("unknown_count_links")
    a = set_document("1_a.txt", "It is unclear how many Americans were on board the flight. The flight left Kabul.")
    b = set_document("1_b.txt", "150 Americans were on board the flight out of Kabul.")
    unknown, left = (0, a.index(".") + 1), (a.index("The"), len(a))
    judged = judged_file([
        ["gvaT", "1_a.txt", *unknown, "1_b.txt", 0, len(b), "W", "another detail of the incident"],
        ["gvaT", "1_a.txt", *left, "1_b.txt", 0, len(b), "P", ""],
    ])
    base = tmp_path / "base"
    base.mkdir()
    (base / "gvaT.json").write_text(json.dumps({"documents": [], "claims": []}), encoding="utf-8")
    lines = links.judged_counts(tmp_path, base, [judged], show=False)
    assert [line.split() for line in lines] == [["not", "made", "W", "detail", "1"]]


def test_close_pairs_part_the_count_not_known_and_keep_two_not_knowing(bench_script):
    from viewer.analysis.nlp import english

    links, nlp = bench_script("unknown_count_links"), english()
    unknown = nlp("It is unclear how many Americans were on board the Qatar flight.")
    counted = nlp("Officials said 150 Americans were on board the Qatar flight.")
    also_unknown = nlp("Officials would not say how many Americans were on board the Qatar flight.")
    assert links.close_pairs([unknown, counted], 2)
    assert not links.close_pairs([unknown, also_unknown], 2)
