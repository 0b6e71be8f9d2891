"""bench/masked_claims.py: the reporting frame and who, when and how many taken out of a mention, the masked texts
compared by the shipped encoder, AUC, and the rows cut to the two signs `link_judge.py` reads."""
import pytest

from viewer.analysis.nlp import english

PARAPHRASE = ("Two men were shot and killed Saturday night, police said.",
              "According to police, two men died of gunshot wounds.")
STAGES = ("Police arrested Mark Jones on Friday.", "A warrant was issued for Jones, according to the sheriff's office.")


@pytest.fixture
def masked(bench_script):
    return bench_script("masked_claims")


def test_the_reporting_frame_is_dropped_and_names_dates_and_figures_put_as_their_kind(masked):
    words = masked.masked_text(english()(PARAPHRASE[0])).split()
    assert not {"police", "said", "Saturday", "Two", ","} & set(words)
    assert {"men", "shot", "killed", "some", "a", "time"} <= set(words)
    dropped = masked.masked_text(english()(STAGES[1]), drop=True).split()
    assert not {"according", "sheriff", "Jones", "someone"} & set(dropped)
    assert {"warrant", "issued"} <= set(dropped)


def test_a_paraphrase_reads_closer_masked_than_two_stages_of_one_arrest(masked):
    for drop in (False, True):
        paraphrase, stages = masked.masked_cosines([PARAPHRASE, STAGES], drop)
        assert paraphrase > stages + 0.2


def test_auc_counts_ties_as_half(masked):
    import numpy as np
    assert masked.auc(np.array([0.9, 0.8, 0.1, 0.2]), np.array([1, 1, 0, 0])) == 1.0
    assert masked.auc(np.array([0.5, 0.5]), np.array([1, 0])) == 0.5


def test_judge_rows_keep_the_pair_score_and_the_masked_cosine(masked, bench_script):
    rows = [{"claim": 0, "units": [1, 2], "reports": ["a", "b"], "x": [0.9, 0.8, 0.7], "masked": 0.2, "y": 0},
            {"claim": 0, "units": [2, 3], "reports": ["a", "b"], "x": [0.9, 0.8, 0.7], "masked": 0.9, "y": 1}]
    cut = masked.judge_rows({"d": {"rows": rows, "same_event": 1, "events": {"a": 1, "b": 1}}})["d"]["rows"]
    assert [r["x"] for r in cut] == [[0.9, 0.2], [0.9, 0.9]]
    judge = bench_script("link_judge")
    assert judge.kept_links(cut, [-5.0, 0.0, 10.0], 0.5) == [False, True]
