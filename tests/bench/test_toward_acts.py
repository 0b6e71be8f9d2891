"""bench/toward_acts.py: the reading of a gerund after "toward" as an intended act, which the linker no longer reads,
counted on two made-up reports of one event."""
from __future__ import annotations

_PATH = ("Marlow Democrats clear path toward passing budget bill\n\n"
         "Marlow Democrats cleared a path toward passing the budget bill on Tuesday.")
_PASSED = ("Marlow council passes budget bill\n\n"
           "The Marlow council passed the budget bill on Tuesday, 7 to 2.")


def test_the_toward_reading_alone_parts_the_path_from_the_passing(bench_script, set_document, tmp_path):
    toward = bench_script("toward_acts")
    set_document("1_a.txt", _PATH, "basil")
    set_document("1_b.txt", _PASSED, "basil")
    lines = toward.set_counts(tmp_path, ["basil"])
    assert lines[-1] == "basil: toward-only intended acts 1, parted by the toward reading alone 1"
    assert any("parted from 'Marlow council passes budget bill" in line for line in lines)


def test_a_way_run_toward_a_place_is_no_act(bench_script):
    from viewer.analysis.nlp import english

    toward, nlp = bench_script("toward_acts"), english()
    assert toward.toward_acts(nlp("The two men ran toward the river after the shooting.")[:]) == []
    assert toward.toward_acts(nlp("Marlow Democrats cleared a path toward passing the budget bill.")[:]) == ["pass"]
