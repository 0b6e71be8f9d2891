"""bench/study_methods.py: the close sentence pairs of two reports of one study that the method veto parts."""
from __future__ import annotations

from viewer.analysis.nlp import english

_METHOD = ("State study weighs variant risk. Researchers at the state health agency analyzed hospital records of "
           "20,000 patients to estimate the risk of hospital admission.")
_FINDING = "The new variant doubles the risk of hospital admission, a state study of 20,000 patients says."
_BOTH = ("The state study examined hospital records of 20,000 patients, finding that the new variant doubles the risk "
         "of hospital admission.")


def test_the_method_is_parted_from_the_finding(bench_script):
    nlp = english()
    pairs = bench_script("study_methods").close_pairs([nlp(_METHOD), nlp(_FINDING)], 2)
    assert [a.startswith("Researchers") for a, _b in pairs] == [True]


def test_the_method_told_with_its_finding_is_parted_from_nothing(bench_script):
    nlp = english()
    assert bench_script("study_methods").close_pairs([nlp(_BOTH), nlp(_FINDING)], 2) == []
