"""bench/judge_best_match.py: whether a linked mention is the other's best match among all the other report's sentences."""
import numpy as np
import pytest


@pytest.fixture
def script(bench_script):
    return bench_script("judge_best_match")


def test_sentences_are_cut_at_end_punctuation_and_line_breaks_and_a_dateline_is_none(script):
    text = "DAYTON, Ohio\nA man was shot on Friday night. Police arrested a suspect on Saturday."
    assert [text[s:e] for s, e in script.sentences(text)] == ["A man was shot on Friday night.",
                                                             "Police arrested a suspect on Saturday."]


def test_the_margin_is_the_weaker_side_and_the_rank_the_sentences_beating_the_partner(script):
    assert script.best_match(0.8, np.array([0.5, 0.9, 0.85]), np.array([0.6])) == (pytest.approx(-0.1), 2)
    assert script.best_match(0.8, np.array([]), np.array([0.7])) == (pytest.approx(0.1), 0)


def test_a_mention_whose_partner_is_another_act_of_the_report_scores_below_its_own_paraphrase(script):
    one = "A man was shot and killed outside a bar on Friday night. The suspect fled in a car."
    other = "Police said the suspect drove away in a car. A man died after being shot outside a bar late Friday."
    rows = [{"reports": ["a.txt", "b.txt"], "texts": [t_a, t_b],
             "spans": [[one.index(t_a), one.index(t_a) + len(t_a)], [other.index(t_b), other.index(t_b) + len(t_b)]]}
            for t_a, t_b in (("A man was shot and killed outside a bar on Friday night.",
                              "A man died after being shot outside a bar late Friday."),
                             ("A man was shot and killed outside a bar on Friday night.",
                              "Police said the suspect drove away in a car."))]
    (right_margin, right_rank), (wrong_margin, wrong_rank) = script.set_signs(rows, {"a.txt": one, "b.txt": other})
    assert right_margin > 0 > wrong_margin and right_rank == 0 < wrong_rank
