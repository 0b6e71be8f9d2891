"""bench/patient_links.py: the judged links whose two units name the people one kind of act is done to with no name
shared, on made-up judged rows and articles; and the crawl counter's reading of a report's sentences."""
from __future__ import annotations

_CHARGE = "was charged with assault with a deadly weapon with intent to kill."


def test_judged_links_naming_different_people_are_counted_parted(bench_script, tmp_path, judged_file, set_document):
    patients = bench_script("patient_links")
    a = set_document("1_a.txt", f"Patrick Christopher Rucker {_CHARGE}")
    b = set_document("1_b.txt", f"Robert Strong {_CHARGE} Patrick Rucker {_CHARGE}")
    split = b.index("Patrick")
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, split - 1, "W", "another person"],
        ["gvaT", "1_a.txt", 0, len(a), "1_b.txt", split, len(b), "R", ""],
    ])
    lines = patients.judged_counts(tmp_path, [judged], None, show=False)
    assert lines == ["judged links: 2", "  named both: R 1 W 1", "  parted: W 1"]


def test_a_report_naming_two_men_charged_apart_names_several(bench_script):
    from viewer.analysis.nlp import english

    patients = bench_script("patient_links")
    report = {"title": "Two men charged", "text": f"Police said Robert Strong {_CHARGE} Police said Patrick Rucker "
                                                  f"{_CHARGE}"}
    sentences = patients.report_sentences(report, english())
    assert [found for _text, found in sentences if found] == [[["stage", "robert", "strong"]],
                                                              [["stage", "patrick", "rucker"]]]
    assert patients.several(sentences)
