"""bench/same_figure_pairs.py: the figure and source signs read on made-up sentences, the table by source and verdict,
and the stage printouts read back."""
import numpy as np
import pytest

from tests.conftest import features_of


_CLAIMS = "Weekly jobless claims rose by 37,000 to 412,000 last week, the Labor Department said Thursday."
_FILINGS = ("The number of Americans filing new claims for unemployment benefits jumped to 412,000 last week, the Labor "
            "Department said on Thursday.")


@pytest.fixture
def pairs(bench_script):
    return bench_script("same_figure_pairs")


def test_one_rare_figure_and_one_cited_source_are_read_on_both_sides(pairs):
    found = pairs.signs(features_of(_CLAIMS), features_of(_FILINGS))
    assert found == {"same figure": True, "same thing": False, "rare figure": True, "same source": True}


@pytest.mark.parametrize("a, b, sign, held", [
    ("America's employers added 266,000 jobs last month.", "The economy added only 266,000 jobs in April.",
     "same thing", True),
    ("America's employers added 266,000 jobs last month.", "The economy added only 266,000 jobs in April.",
     "rare figure", True),
    ("Police said 1,000 people marched on Sunday.", "Organisers said 1,000 people marched on Sunday.", "rare figure", False),
    ("The COVID-19 vaccine is 90% effective.", "COVID-19 cases fell in the state.", "rare figure", False),
    ("Police said 1,000 people marched on Sunday.", "Organisers said 1,000 people marched on Sunday.", "same source", False),
])
def test_each_sign_reads_what_it_names(pairs, a, b, sign, held):
    assert pairs.signs(features_of(a), features_of(b))[sign] is held


def test_links_and_misses_are_counted_by_source_sign_and_verdict(pairs, judged_made, tmp_path):
    data, _base, files = judged_made("allsidesZ", [(_CLAIMS, _FILINGS, "P"),
                                                   ("The storm closed 40 schools.", "Schools reopened on Monday.", "W")])
    misses = tmp_path / "misses.tsv"
    misses.write_text("set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\n"
                      f"allsidesZ\t0a.txt\t0\t{len(_CLAIMS)}\t0b.txt\t0\t{len(_FILINGS)}\n", encoding="utf-8")
    stages = tmp_path / "reasons.txt"
    stages.write_text("=== pair model / (missed: the reports share no claim)\n"
                      "--- 1 pair model alone 0.56, linker 0.56, span across units False, story gate 1.000\n"
                      f"  noted [0a.txt] {_CLAIMS}\n", encoding="utf-8")
    table = pairs.counted(pairs.judged_and_noted(data, files, [misses]), pairs.lost_stages([stages]), show=False)
    rows = {" ".join(line.split()[1:-4]): line.split()[-4:] for line in table[1:]}
    assert rows["all"] == ["0", "1", "1", "1"]
    assert rows["rare figure"] == ["0", "1", "0", "1"]
    assert rows["lost: pair model, pair ≥ 0.50"] == ["0", "0", "0", "1"]


def test_a_sign_every_paraphrase_holds_is_fitted_a_positive_weight(pairs):
    offset = np.zeros(200)
    labels = np.array([1, 0] * 100)
    sign = labels.astype(float)
    shift, weight = pairs.sign_fit(offset, sign, labels)
    assert weight > 1 and shift < 0
