"""bench/study_methods.py: the study's-method reading session 76 measured and did not build, read on made-up
sentences of one study's report."""
from __future__ import annotations

from viewer.analysis.nlp import english

_METHOD = "Researchers at the state health agency analyzed hospital records of 12,000 patients to study the risk."
_FINDING = "The new variant doubles the risk of a hospital stay, a state study says."
_BOTH = "The study examined hospital records of 12,000 patients, finding that the new variant doubles the risk."


def test_a_method_is_parted_from_the_finding(bench_script):
    methods, nlp = bench_script("study_methods"), english()
    assert methods.tells_method(nlp(_METHOD))
    assert methods.parted(nlp(_METHOD), nlp(_FINDING))


def test_a_method_told_with_its_finding_is_neither_a_method_nor_parted(bench_script):
    methods, nlp = bench_script("study_methods"), english()
    assert not methods.tells_method(nlp(_BOTH))
    assert not methods.parted(nlp(_METHOD), nlp(_BOTH))
