"""bench/pronoun_patients.py: the judged links a pronoun patient read as the person it stands for newly parts, on
made-up judged rows and articles."""
from __future__ import annotations

_NAMED = "Lamont Wilkerson was charged with murder and first-degree burglary."
_OTHER = "Officers arrested Ronald Staley at a home nearby. He is charged with murder and first-degree burglary."
_SAME = "Officers arrested Lamont Wilkerson at a home nearby. He is charged with murder and first-degree burglary."


def test_a_pronoun_read_as_another_man_parts_and_as_the_same_man_does_not(bench_script, tmp_path, judged_file,
                                                                          set_document):
    pronouns = bench_script("pronoun_patients")
    set_document("1_a.txt", _NAMED)
    set_document("1_b.txt", _OTHER)
    set_document("1_c.txt", _SAME)
    start = _OTHER.index("He")
    judged = judged_file([
        ["gvaT", "1_a.txt", 0, len(_NAMED), "1_b.txt", start, len(_OTHER), "W", "another person"],
        ["gvaT", "1_a.txt", 0, len(_NAMED), "1_c.txt", start, len(_SAME), "R", ""],
    ])
    lines = pronouns.judged_counts(tmp_path, [judged], None, show=False)
    assert lines == ["newly parted: W another person 1", "pronoun read: R 1", "pronoun read: W another person 1"]
