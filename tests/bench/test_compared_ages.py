"""bench/compared_ages.py: the judged links the age readings of session 65 part, on a made-up judged row between a
report telling "the older man" and one saying "The second man was 19 years old"."""
from __future__ import annotations

from dataclasses import replace

_A = "A 52-year-old man and a 19-year-old man were taken to Mercy Hospital. The older man was shot in the leg."
_B = "Two men were shot on Elm Street. The second man was 19 years old and was shot in the leg."


def test_a_judged_link_the_readings_part_is_counted_newly_parted(bench_script, judged_file, set_document, tmp_path):
    ages = bench_script("compared_ages")
    set_document("1_a.txt", _A)
    set_document("1_b.txt", _B)
    a, b = _A.index("The older"), _B.index("The second")
    judged = judged_file([["gvaT", "1_a.txt", a, len(_A), "1_b.txt", b, len(_B), "W", "another person"]])
    after = ages.judged_units(tmp_path, [judged])
    [(_key, _row, older, second)] = after
    assert (older.unnamed_ages, second.unnamed_ages) == ([52], [19])
    before = [(key, row, replace(x, unnamed_ages=[]), replace(y, unnamed_ages=[])) for key, row, x, y in after]
    lines = ages.judged_changes(before, after, None)
    assert lines[-1] == "newly parted: W 1"
    assert ages.judged_changes(after, after, None) == []
