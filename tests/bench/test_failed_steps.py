"""bench/failed_steps.py: the close sentence pairs of two made-up reports of one event the failure veto parts."""
from viewer.analysis.nlp import english


def test_a_failure_is_parted_from_the_vote_before_it_and_kept_with_its_retelling(bench_script, tmp_path):
    steps = bench_script("failed_steps")
    docs = tmp_path / "sets" / "made" / "docs"
    docs.mkdir(parents=True)
    (docs / "1_a.txt").write_text("Marlow budget veto stands\n\nMarlow lawmakers failed to override the governor's "
                                  "veto of the budget bill on Wednesday.", encoding="utf-8")
    (docs / "1_b.txt").write_text("Marlow Senate backs override\n\nMarlow senators voted to override the governor's "
                                  "veto of the budget bill on Tuesday. Marlow lawmakers overrode the governor's veto "
                                  "of the budget bill in 2019.", encoding="utf-8")
    pairs = steps.set_pairs(tmp_path, ["made"])
    assert [(a.split()[2], b.split()[1]) for _set, a, b in pairs] == [("failed", "senators")]


def test_close_pairs_need_the_shared_terms(bench_script):
    steps = bench_script("failed_steps")
    nlp = english()
    failing = nlp("Marlow lawmakers failed to override the governor's veto of the budget bill.")
    voting = nlp("Marlow senators voted to override the governor's veto of the budget bill.")
    far = nlp("Marlow senators voted on a new parking rule downtown.")
    assert steps.close_pairs([failing, voting], 2)
    assert not steps.close_pairs([failing, far], 2)
